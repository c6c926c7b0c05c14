package org.clearance.classification;

/** The answer to "is this item described by 3A090/4A090 on this date?". */
public enum ClassificationStatus {
    CONTROLLED, NOT_CONTROLLED, INDETERMINATE
}

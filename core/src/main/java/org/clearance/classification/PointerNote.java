package org.clearance.classification;

import org.clearance.law.RuleHeader;

/**
 * A note that points the reader elsewhere when its condition holds (e.g. "see License Exceptions NAC and ACA").
 * What it says on a date is the note of its status value in force.
 */
public record PointerNote(RuleHeader header, Condition condition) implements ClassificationRule {

    /** Rules are identified by the object the pack loaded, not by deep value (their headers hold whole series). */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}

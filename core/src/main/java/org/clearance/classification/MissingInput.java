package org.clearance.classification;

/** Why a metric could not be computed: the specification field that would settle it, and the reason. */
public record MissingInput(String field, String reason) {
}

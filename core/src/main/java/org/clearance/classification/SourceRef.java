package org.clearance.classification;

/** A document behind a specification, and what in the specification it supports. */
public record SourceRef(String href, String supports) {
}

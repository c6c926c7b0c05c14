package org.clearance.classification;

/**
 * Where a catalog specification was taken from: the dataset and record, the dataset's own confidence, and notes on
 * contested or derived values.
 */
public record Provenance(String dataset, String record, String confidence, String notes) {
}

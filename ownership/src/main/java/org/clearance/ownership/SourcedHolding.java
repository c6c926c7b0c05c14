package org.clearance.ownership;

/** A holding with the version of its source it belongs to. */
public record SourcedHolding(Holding holding, OwnershipVersion version) {
}

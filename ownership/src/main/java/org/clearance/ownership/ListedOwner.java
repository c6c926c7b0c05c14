package org.clearance.ownership;

import org.clearance.screening.list.ListEntry;
import org.clearance.screening.match.ListVersionRef;

/**
 * An owner of the data linked to a listed entry: {@code definite} by reference or the exact listed name (with the
 * country where given), else a possible link by a screening hit with its score.
 *
 * <p>{@code proven}: by a list reference (the shipment check then treats the link as certain).
 */
public record ListedOwner(ListEntry entry, ListVersionRef version, double score, boolean definite, boolean proven, String how) {

    public String key() {
        return entry.list().code() + ":" + entry.entityId();
    }
}

package org.clearance.screening.match;

import java.util.List;
import org.clearance.screening.list.ListEntry;

/** One stored list version and its entries, as the index is built from it. */
public record ScreeningList(ListVersionRef version, List<ListEntry> entries) {
    public ScreeningList {
        entries = List.copyOf(entries);
    }
}

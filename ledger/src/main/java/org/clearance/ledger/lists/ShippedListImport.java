package org.clearance.ledger.lists;

import java.util.ArrayList;
import java.util.List;
import org.clearance.screening.parse.ShippedLists;

/** A fresh database starts with the lists shipped with Clearance (lists/manifest.tsv). */
public final class ShippedListImport {
    private ShippedListImport() {
    }

    /** Imports every shipped list when no list version is stored yet; returns what was imported. */
    public static List<ImportOutcome> importIfEmpty(ListStore store) {
        List<ImportOutcome> out = new ArrayList<>();
        if (!store.isEmpty()) return out;
        for (ShippedLists.Shipped s : ShippedLists.all()) {
            out.add(store.importList(s.parse(), s.published(), s.source().name()));
        }
        return out;
    }
}

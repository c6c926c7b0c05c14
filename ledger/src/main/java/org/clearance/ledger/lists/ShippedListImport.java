package org.clearance.ledger.lists;

import java.util.ArrayList;
import java.util.List;
import org.clearance.screening.parse.ShippedLists;

/** A fresh database starts with the lists shipped with Clearance (lists/manifest.tsv). */
public final class ShippedListImport {
    /** How the source of a shipped version starts (its classpath location). */
    public static final String SOURCE_PREFIX = "classpath:lists/";

    private ShippedListImport() {
    }

    /** Imports every shipped list when no list version is stored yet; returns what was imported. */
    public static List<ImportOutcome> importIfEmpty(ListStore store) {
        List<ImportOutcome> out = new ArrayList<>();
        if (!store.isEmpty()) return out;
        for (ShippedLists.Shipped s : ShippedLists.all()) {
            out.add(store.importList(s.parse(), s.published(), s.source().name(),
                    s.subset() ? Coverage.SUBSET : Coverage.COMPLETE));
        }
        return out;
    }
}

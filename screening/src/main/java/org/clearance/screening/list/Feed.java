package org.clearance.screening.list;

import java.util.Locale;

/**
 * A published file format, and so a versioned list in the ledger: each import of a feed is a new version of it.
 * The CSL feed carries entries of many lists (EL, MEU, UVL, DPL, SDN, ...); each entry keeps its own {@link ListCode}.
 */
public enum Feed {
    /** OFAC SDN legacy CSV: sdn.csv, with alt.csv, add.csv and sdn_comments.csv beside it when present. */
    SDN,
    /** OFAC non-SDN consolidated legacy CSV: cons_prim.csv, with cons_alt/add/comments.csv beside it. */
    CONS,
    /** The trade.gov Consolidated Screening List CSV. */
    CSL,
    /** The BIS Denied Persons List, tab-separated. */
    DPL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Feed of(String value) {
        for (Feed f : values()) if (f.code().equalsIgnoreCase(value == null ? "" : value.trim())) return f;
        throw new IllegalArgumentException("unknown list format '" + value + "': expected sdn, cons, csl or dpl");
    }
}

package org.clearance.screening.list;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A published file format, and so a versioned list in the ledger: each import of a feed is a new version of it.
 * The CSL feeds carry entries of many lists (EL, MEU, UVL, DPL, SDN, ...); each entry keeps its own {@link ListCode}.
 */
public enum Feed {
    /** OFAC SDN legacy CSV: sdn.csv, with alt.csv, add.csv and sdn_comments.csv beside it when present. */
    SDN("sdn"),
    /** OFAC non-SDN consolidated legacy CSV: cons_prim.csv, with cons_alt/add/comments.csv beside it. */
    CONS("cons"),
    /** The trade.gov Consolidated Screening List CSV. */
    CSL("csl"),
    /** The trade.gov Consolidated Screening List JSON (the bulk consolidated.json, or a search API response). */
    CSL_JSON("csl-json"),
    /** The BIS Denied Persons List, tab-separated. */
    DPL("dpl"),
    /** FollowTheMoney entities as JSON lines, one entity a line (OpenSanctions' entities.ftm.json). */
    FTM("ftm");

    private final String code;

    Feed(String code) {
        this.code = code;
    }

    /** The name users give with {@code --format} and the ledger stores (at most 8 characters). */
    public String code() {
        return code;
    }

    public static Feed of(String value) {
        String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (Feed f : values()) if (f.code.equals(wanted)) return f;
        throw new IllegalArgumentException("unknown list format '" + value + "': expected " + choices());
    }

    /** Every format, for messages: "sdn, cons, csl, csl-json, dpl or ftm". */
    public static String choices() {
        String all = Arrays.stream(values()).map(Feed::code).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}

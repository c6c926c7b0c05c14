package org.clearance.ledger.lists;

import java.util.Locale;

/** Whether a stored list version is everything its publisher issued, or a part of it. */
public enum Coverage {
    COMPLETE, SUBSET;

    /** As stored and printed: complete, subset. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Coverage of(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}

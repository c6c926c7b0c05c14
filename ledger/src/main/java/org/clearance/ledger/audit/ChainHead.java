package org.clearance.ledger.audit;

import java.util.regex.Pattern;

/** The last row of the chain, as {@code SEQ:HASH} (seq 0 and 64 zeros for an empty chain): record it elsewhere. */
public record ChainHead(long seq, String hash) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,18}):([0-9a-f]{64})");

    public static final ChainHead EMPTY = new ChainHead(0, ChainHash.GENESIS);

    /** Parses {@code SEQ:HASH}; a bad form is an {@link IllegalArgumentException} saying the expected one. */
    public static ChainHead parse(String text) {
        var m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid chain head '" + text
                    + "': expected SEQ:HASH, e.g. 42:" + "ab".repeat(32) + " (seq, colon, 64 lower-case hex digits)");
        }
        return new ChainHead(Long.parseLong(m.group(1)), m.group(2));
    }

    @Override
    public String toString() {
        return seq + ":" + hash;
    }
}

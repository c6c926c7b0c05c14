package org.clearance.ownership;

import java.time.Instant;

/**
 * One imported snapshot of a named source; the source's latest replaces its earlier ones. Links that a list version
 * publishes (FtM ownership) form a source of their own, named after that list version, with {@code id} 0.
 */
public record OwnershipVersion(long id, String source, int seq, String format, String file, String contentHash,
                               int holdings, Instant importedAt) {

    /** "kyc-2026#2". */
    public String label() {
        return source + "#" + seq;
    }
}

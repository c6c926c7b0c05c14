package org.clearance.ledger.audit;

/** One row of the chain as stored and exported; {@code payloadJson} is the payload's JSON text. */
public record AuditRow(long seq, String time, String actor, String kind, String payloadJson, String prevHash,
        String hash) {

    /** The hash this row's content gives (equal to {@link #hash} unless the row was altered). */
    public String computedHash() {
        return ChainHash.of(seq, time, actor, kind, payloadJson, prevHash);
    }
}

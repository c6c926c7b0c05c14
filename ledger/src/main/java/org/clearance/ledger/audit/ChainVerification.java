package org.clearance.ledger.audit;

/**
 * What verifying a chain found: the rows read, the last good row ({@code head}), and, when the chain is broken, the
 * first bad seq and what is wrong with it ({@code firstBadSeq} 0 and {@code problem} null when intact).
 */
public record ChainVerification(long rows, ChainHead head, long firstBadSeq, String problem) {

    public boolean intact() {
        return problem == null;
    }
}

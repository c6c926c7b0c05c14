package org.clearance.ledger.audit;

import java.util.function.Supplier;

/**
 * Checks rows one at a time, in the order read, against the chain's rules: seqs 1, 2, 3 … without gaps; each
 * {@code prev_hash} the previous row's {@code hash} (64 zeros for seq 1); each {@code hash} the one its content gives;
 * and at the end, when a head recorded elsewhere is given, the chain reaches it and has that hash at its seq. Stops
 * at the first bad row: everything after it is unverifiable.
 */
final class ChainVerifier {

    private final ChainHead expectedHead;
    private ChainHead last = ChainHead.EMPTY;
    private String expectedHash;   // the hash of the row at expectedHead.seq, once read
    private long rows;
    private long badSeq;
    private String problem;

    /** {@code expectedHead}: a head recorded earlier, or null. */
    ChainVerifier(ChainHead expectedHead) {
        this.expectedHead = expectedHead;
    }

    /** Checks the next row; false once the chain is broken (the rest need not be read). */
    boolean accept(AuditRow row) {
        return accept(row.seq(), row.prevHash(), row.hash(), row::computedHash);
    }

    /** Checks the next row given by its seq, prev_hash, recorded hash and the hash its content gives. */
    boolean accept(long rowSeq, String prevHash, String hash, Supplier<String> computedHash) {
        if (problem != null) return false;
        long seq = last.seq() + 1;
        if (rowSeq != seq) {
            return fail(seq, rowSeq > seq
                    ? "row " + seq + " is missing: after seq " + last.seq() + " comes seq " + rowSeq
                    : "row seq " + rowSeq + " is out of order or repeated: expected seq " + seq);
        }
        if (!last.hash().equals(prevHash)) {
            return fail(seq, "prev_hash " + prevHash + " is not the hash of seq " + last.seq() + " ("
                    + last.hash() + "): a row before it was removed, inserted or reordered");
        }
        String computed;
        try {
            computed = computedHash.get();
        } catch (IllegalArgumentException e) {
            return fail(seq, "its content is not valid JSON: " + e.getMessage());
        }
        if (!computed.equals(hash)) {
            return fail(seq, "its content was altered: it hashes to " + computed + ", recorded " + hash);
        }
        rows++;
        last = new ChainHead(seq, hash);
        if (expectedHead != null && seq == expectedHead.seq()) expectedHash = hash;
        return true;
    }

    /** Records a problem found outside the rows (a line that is not JSON, a missing field). */
    boolean fail(long seq, String what) {
        if (problem == null) {
            badSeq = seq;
            problem = what;
        }
        return false;
    }

    long nextSeq() {
        return last.seq() + 1;
    }

    ChainHead last() {
        return last;
    }

    ChainVerification result() {
        if (problem == null && expectedHead != null) {
            if (last.seq() < expectedHead.seq()) {
                fail(last.seq() + 1, "the chain ends at seq " + last.seq() + " but the expected head is "
                        + expectedHead + ": rows from seq " + (last.seq() + 1) + " were cut");
            } else if (expectedHead.seq() > 0 && !expectedHead.hash().equals(expectedHash)) {
                fail(expectedHead.seq(), "seq " + expectedHead.seq() + " has hash " + expectedHash
                        + ", not the expected head's " + expectedHead.hash() + ": the chain was rewritten");
            }
        }
        return new ChainVerification(rows, last, badSeq, problem);
    }
}

package org.clearance.ledger.parties;

/** An adjudication Clearance will not record (unknown party or entry, or a pair already adjudicated a match). */
public final class AdjudicationRefusedException extends RuntimeException {
    public AdjudicationRefusedException(String message) {
        super(message);
    }
}

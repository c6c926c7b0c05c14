package org.clearance.ledger;

/** The database failed or cannot be reached: a broken system, not bad input. */
public class LedgerException extends RuntimeException {
    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}

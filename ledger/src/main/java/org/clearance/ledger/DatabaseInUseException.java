package org.clearance.ledger;

/**
 * The embedded database file is held open by a program that does not share it, so Clearance cannot use it now. Not
 * a broken system and not bad input: the message says who holds the file and what to do.
 */
public final class DatabaseInUseException extends LedgerException {
    public DatabaseInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}

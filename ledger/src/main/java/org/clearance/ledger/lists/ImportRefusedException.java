package org.clearance.ledger.lists;

/** A publication the import policy refuses (empty, or shrunk by more than 5 %); nothing was stored. */
public final class ImportRefusedException extends RuntimeException {
    public ImportRefusedException(String message) {
        super(message);
    }
}

package org.clearance.server.accounts;

/** A refused account operation (unknown user, a name taken, a bad role): bad input, with a sentence saying why. */
public final class AccountException extends RuntimeException {
    public AccountException(String message) {
        super(message);
    }
}

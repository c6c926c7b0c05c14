package org.clearance.geography;

/** A country name or code that is unknown or ambiguous. Bad input: the message says which and why. */
public final class UnknownCountryException extends RuntimeException {

    public UnknownCountryException(String message) {
        super(message);
    }
}

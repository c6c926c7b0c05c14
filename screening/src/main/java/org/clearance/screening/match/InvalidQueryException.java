package org.clearance.screening.match;

/** A query that cannot be screened: no letters in the name, a threshold outside [0, 1], an unknown country code. */
public final class InvalidQueryException extends RuntimeException {
    public InvalidQueryException(String message) {
        super(message);
    }
}

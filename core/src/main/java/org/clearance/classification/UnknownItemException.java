package org.clearance.classification;

/** A catalog id that the catalog does not hold, or a system that contains itself. Bad input. */
public final class UnknownItemException extends RuntimeException {

    public UnknownItemException(String message) {
        super(message);
    }
}

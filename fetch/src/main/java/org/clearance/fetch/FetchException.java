package org.clearance.fetch;

/** A file that could not be downloaded after every try: the URL and why. Nothing is stored. */
public final class FetchException extends RuntimeException {
    public FetchException(String message) {
        super(message);
    }
}

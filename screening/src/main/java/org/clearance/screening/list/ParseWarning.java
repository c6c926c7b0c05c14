package org.clearance.screening.list;

/** A row a parser skipped or repaired: the file, the line the row starts on, and why. */
public record ParseWarning(String file, long line, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}

package org.clearance.law;

import java.time.LocalDate;

/** A date the pack cannot answer for: before its first version. Bad input, not a refusal. */
public final class DateOutOfCoverageException extends RuntimeException {

    private final LocalDate date;

    public DateOutOfCoverageException(LocalDate date, PackInfo pack) {
        super("Date " + date + " is before the first version of rule pack " + pack.id()
                + " (it covers " + pack.coversFrom() + " onward)");
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }
}

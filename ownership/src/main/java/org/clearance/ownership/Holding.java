package org.clearance.ownership;

import java.time.LocalDate;

/**
 * One holding: {@code owner} holds {@code percent} of {@code owned}, known on {@code asOf}, in force from
 * {@code validFrom} to {@code validTo} (inclusive; null: open).
 *
 * @param line   the line of the file it came from
 * @param source the row's source (where the holding is documented)
 */
public record Holding(long line, HoldingParty owner, HoldingParty owned, Percent percent, LocalDate asOf,
                      LocalDate validFrom, LocalDate validTo, String source) {

    public boolean inForce(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}

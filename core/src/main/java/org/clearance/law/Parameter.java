package org.clearance.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated threshold (TPP 4800, PD 5.92, 600 GB/s …). Rules refer to parameters by id, never to numbers.
 */
public record Parameter(String id, String description, String unit, DatedSeries<BigDecimal> series, String source) {

    public Parameter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(series, "series");
    }

    /** The value in effect on a date; empty before the first value or after a repeal. */
    public Optional<DatedValue<BigDecimal>> at(LocalDate date) {
        return series.at(date).filter(v -> !v.isRepeal());
    }
}

package org.clearance.law;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a dated series: in effect from {@code from} until the next value of the series.
 * A {@code null} value marks a repeal. Every dated value carries its citation.
 *
 * @param interpretation the anchor in docs/interpretations.md where a reading of the law had to be chosen, or null
 * @param note           a sentence for the answer (e.g. what a stay means), or null
 */
public record DatedValue<T>(LocalDate from, T value, Citation cite, Confidence confidence,
                            String interpretation, String note) {

    public DatedValue {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(cite, "cite");
        Objects.requireNonNull(confidence, "confidence");
    }

    public boolean isRepeal() {
        return value == null;
    }
}

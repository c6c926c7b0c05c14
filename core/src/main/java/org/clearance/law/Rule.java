package org.clearance.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What every rule of a pack tells a reader, whatever it decides: its id, the words it implements, and its dated
 * legal status. Feature packages (classification, determination) add what their rules test.
 */
public interface Rule {

    /** The paragraph or note the rule implements, e.g. {@code 3A090.a.1}. */
    String id();

    String title();

    /** The operative sentence of the regulation, quoted, so a reviewer compares text to logic. */
    String text();

    DatedSeries<RuleStatus> status();

    /** Ids of the interpretations (docs/interpretations.md) this rule depends on. */
    List<String> interpretations();

    /** The pack file that defines the rule, relative to the pack root. */
    String source();

    /** The status on a date, or empty if the rule had not yet taken effect. */
    default Optional<DatedValue<RuleStatus>> statusAt(LocalDate date) {
        return status().at(date);
    }

    default boolean bindsOn(LocalDate date) {
        return statusAt(date).map(v -> v.value() != null && v.value().binds()).orElse(false);
    }
}

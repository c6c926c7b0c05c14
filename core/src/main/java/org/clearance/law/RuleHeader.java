package org.clearance.law;

import java.util.List;
import java.util.Objects;

/** The part of a rule every feature shares: id, title, quoted text, dated status, interpretations, source file. */
public record RuleHeader(String id, String title, String text, DatedSeries<RuleStatus> status,
                         List<String> interpretations, String source) implements Rule {

    public RuleHeader {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        interpretations = List.copyOf(interpretations);
    }
}

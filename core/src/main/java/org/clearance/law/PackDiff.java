package org.clearance.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What changed in a rule pack between two dates: every rule status and parameter value that took effect after
 * {@code from} and on or before {@code to}, with the instrument that changed it.
 */
public record PackDiff(LocalDate from, LocalDate to, List<Change> changes) {

    public enum Kind { RULE, PARAMETER }

    /** One dated change: what it was on the day before, what it became, and why. */
    public record Change(Kind kind, String id, LocalDate date, String before, String after, Citation cite,
                         Confidence confidence, String note) {
    }

    public static PackDiff between(RulePack pack, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        List<Change> changes = new ArrayList<>();
        for (Rule rule : pack.rules()) {
            for (DatedValue<RuleStatus> v : rule.status().values()) {
                if (!v.from().isAfter(from) || v.from().isAfter(to)) continue;
                Optional<DatedValue<RuleStatus>> previous = rule.status().at(v.from().minusDays(1));
                changes.add(new Change(Kind.RULE, rule.id(), v.from(), previous.map(PackDiff::status).orElse("not yet in force"),
                        status(v), v.cite(), v.confidence(), v.note()));
            }
        }
        for (Parameter p : pack.parameters()) {
            for (DatedValue<BigDecimal> v : p.series().values()) {
                if (!v.from().isAfter(from) || v.from().isAfter(to)) continue;
                Optional<DatedValue<BigDecimal>> previous = p.series().at(v.from().minusDays(1));
                changes.add(new Change(Kind.PARAMETER, p.id(), v.from(), previous.map(PackDiff::value).orElse("none"),
                        value(v), v.cite(), v.confidence(), v.note()));
            }
        }
        changes.sort(Comparator.comparing(Change::date).thenComparing(Change::kind).thenComparing(Change::id));
        return new PackDiff(from, to, List.copyOf(changes));
    }

    private static String status(DatedValue<RuleStatus> v) {
        return v.value() == null ? "repealed" : v.value().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String value(DatedValue<BigDecimal> v) {
        return v.value() == null ? "repealed" : v.value().stripTrailingZeros().toPlainString();
    }
}

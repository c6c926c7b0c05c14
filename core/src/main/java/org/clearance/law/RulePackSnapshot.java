package org.clearance.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules as they stood on one date: which are in force, stayed, not enforced, repealed or not yet in force,
 * and the value of every parameter.
 */
public record RulePackSnapshot(RulePack pack, LocalDate date) {

    public PackInfo info() {
        return pack.info();
    }

    /** The status of a rule on this date; empty means "not in force until" its first date. */
    public Optional<DatedValue<RuleStatus>> status(Rule rule) {
        return rule.statusAt(date);
    }

    public boolean binds(Rule rule) {
        return rule.bindsOn(date);
    }

    /** The value of a parameter on this date. */
    public Optional<DatedValue<BigDecimal>> parameter(String id) {
        return pack.parameter(id).flatMap(p -> p.at(date));
    }

    public List<Rule> bindingRules() {
        return pack.rules().stream().filter(this::binds).toList();
    }

    /** Whether the date is past the date up to which the pack was checked against published law. */
    public boolean pastLastReview() {
        return date.isAfter(pack.info().lastReviewed());
    }
}

package org.clearance.determination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.clearance.law.DatedValue;
import org.clearance.law.RuleStatus;

/**
 * The determination rules binding in one period of the pack (between two dates on which a rule's content or status
 * changes), with their version for that period: resolved once, not per shipment.
 */
final class DeterminationPlan {

    record Bound<R extends DeterminationRule>(R rule, RuleVersion version, DatedValue<RuleStatus> status) {
    }

    final List<Bound<DeterminationRule.Requirement>> requirements = new ArrayList<>();
    final List<Bound<DeterminationRule.Requirement>> endUse = new ArrayList<>();
    final List<Bound<DeterminationRule.Policy>> policies = new ArrayList<>();
    final List<Bound<DeterminationRule.Exception>> exceptions = new ArrayList<>();
    final List<Bound<DeterminationRule.Advisory>> advisories = new ArrayList<>();

    private DeterminationPlan(DeterminationRules rules, LocalDate date) {
        for (DeterminationRule r : rules.all()) {
            if (!r.bindsOn(date)) continue;
            RuleVersion v = r.versionAt(date).orElseThrow();
            DatedValue<RuleStatus> status = r.statusAt(date).orElseThrow();
            switch (r) {
                case DeterminationRule.Requirement x -> {
                    requirements.add(new Bound<>(x, v, status));
                    if (x.kind() == DeterminationRule.Kind.END_USE) endUse.add(new Bound<>(x, v, status));
                }
                case DeterminationRule.Policy x -> policies.add(new Bound<>(x, v, status));
                case DeterminationRule.Exception x -> exceptions.add(new Bound<>(x, v, status));
                case DeterminationRule.Advisory x -> advisories.add(new Bound<>(x, v, status));
            }
        }
    }

    /** The plans of every period, with the dates they start. */
    record Plans(LocalDate[] starts, DeterminationPlan[] plans) {
        static Plans of(DeterminationRules rules, LocalDate coversFrom) {
            TreeSet<LocalDate> dates = new TreeSet<>();
            dates.add(coversFrom);
            for (DeterminationRule r : rules.all()) r.status().values().forEach(v -> dates.add(v.from()));
            dates.removeIf(d -> d.isBefore(coversFrom));
            LocalDate[] starts = dates.toArray(LocalDate[]::new);
            DeterminationPlan[] plans = new DeterminationPlan[starts.length];
            for (int i = 0; i < starts.length; i++) plans[i] = new DeterminationPlan(rules, starts[i]);
            return new Plans(starts, plans);
        }

        DeterminationPlan at(LocalDate date) {
            return plans[Math.max(0, org.clearance.law.Periods.indexOf(starts, date))];
        }
    }
}

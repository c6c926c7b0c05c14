package org.clearance.determination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.clearance.law.DatedValue;
import org.clearance.law.Parameter;
import org.clearance.law.RulePack;
import org.clearance.law.RuleStatus;

/**
 * The determination rules binding in one period of the pack (between two dates on which a rule's content or status,
 * or a threshold, changes), with their version for that period and its condition compiled for it: resolved once, not
 * per shipment.
 */
final class DeterminationPlan {

    /** A rule with its version in the period; {@code when} is the version's condition compiled for the period. */
    record Bound<R extends DeterminationRule>(R rule, RuleVersion version, DatedValue<RuleStatus> status,
                                              CompiledCondition when) {
    }

    final List<Bound<DeterminationRule.Requirement>> requirements = new ArrayList<>();
    final List<Bound<DeterminationRule.Requirement>> endUse = new ArrayList<>();
    final List<Bound<DeterminationRule.Policy>> policies = new ArrayList<>();
    final List<Bound<DeterminationRule.Exception>> exceptions = new ArrayList<>();
    final List<Bound<DeterminationRule.Advisory>> advisories = new ArrayList<>();
    /** Where each {@link #endUse} rule sits in {@link #requirements}. */
    final int[] endUsePositions;
    /**
     * What the rules' results alone decide, by their results packed in a key ({@link Determiner}): few distinct
     * combinations occur, so each is drawn once. Empty when the plan has too many rules to pack.
     */
    final java.util.concurrent.ConcurrentHashMap<Long, Determiner.Drawn> drawn = new java.util.concurrent.ConcurrentHashMap<>();
    final java.util.concurrent.ConcurrentHashMap<Determiner.EndUseKey, String> endUseQuestions =
            new java.util.concurrent.ConcurrentHashMap<>();

    private DeterminationPlan(DeterminationRules rules, LocalDate date, CompiledCondition.Thresholds thresholds,
                              CompiledCondition.Memos memos) {
        for (DeterminationRule r : rules.all()) {
            if (!r.bindsOn(date)) continue;
            RuleVersion v = r.versionAt(date).orElseThrow();
            DatedValue<RuleStatus> status = r.statusAt(date).orElseThrow();
            CompiledCondition when = CompiledCondition.of(v.when(), thresholds, memos);
            switch (r) {
                case DeterminationRule.Requirement x -> {
                    requirements.add(new Bound<>(x, v, status, when));
                    if (x.kind() == DeterminationRule.Kind.END_USE) endUse.add(new Bound<>(x, v, status, when));
                }
                case DeterminationRule.Policy x -> policies.add(new Bound<>(x, v, status, when));
                case DeterminationRule.Exception x -> exceptions.add(new Bound<>(x, v, status, when));
                case DeterminationRule.Advisory x -> advisories.add(new Bound<>(x, v, status, when));
            }
        }
        endUsePositions = endUse.stream().mapToInt(b -> {
            for (int i = 0; i < requirements.size(); i++) if (requirements.get(i).rule() == b.rule()) return i;
            throw new IllegalStateException("end-use rule " + b.rule().id() + " is not among the requirements");
        }).toArray();
    }

    /** Whether the results of every requirement, policy and exception fit two bits each in a positive long. */
    boolean packable() {
        return requirements.size() + policies.size() + exceptions.size() <= 31;
    }

    /** The plans of every period, with the dates they start. */
    record Plans(LocalDate[] starts, DeterminationPlan[] plans) {
        static Plans of(RulePack pack, DeterminationRules rules) {
            LocalDate coversFrom = pack.info().coversFrom();
            TreeSet<LocalDate> dates = new TreeSet<>();
            dates.add(coversFrom);
            for (DeterminationRule r : rules.all()) r.status().values().forEach(v -> dates.add(v.from()));
            // a threshold is fixed within a period, so compiled conditions read it once
            for (Parameter p : pack.parameters()) p.series().values().forEach(v -> dates.add(v.from()));
            dates.removeIf(d -> d.isBefore(coversFrom));
            LocalDate[] starts = dates.toArray(LocalDate[]::new);
            DeterminationPlan[] plans = new DeterminationPlan[starts.length];
            CompiledCondition.Memos memos = new CompiledCondition.Memos(rules.geography().locatedCapacity());
            for (int i = 0; i < starts.length; i++) {
                LocalDate start = starts[i];
                plans[i] = new DeterminationPlan(rules, start,
                        id -> pack.parameter(id).flatMap(p -> p.at(start)).orElse(null), memos);
            }
            return new Plans(starts, plans);
        }

        DeterminationPlan at(LocalDate date) {
            return plans[Math.max(0, org.clearance.law.Periods.indexOf(starts, date))];
        }
    }
}

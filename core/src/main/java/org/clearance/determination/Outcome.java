package org.clearance.determination;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.clearance.decision.Tri;

/**
 * The verdict drawn from an {@link Assessment}: whether a license is required (three-valued), the exceptions that
 * can overcome every requirement, the review policy (the strictest of the requirements that apply; for the RS license,
 * the applicable §742.6(b)(10) policies after overrides). {@code policyUnencoded}: the RS license applies but none of
 * the pack's §742.6(b)(10) policies covers the shipment, so the policy is left open for that reason, not for a missing
 * fact.
 */
record Outcome(LicenseVerdict verdict, Tri licenseRequired, List<DeterminationRule.Exception> usable,
               List<DeterminationRule.Exception> possible, ReviewPolicy policy, boolean policyUncertain,
               boolean policyUnencoded, List<DeterminationRule.Policy> policyRules) {

    static Outcome of(Assessment a) {
        return of(a, a.requirements);
    }

    /** The outcome with the end-use requirements of the assessment replaced (to ask what an end use would change). */
    static Outcome withEndUse(Assessment a, List<Assessment.Requirement> endUse) {
        List<Assessment.Requirement> requirements = new ArrayList<>(a.requirements.size() + endUse.size());
        for (Assessment.Requirement r : a.requirements) {
            if (r.source() != Assessment.Source.END_USE) requirements.add(r);
        }
        requirements.addAll(endUse);
        return of(a, requirements);
    }

    private static Outcome of(Assessment a, List<Assessment.Requirement> requirementList) {
        Tri required = Tri.FALSE;
        for (Assessment.Requirement r : requirementList) required = required.or(r.tri());

        List<DeterminationRule.Exception> usable = new ArrayList<>();
        List<DeterminationRule.Exception> possible = new ArrayList<>();
        if (required != Tri.FALSE) {
            for (var e : a.exceptions.entrySet()) {
                Tri coverage = Tri.TRUE;
                boolean coversSomething = false;
                for (Assessment.Requirement r : requirementList) {
                    if (r.tri() == Tri.FALSE) continue;
                    boolean covered = e.getKey().covers().contains(r.id());
                    coversSomething |= covered && r.tri() == Tri.TRUE;
                    if (!covered) coverage = coverage.and(r.tri() == Tri.TRUE ? Tri.FALSE : Tri.UNKNOWN);
                }
                Tri use = e.getValue().and(coverage);
                if (use == Tri.TRUE && coversSomething) usable.add(e.getKey());
                else if (use != Tri.FALSE) possible.add(e.getKey());
            }
        }

        ReviewPolicy policy = null;
        boolean uncertain = false;
        boolean unencoded = false;
        List<DeterminationRule.Policy> applied = List.of();
        if (required != Tri.FALSE) {
            boolean rs = false;
            for (Assessment.Requirement r : requirementList) rs |= r.rsPolicyApplies() && r.tri() != Tri.FALSE;
            if (rs) {
                RsPolicy p = rsPolicy(a);
                policy = p.policy();
                uncertain = p.uncertain();
                applied = p.rules();
                if (policy == null && !uncertain) {
                    uncertain = true;
                    unencoded = true;
                }
            }
            for (Assessment.Requirement r : requirementList) {
                if (r.tri() == Tri.TRUE && r.policy() != null) policy = ReviewPolicy.strictest(policy, r.policy());
            }
            for (var f : a.policyFloors.entrySet()) {
                Tri t = a.policyFloorTris.get(f.getKey());
                if (t == Tri.TRUE) policy = ReviewPolicy.strictest(policy, f.getValue());
                else if (t == Tri.UNKNOWN && f.getValue().stricterThan(policy)) uncertain = true;
            }
        }

        LicenseVerdict verdict;
        if (!a.prohibitions.isEmpty()) {
            verdict = LicenseVerdict.PROHIBITED;
        } else if (!a.holds.isEmpty() || required == Tri.UNKNOWN) {
            verdict = LicenseVerdict.INDETERMINATE;
        } else if (required == Tri.FALSE) {
            verdict = LicenseVerdict.NO_LICENSE_REQUIRED;
        } else if (!usable.isEmpty()) {
            verdict = LicenseVerdict.LICENSE_EXCEPTION_AVAILABLE;
        } else if (!possible.isEmpty()) {
            verdict = LicenseVerdict.INDETERMINATE;
        } else {
            verdict = LicenseVerdict.LICENSE_REQUIRED;
        }
        return new Outcome(verdict, required, List.copyOf(usable), List.copyOf(possible), uncertain ? null : policy,
                uncertain, unencoded, applied);
    }

    record RsPolicy(ReviewPolicy policy, boolean uncertain, List<DeterminationRule.Policy> rules) {
    }

    /**
     * The §742.6(b)(10) policy: the applicable rules, minus those an applicable rule overrides, strictest first.
     * When an undetermined rule could change that result, the policy is uncertain.
     */
    /** The RS policy depends on the assessment's policies and facts only: computed once per assessment. */
    private static RsPolicy rsPolicy(Assessment a) {
        if (a.rsPolicy == null) a.rsPolicy = computeRsPolicy(a);
        return a.rsPolicy;
    }

    private static RsPolicy computeRsPolicy(Assessment a) {
        List<DeterminationRule.Policy> sure = new ArrayList<>();
        List<DeterminationRule.Policy> maybe = new ArrayList<>();
        for (var e : a.policies.entrySet()) {
            if (e.getValue() == Tri.TRUE) sure.add(e.getKey());
            else if (e.getValue() == Tri.UNKNOWN) maybe.add(e.getKey());
        }
        Resolved without = resolve(sure, a.facts);
        if (maybe.isEmpty()) return new RsPolicy(without.policy, false, without.rules);
        List<DeterminationRule.Policy> all = new ArrayList<>(sure);
        all.addAll(maybe);
        Resolved with = resolve(all, a.facts);
        boolean same = Objects.equals(with.policy, without.policy);
        return new RsPolicy(same ? without.policy : null, !same, without.rules);
    }

    private record Resolved(ReviewPolicy policy, List<DeterminationRule.Policy> rules) {
    }

    private static Resolved resolve(List<DeterminationRule.Policy> applicable, ShipmentFacts facts) {
        Set<String> overridden = new HashSet<>();
        applicable.forEach(p -> overridden.addAll(p.overrides()));
        ReviewPolicy policy = null;
        List<DeterminationRule.Policy> rules = new ArrayList<>();
        for (DeterminationRule.Policy p : applicable) {
            if (overridden.contains(p.id())) continue;
            RuleVersion v = p.versionAt(facts.date()).orElseThrow();
            policy = ReviewPolicy.strictest(policy, v.policy());
            rules.add(p);
        }
        return new Resolved(policy, rules);
    }
}

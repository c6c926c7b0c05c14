package org.clearance.determination;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clearance.geography.Geography;
import org.clearance.law.Citation;
import org.clearance.law.NotEvaluated;

/**
 * The determination section of a rule pack: the rules, the geography they read, the reasons for control of the
 * ECCNs, and what a hit on each restricted list does.
 */
public record DeterminationRules(List<DeterminationRule.Requirement> requirements,
                                 List<DeterminationRule.Policy> policies,
                                 List<DeterminationRule.Exception> exceptions,
                                 List<DeterminationRule.Advisory> advisories, Geography geography,
                                 Map<String, ReasonsForControl> reasons, Map<String, RestrictedList> restrictedLists,
                                 List<NotEvaluated> notEvaluated, List<OwnershipRule> ownershipRules) {

    /** A section without ownership rules. */
    public DeterminationRules(List<DeterminationRule.Requirement> requirements, List<DeterminationRule.Policy> policies,
                              List<DeterminationRule.Exception> exceptions, List<DeterminationRule.Advisory> advisories,
                              Geography geography, Map<String, ReasonsForControl> reasons,
                              Map<String, RestrictedList> restrictedLists, List<NotEvaluated> notEvaluated) {
        this(requirements, policies, exceptions, advisories, geography, reasons, restrictedLists, notEvaluated, List.of());
    }

    /** The reasons for control of an ECCN entry (e.g. RS, AT for 3A090), with where they are stated. */
    public record ReasonsForControl(List<String> reasons, Citation cite) {
        public ReasonsForControl {
            reasons = List.copyOf(reasons);
        }
    }

    public DeterminationRules {
        requirements = List.copyOf(requirements);
        policies = List.copyOf(policies);
        exceptions = List.copyOf(exceptions);
        advisories = List.copyOf(advisories);
        reasons = Map.copyOf(reasons);
        restrictedLists = Map.copyOf(restrictedLists);
        notEvaluated = List.copyOf(notEvaluated);
        ownershipRules = List.copyOf(ownershipRules);
    }

    /** The ownership rule with this id, or null. */
    public OwnershipRule ownershipRule(String id) {
        for (OwnershipRule r : ownershipRules) if (r.id().equals(id)) return r;
        return null;
    }

    /** The advisory (or other determination rule) with this id, or null. */
    public DeterminationRule rule(String id) {
        for (DeterminationRule r : all()) if (r.id().equals(id)) return r;
        return null;
    }

    public List<DeterminationRule> all() {
        List<DeterminationRule> all = new ArrayList<>();
        all.addAll(requirements);
        all.addAll(policies);
        all.addAll(exceptions);
        all.addAll(advisories);
        return all;
    }

    /** What a hit on the list with this code does (a list the pack does not describe is reviewed by a person). */
    public RestrictedList restrictedList(String code) {
        RestrictedList l = restrictedLists.get(code);
        return l != null ? l : RestrictedList.unknown(code);
    }

    /** The reasons for control of a paragraph such as 3A090.a (looked up by its entry, 3A090). */
    public ReasonsForControl reasonsFor(String eccn) {
        if (eccn == null) return null;
        return reasons.get(eccn.length() >= 5 ? eccn.substring(0, 5) : eccn);
    }
}

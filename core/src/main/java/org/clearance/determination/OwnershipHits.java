package org.clearance.determination;

import java.time.LocalDate;
import org.clearance.decision.Tri;
import org.clearance.law.Citation;
import org.clearance.law.Confidence;
import org.clearance.law.DatedValue;
import org.clearance.law.RuleStatus;

/**
 * What an ownership hit does to a shipment (docs/ownership.md): under a rule whose consequence is {@code blocked}
 * (OFAC's 50 percent rule) the party is blocked — PROHIBITED when every link is certain (or the hit was adjudicated a
 * match), else held with the question of the uncertain link; under {@code owner_requirement} (the BIS Affiliates rule),
 * on dates its status rule binds, the party takes its listed owner's license requirement and review policy (the
 * most restrictive of several owners follows from the strictest requirement), and while the rule is stayed the answer
 * says that dealings with affiliates remain a red flag, without license effect.
 */
final class OwnershipHits {

    private OwnershipHits() {
    }

    static void assess(DeterminationRules rules, PartyRole role, PartyHit h, Assessment a) {
        LocalDate date = a.facts.date();
        OwnershipRule rule = h.rule() == null ? null : rules.ownershipRule(h.rule());
        String on = " on the " + role.label();
        String chain = h.via() != null ? " (" + h.via() + ")" : "";
        if (rule == null || date.isBefore(rule.from())) {
            a.questions.add("Review the ownership hit " + h.label() + on + chain + ": the rule pack has no ownership rule '"
                    + h.rule() + "' in force on " + date);
            return;
        }
        String id = "ownership:" + rule.id() + ":" + h.list() + ":" + h.entityId();
        switch (rule.consequence()) {
            case BLOCKED -> {
                if (h.proven() || h.isMatch()) {
                    a.prohibitions.add(id);
                } else {
                    a.holds.add(id);
                    a.questions.add("Is the " + role.label() + " owned " + plain(rule) + "% or more by blocked persons ("
                            + rule.name() + ")? Confirm the ownership link to " + h.label() + chain
                            + ": the shipment is held until then");
                }
            }
            // an Entity List name hit imposes the entry's requirement until adjudicated; so does an affiliate's definite link
            case OWNER_REQUIREMENT -> ownerRequirement(rules, rule, role, h, a, id, h.definite() || h.isMatch(), chain, date);
        }
    }

    private static void ownerRequirement(DeterminationRules rules, OwnershipRule rule, PartyRole role, PartyHit h,
                                         Assessment a, String id, boolean certain, String chain, LocalDate date) {
        RuleStatus status = RuleStatus.IN_FORCE;
        Confidence confidence = rule.confidence();
        if (rule.statusRule() != null) {
            DeterminationRule r = rules.rule(rule.statusRule());
            DatedValue<RuleStatus> st = r == null ? null : r.header().status().at(date).orElse(null);
            if (st == null) return;   // not yet in force
            status = st.value();
            if (st.confidence() == Confidence.UNCONFIRMED) confidence = Confidence.UNCONFIRMED;
        }
        String owner = h.label() + " holds " + (h.percent() == null ? "" : h.percent().stripTrailingZeros().toPlainString()
                + "% (with the other listed owners) ") + "of the " + role.label() + chain;
        if (!status.binds()) {
            a.questions.add("Advisory: " + rule.name() + " is " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + " on " + date + ", so it imposes no license requirement, but " + owner
                    + ": dealings with affiliates of listed parties remain a red flag");
            return;
        }
        RestrictedList list = rules.restrictedList(h.list());
        String unconfirmed = confidence == Confidence.UNCONFIRMED ? " (the rule's status on this date is UNCONFIRMED)" : "";
        Citation cite = new Citation(rule.cite().cfr(), rule.cite().fr() + (h.frCitation() != null ? "; owner's entry: "
                + h.frCitation() : "; owner " + h.list() + ":" + h.entityId()), rule.cite().href());
        String reason = rule.name() + ": affiliate of " + h.label() + unconfirmed;
        if (!certain) {
            a.questions.add("Is the " + role.label() + " owned " + plain(rule) + "% or more by listed parties (" + rule.name()
                    + ")? Confirm the ownership link to " + h.label() + chain + "; until then its requirement is undetermined");
        }
        switch (list.effect()) {
            case ENTRY -> {
                ReviewPolicy policy = ReviewPolicy.fromText(h.licensePolicy());
                Tri requires = certain ? Determiner.entityListRequires(h) : Tri.UNKNOWN;
                a.requirements.add(new Assessment.Requirement(id, Assessment.Source.LISTED_PARTY, requires, policy,
                        reason + " (" + list.name() + ", " + list.cite().text() + ")", cite, null));
                if (policy == null) a.questions.add("Read the review policy of " + h.label() + " (the affiliate takes it): \""
                        + h.licensePolicy() + "\"");
                if (requires == Tri.UNKNOWN && certain) a.questions.add("Read the license requirement of " + h.label()
                        + " (the affiliate takes it): \"" + h.licenseRequirement() + "\"");
            }
            case LICENSE -> a.requirements.add(new Assessment.Requirement(id, Assessment.Source.LISTED_PARTY,
                    certain ? Tri.TRUE : Tri.UNKNOWN, list.policy(), reason + " (" + list.name() + ")", cite, null));
            default -> {
                a.requirements.add(new Assessment.Requirement(id, Assessment.Source.LISTED_PARTY, Tri.UNKNOWN, null,
                        reason + " (" + list.name() + ")", cite, null));
                a.questions.add("What does the " + rule.name() + " require for an affiliate of " + h.label()
                        + "? The restriction its owner's listing brings (" + h.list() + ") is not encoded");
            }
        }
    }

    private static String plain(OwnershipRule rule) {
        return rule.threshold().stripTrailingZeros().toPlainString();
    }
}

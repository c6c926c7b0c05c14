package org.clearance.determination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clearance.classification.Classification;
import org.clearance.classification.ClassificationStatus;
import org.clearance.decision.Finding;
import org.clearance.decision.Outcome;
import org.clearance.decision.Tri;
import org.clearance.geography.Country;
import org.clearance.geography.CountryGroup;
import org.clearance.geography.GroupChange;
import org.clearance.law.Citation;
import org.clearance.law.Confidence;
import org.clearance.law.DatedValue;
import org.clearance.law.RulePack;
import org.clearance.law.RuleStatus;

/** Writes the findings of a determination: the classification used, the places, and every rule of the pack. */
final class DeterminationExplainer {

    record Explained(List<Finding> findings, List<Citation> citations, List<String> warnings) {
        static Explained none() {
            return new Explained(List.of(), List.of(), List.of());
        }
    }

    private final RulePack pack;
    private final DeterminationRules rules;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<Citation> citations = new LinkedHashSet<>();
    private final List<String> warnings = new ArrayList<>();

    DeterminationExplainer(RulePack pack, DeterminationRules rules) {
        this.pack = pack;
        this.rules = rules;
    }

    Explained explain(Shipment s, Assessment a, org.clearance.determination.Outcome o, List<Overlay> overlays,
                      OverlayInput overlayInput, Classification c) {
        ShipmentFacts f = a.facts;
        LocalDate date = f.date();
        classification(c);
        place("destination", f.destination(), date);
        if (!f.endUserCountry().code().equals(f.destination().code())) place("end user location", f.endUserCountry(), date);
        place("end user headquarters", f.headquarters(), date);
        if (!f.parentHeadquarters().code().equals(f.headquarters().code())) {
            place("ultimate parent headquarters", f.parentHeadquarters(), date);
        }
        for (DeterminationRule rule : rules.all()) {
            DatedValue<RuleStatus> status = rule.statusAt(date).orElse(null);
            if (status == null || status.value() == null || !status.value().binds()) {
                notInForce(rule, status, f);
                continue;
            }
            RuleVersion v = rule.versionAt(date).orElseThrow();
            Explain ex = new Explain();
            String because = v.when().explain(f, ex);
            Tri tri = v.when().eval(f);
            switch (rule) {
                case DeterminationRule.Requirement r -> requirement(r, status, v, tri, because, ex, o);
                case DeterminationRule.Policy p -> policy(p, status, v, tri, because, ex, a, o);
                case DeterminationRule.Exception e -> exception(e, status, v, tri, because, ex, a, o);
                case DeterminationRule.Advisory adv -> add(rule.id(), tri.outcome(),
                        (tri == Tri.FALSE ? "" : v.question() + " — ") + because, status, ex);
            }
        }
        hits(s);
        overlays(a, overlays, overlayInput, date);
        if (pack.at(date).pastLastReview()) {
            warnings.add(0, "The date " + date + " is after " + pack.info().lastReviewed() + ", the date up to which rule pack "
                    + pack.info().id() + " was checked against published law: the rules may have changed since.");
        }
        List<String> flagged = findings.stream().filter(x -> x.confidence().isFlagged()
                && (x.outcome() == Outcome.APPLIES || x.outcome() == Outcome.UNDETERMINED)).map(Finding::rule).toList();
        if (!flagged.isEmpty()) {
            warnings.add("Relies on facts the rule pack marks UNCONFIRMED or inferred: " + String.join(", ", flagged)
                    + " (see docs/interpretations.md).");
        }
        if (c != null) c.warnings().stream().filter(w -> !w.contains("may have changed")).forEach(warnings::add);
        return new Explained(List.copyOf(findings), List.copyOf(citations), warnings);
    }

    private void classification(Classification c) {
        Outcome outcome = switch (c.status()) {
            case CONTROLLED -> Outcome.APPLIES;
            case NOT_CONTROLLED -> Outcome.DOES_NOT_APPLY;
            case INDETERMINATE -> Outcome.UNDETERMINED;
        };
        String detail = switch (c.status()) {
            case CONTROLLED -> "the item is classified " + c.eccn() + " (" + String.join(", ", c.paragraphs()) + ")"
                    + (c.zParagraph() != null ? ", .z paragraph " + c.zParagraph() : "");
            case NOT_CONTROLLED -> "the item is not described by 3A090 or 4A090";
            case INDETERMINATE -> "the item's classification is INDETERMINATE; it needs " + String.join(", ", c.missing());
        };
        Map<String, Object> inputs = new java.util.LinkedHashMap<>();
        inputs.put("status", c.status().name());
        inputs.put("eccn", c.eccn());
        inputs.put("tpp", c.icMetric(org.clearance.classification.Metric.TPP));
        findings.add(new Finding("classification", outcome, detail, null, inputs, Confidence.PRIMARY, null));
        citations.addAll(c.citations());
    }

    private void place(String what, Country country, LocalDate date) {
        var geo = rules.geography();
        Set<String> groups = geo.groupsOf(country.code(), date);
        String effective = geo.effectiveCode(country.code(), date);
        StringBuilder detail = new StringBuilder(what + ": " + country.label());
        Citation cite = null;
        Confidence confidence = Confidence.PRIMARY;
        Optional<DatedValue<String>> follows = geo.treatedAsBasis(country.code(), date);
        if (follows.isPresent()) {
            detail.append(" follows ").append(effective).append(" since ").append(follows.get().from());
            cite = follows.get().cite();
            citations.add(cite);
        } else if (country.parent() != null) {
            detail.append(", a region of ").append(country.parent());
        }
        detail.append("; country groups on ").append(date).append(": ").append(groups.isEmpty() ? "none" : String.join(", ", groups));
        for (String g : groups) {
            CountryGroup group = geo.group(g).orElseThrow();
            Optional<DatedValue<GroupChange>> basis = group.basisFor(effective, date);
            if (basis.isEmpty()) continue;
            citations.add(basis.get().cite());
            if (basis.get().confidence().ordinal() > confidence.ordinal()) confidence = basis.get().confidence();
            if (cite == null) cite = basis.get().cite();
        }
        Map<String, Object> inputs = new java.util.LinkedHashMap<>();
        inputs.put("country", country.code());
        inputs.put("groups", List.copyOf(groups));
        findings.add(new Finding("place:" + what.replace(' ', '_'), Outcome.APPLIES, detail.toString(), cite, inputs,
                confidence, confidence.isFlagged() ? "country-groups-reconstructed" : null));
    }

    private void notInForce(DeterminationRule rule, DatedValue<RuleStatus> status, ShipmentFacts f) {
        String asWritten = null;
        Optional<RuleVersion> v = rule.versionAt(f.date());
        if (status != null && status.value() != null && v.isPresent()) {
            Explain ex = new Explain();
            String because = v.get().when().explain(f, ex);
            Tri tri = v.get().when().eval(f);
            asWritten = "As written it " + (tri == Tri.TRUE ? "would apply" : tri == Tri.FALSE ? "would not apply"
                    : "might apply") + ": " + because;
        }
        Finding finding = org.clearance.decision.NotInForce.finding(rule, status, f.date(), asWritten);
        findings.add(finding);
        citations.add(finding.citation());
    }

    private void requirement(DeterminationRule.Requirement r, DatedValue<RuleStatus> status, RuleVersion v, Tri tri,
                             String because, Explain ex, org.clearance.determination.Outcome o) {
        String effect = switch (tri) {
            case TRUE -> " → license required (" + r.reason() + (v.policy() != null ? ", " + v.policy() : "") + ")";
            case FALSE -> "";
            case UNKNOWN -> " → a license may be required (" + r.reason() + ")";
        };
        add(r.id(), tri.outcome(), because + effect, status, ex);
    }

    private void policy(DeterminationRule.Policy p, DatedValue<RuleStatus> status, RuleVersion v, Tri tri,
                        String because, Explain ex, Assessment a, org.clearance.determination.Outcome o) {
        boolean rsRequired = a.requirements.stream().anyMatch(r -> r.rsPolicyApplies() && r.tri() != Tri.FALSE);
        Outcome outcome = tri.outcome();
        String detail = because + " → " + v.policy();
        List<String> maybeOverriddenBy = a.policies.entrySet().stream()
                .filter(x -> x.getValue() == Tri.UNKNOWN && x.getKey().overrides().contains(p.id()))
                .map(x -> x.getKey().id()).toList();
        if (tri == Tri.TRUE && o.policyUncertain() && !maybeOverriddenBy.isEmpty()) {
            outcome = Outcome.UNDETERMINED;
            detail += ", unless " + String.join(", ", maybeOverriddenBy) + " applies (undetermined)";
        } else if (tri == Tri.TRUE && !o.policyRules().contains(p) && rsRequired) {
            outcome = Outcome.DOES_NOT_APPLY;
            detail += ", set aside by a more specific policy that applies ("
                    + String.join(", ", o.policyRules().stream().filter(x -> x.overrides().contains(p.id()))
                    .map(DeterminationRule::id).toList()) + ")";
        }
        if (!rsRequired && tri != Tri.FALSE) {
            detail += " (no RS license is required, so it does not come into play)";
            outcome = Outcome.DOES_NOT_APPLY;
        }
        if (tri == Tri.TRUE && o.policyRules().contains(p) && !v.policyConditions().isEmpty()) {
            detail += "; conditions: " + String.join("; ", v.policyConditions().stream().map(PolicyCondition::text).toList());
        }
        add(p.id(), outcome, detail, status, ex);
    }

    private void exception(DeterminationRule.Exception e, DatedValue<RuleStatus> status, RuleVersion v, Tri eligible,
                           String because, Explain ex, Assessment a, org.clearance.determination.Outcome o) {
        Outcome outcome;
        String detail;
        if (o.usable().contains(e)) {
            outcome = Outcome.APPLIES;
            detail = "License Exception " + e.code() + " is available: " + because;
        } else if (o.possible().contains(e)) {
            outcome = Outcome.UNDETERMINED;
            detail = "License Exception " + e.code() + " may be available: " + because;
        } else if (o.licenseRequired() == Tri.FALSE) {
            outcome = Outcome.DOES_NOT_APPLY;
            detail = "no license is required, so no exception is needed";
        } else {
            outcome = Outcome.DOES_NOT_APPLY;
            List<String> barred = a.requirements.stream().filter(r -> r.tri() != Tri.FALSE && !e.covers().contains(r.id()))
                    .map(r -> r.id() + " (" + r.reason() + ")").toList();
            detail = eligible == Tri.FALSE ? "not eligible: " + because
                    : "cannot overcome " + String.join(", ", barred) + " (15 CFR 740.8(b), 744.16(b))";
        }
        add(e.id(), outcome, detail, status, ex);
    }

    private void hits(Shipment s) {
        for (PartyRole role : PartyRole.values()) {
            for (PartyHit h : s.hits(role)) {
                if (h.isOwnership()) {
                    ownershipHit(role, h, s.date());
                    continue;
                }
                String id = "hit:" + h.list() + ":" + h.entityId();
                RestrictedList list = rules.restrictedList(h.list());
                Citation cite = Determiner.cite(h, list);
                Map<String, Object> inputs = new java.util.LinkedHashMap<>();
                inputs.put("party", role.code());
                inputs.put("list", h.list());
                inputs.put("entity_id", h.entityId());
                inputs.put("matched_name", h.matchedName());
                inputs.put("score", h.score());
                inputs.put("list_version", h.listVersion());
                inputs.put("adjudicated", h.adjudicated());
                String who = "the " + role.label() + " matches " + h.label();
                Outcome outcome;
                String detail;
                if (h.isNoMatch()) {
                    outcome = Outcome.DOES_NOT_APPLY;
                    detail = who + ", adjudicated as not the listed party: shown, not counted";
                } else {
                    switch (Determiner.effect(h, list)) {
                        case BLOCKED -> {
                            outcome = h.isMatch() ? Outcome.APPLIES : Outcome.UNDETERMINED;
                            detail = h.isMatch() ? who + " (adjudicated a match): a blocked or denied party — no license can authorise the transaction"
                                    : who + " (not yet adjudicated): the shipment is held until an officer decides whether it is the listed party";
                        }
                        case ENTRY, LICENSE -> {
                            outcome = Outcome.APPLIES;
                            detail = who + ": " + (h.licenseRequirement() != null ? "license requirement \"" + h.licenseRequirement() + "\"" : "license required")
                                    + (list.policy() != null ? ", review policy " + list.policy()
                                    : h.licensePolicy() != null ? ", review policy \"" + h.licensePolicy() + "\"" : "")
                                    + (list.note() != null ? "; " + list.note() : "");
                            for (int footnote : h.footnotes()) {
                                String brings = list.footnotes().get(footnote);
                                if (brings != null) detail += "; footnote " + footnote + ": " + brings;
                            }
                            if (h.adjudicated() == null) detail += "; treated as the listed party until adjudicated";
                        }
                        case REVIEW -> {
                            outcome = Outcome.UNDETERMINED;
                            detail = who + " on list " + h.list() + ": review what the listing requires";
                        }
                        default -> throw new IllegalStateException();
                    }
                }
                findings.add(new Finding(id, outcome, detail, cite, inputs, list.confidence(), list.interpretation()));
                citations.add(cite);
            }
        }
    }

    /** An ownership hit's finding: the rule, the listed owner, the chain and whether every link is certain. */
    private void ownershipHit(PartyRole role, PartyHit h, LocalDate date) {
        OwnershipRule rule = h.rule() == null ? null : rules.ownershipRule(h.rule());
        String id = "ownership:" + h.rule() + ":" + h.list() + ":" + h.entityId();
        Map<String, Object> inputs = new java.util.LinkedHashMap<>();
        inputs.put("party", role.code());
        inputs.put("basis", h.basis());
        inputs.put("rule", h.rule());
        inputs.put("list", h.list());
        inputs.put("entity_id", h.entityId());
        inputs.put("percent", h.percent());
        inputs.put("definite", h.definite());
        inputs.put("proven", h.proven());
        inputs.put("via", h.via());
        inputs.put("list_version", h.listVersion());
        if (rule == null) {
            Citation cite = new Citation("ownership rule " + h.rule() + " (not in the rule pack)", null, null);
            findings.add(new Finding(id, Outcome.UNDETERMINED, "the " + role.label() + " is owned by " + h.label()
                    + ", under a rule the pack does not have", cite, inputs, org.clearance.law.Confidence.PRIMARY, null));
            citations.add(cite);
            return;
        }
        boolean certain = rule.consequence() == OwnershipRule.Consequence.BLOCKED ? h.proven() || h.isMatch()
                : h.definite() || h.isMatch();
        String detail = "the " + role.label() + " is owned " + (h.percent() == null ? "" : h.percent().stripTrailingZeros()
                .toPlainString() + "% ") + "by persons the " + rule.name() + " counts, through " + h.label()
                + (h.via() != null ? " (" + h.via() + ")" : "")
                + (certain ? "; every link is certain" : "; a link or a share is uncertain, or a link is by name: held or undetermined until confirmed");
        findings.add(new Finding(id, certain ? Outcome.APPLIES : Outcome.UNDETERMINED, detail, rule.cite(), inputs,
                rule.confidence(), rule.interpretation()));
        citations.add(rule.cite());
    }

    private void overlays(Assessment a, List<Overlay> overlays, OverlayInput input, LocalDate date) {
        for (Overlay overlay : overlays) {
            DatedValue<RuleStatus> status = overlay.statusAt(date).orElse(null);
            if (status == null || status.value() == null || !status.value().binds()) {
                findings.add(new Finding(overlay.id(), Outcome.NOT_IN_FORCE, status == null
                        ? "not in force until " + overlay.status().firstDate()
                        : "not in force since " + status.from() + (status.note() != null ? ": " + status.note() : ""),
                        status != null ? status.cite() : overlay.status().values().get(0).cite(), Map.of(),
                        Confidence.PRIMARY, null));
                continue;
            }
            Tri t = a.overlayResults.get(overlay);
            String detail = switch (t) {
                case TRUE -> overlay.text() + " → " + overlay.effect().describe();
                case FALSE -> "its condition does not hold for this shipment";
                case UNKNOWN -> "cannot be evaluated: " + overlay.lastProblem(input);
            };
            findings.add(new Finding(overlay.id(), t.outcome(), detail, status.cite(), Map.of(), status.confidence(),
                    status.interpretation()));
            citations.add(status.cite());
        }
    }

    private void add(String id, Outcome outcome, String detail, DatedValue<RuleStatus> status, Explain ex) {
        Confidence confidence = status.confidence();
        for (DatedValue<BigDecimal> p : ex.parameters.values()) {
            citations.add(p.cite());
            if (p.confidence().ordinal() > confidence.ordinal()) confidence = p.confidence();
        }
        findings.add(new Finding(id, outcome, detail, status.cite(), ex.inputs, confidence, status.interpretation()));
        citations.add(status.cite());
    }
}

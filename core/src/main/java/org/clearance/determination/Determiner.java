package org.clearance.determination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.clearance.classification.Classification;
import org.clearance.classification.ClassificationStatus;
import org.clearance.classification.Classifier;
import org.clearance.classification.Metric;
import org.clearance.decision.Tri;
import org.clearance.geography.Country;
import org.clearance.geography.Geography;
import org.clearance.law.DatedValue;
import org.clearance.law.RulePack;
import org.clearance.law.RuleStatus;

/**
 * Decides whether a shipment of advanced computing items needs a license on its date, under which review policy, and
 * which license exceptions apply — every rule of the pack evaluated, none skipped, refusals as values.
 *
 * <p>{@link #determine} with {@code explain} gives the full answer with findings; without, the batch path computes
 * the same verdict without sentences (and falls back to the full answer when it is INDETERMINATE, to name what is
 * missing).
 */
public final class Determiner {

    private final RulePack pack;
    private final DeterminationRules rules;
    private final Classifier classifier;
    private final Geography geo;
    private final Country unitedStates;

    public Determiner(RulePack pack, Classifier classifier) {
        this.pack = Objects.requireNonNull(pack, "pack");
        this.rules = pack.section(DeterminationRules.class);
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.geo = rules.geography();
        this.unitedStates = geo.byCode("US").orElseThrow(() -> new IllegalStateException("the geography lacks US"));
    }

    public Geography geography() {
        return geo;
    }

    public Determination determine(Shipment s, List<Overlay> overlays, boolean explain) {
        LocalDate date = pack.requireCovered(s.date());
        List<String> assumptions = new ArrayList<>();
        Country destination = s.destination();
        Country endUserCountry = s.endUser().country();
        if (endUserCountry == null) {
            endUserCountry = destination;
            assumptions.add("end user located in the destination, " + destination.label() + " (not stated)");
        }
        Country hq = s.endUser().headquarters();
        if (hq == null) {
            hq = endUserCountry;
            assumptions.add("end user headquartered where it is located, " + hq.label() + " (not stated)");
        }
        Country parentHq = s.endUser().parentHeadquarters();
        if (parentHq == null) {
            parentHq = hq;
            assumptions.add("the end user's ultimate parent is headquartered where the end user is, " + hq.label()
                    + " (not stated)");
        }
        Country exportFrom = s.exportFrom();
        if (exportFrom == null) {
            exportFrom = unitedStates;
            assumptions.add("exported from the United States (not stated)");
        }
        Country consigneeCountry = s.consignee().country() != null ? s.consignee().country() : destination;
        if (s.endUses() == null) {
            assumptions.add("no end use was declared: decided as if none of the controlled end uses applies"
                    + " (see open questions)");
        }
        Transaction transaction = transaction(exportFrom, destination, date);

        Classification classification = explain ? classifier.classify(s.item(), date) : null;
        Classifier.Result verdict = explain ? null : classifier.verdict(s.item(), date);
        ShipmentFacts facts = facts(s, date, destination, endUserCountry, hq, parentHq, exportFrom, transaction,
                classification, verdict);
        OverlayInput overlayInput = overlayInput(s, facts);
        Assessment a = assess(s, facts, overlays, overlayInput);
        Outcome o = Outcome.of(a);
        if (!explain && o.verdict() == LicenseVerdict.INDETERMINATE) return determine(s, overlays, true);

        List<String> questions = new ArrayList<>(a.questions);
        if (o.policyUncertain()) {
            questions.add("The review policy depends on facts not given or on a contested reading (see missing and the"
                    + " findings marked UNDETERMINED)");
        }
        if (s.endUses() == null) questions.addAll(endUseQuestions(a, o));
        Determination.ResolvedParties parties = new Determination.ResolvedParties(destination.code(),
                exportFrom.code(), transaction.code(), s.endUser().name(), endUserCountry.code(), hq.code(),
                parentHq.code(), s.consignee().name(), consigneeCountry.code(), s.purchaser().name(), s.quantity());
        Set<String> listVersions = new TreeSet<>();
        s.hits().values().forEach(list -> list.forEach(h -> {
            if (h.listVersion() != null) listVersions.add(h.list() + " " + h.listVersion());
        }));
        DeterminationExplainer.Explained x = explain
                ? new DeterminationExplainer(pack, rules).explain(s, a, o, overlays, overlayInput, classification)
                : DeterminationExplainer.Explained.none();
        questions.addAll(x.questions());
        List<String> warnings = new ArrayList<>(x.warnings());
        if (pack.at(date).pastLastReview() && !explain) {
            warnings.add("The date " + date + " is after " + pack.info().lastReviewed() + ", the date up to which rule pack "
                    + pack.info().id() + " was checked against published law: the rules may have changed since.");
        }
        List<Determination.ExceptionOffer> offers = new ArrayList<>();
        for (DeterminationRule.Exception e : o.usable()) {
            RuleVersion v = e.versionAt(date).orElseThrow();
            offers.add(new Determination.ExceptionOffer(e.code(), v.conditions(), e.statusAt(date).orElseThrow().cite()));
        }
        List<String> policyConditions = new ArrayList<>();
        for (DeterminationRule.Policy p : o.policyRules()) policyConditions.addAll(p.versionAt(date).orElseThrow().conditions());
        List<Determination.AppliedRequirement> applied = new ArrayList<>();
        for (Assessment.Requirement r : a.requirements) {
            if (r.tri() != Tri.TRUE) continue;
            ReviewPolicy policy = r.policy() != null ? r.policy() : r.rsPolicyApplies() ? o.policy() : null;
            applied.add(new Determination.AppliedRequirement(r.id(), r.reason(), policy, r.cite()));
        }
        DeterminationRules.ReasonsForControl reasons = rules.reasonsFor(facts.eccn());
        boolean prohibited = o.verdict() == LicenseVerdict.PROHIBITED;
        return new Determination(s.id(), date, o.verdict(), prohibited ? null : toBoolean(o.licenseRequired()),
                prohibited ? List.of() : offers,
                o.verdict() == LicenseVerdict.NO_LICENSE_REQUIRED || prohibited ? null : o.policy(), policyConditions,
                reasons == null ? List.of() : reasons.reasons(), applied, assumptions, dedupe(questions),
                x.missing(), facts.itemStatus(), facts.eccn(), classification, x.findings(), x.citations(), pack.info(),
                notEvaluated(), warnings, List.copyOf(listVersions), parties);
    }

    private List<org.clearance.law.NotEvaluated> notEvaluated() {
        return rules.notEvaluated();
    }

    private static List<String> dedupe(List<String> items) {
        return List.copyOf(new LinkedHashSet<>(items));
    }

    private static Boolean toBoolean(Tri t) {
        return switch (t) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case UNKNOWN -> null;
        };
    }

    private Transaction transaction(Country from, Country to, LocalDate date) {
        if (from.code().equals("US")) return Transaction.EXPORT;
        if (geo.effectiveCode(from.code(), date).equals(geo.effectiveCode(to.code(), date))) return Transaction.TRANSFER;
        return Transaction.REEXPORT;
    }

    private ShipmentFacts facts(Shipment s, LocalDate date, Country destination, Country endUserCountry, Country hq,
                                Country parentHq, Country exportFrom, Transaction transaction,
                                Classification c, Classifier.Result r) {
        double[] metrics = new double[Metric.values().length];
        List<ShipmentFacts.Alternative> alternatives = new ArrayList<>();
        ClassificationStatus status;
        String eccn;
        List<String> missing;
        if (c != null) {
            status = c.status();
            eccn = c.eccn();
            missing = c.missing();
            for (Metric m : Metric.values()) {
                BigDecimal v = c.icMetric(m);
                metrics[m.ordinal()] = v == null ? Double.NaN : v.doubleValue();
            }
            for (Classification.TppAlternative alt : c.tppAlternatives()) {
                if (alt.tpp() != null) alternatives.add(new ShipmentFacts.Alternative(alt.interpretation(), alt.tpp().doubleValue()));
            }
        } else {
            status = r.status();
            eccn = r.eccn();
            missing = List.of();
            System.arraycopy(r.metrics(), 0, metrics, 0, metrics.length);
            for (Classifier.AlternativeTpp alt : r.alternativeTpps()) {
                if (!Double.isNaN(alt.tpp())) alternatives.add(new ShipmentFacts.Alternative(alt.interpretation(), alt.tpp()));
            }
        }
        Set<EndUse> uses = s.endUses() == null ? Set.of() : s.endUses();
        return new ShipmentFacts(date, geo, pack, destination, endUserCountry, hq, parentHq, exportFrom, transaction,
                status, eccn, s.item().datacenter(), metrics, List.copyOf(alternatives),
                m -> classifier.exactMetric(s.item(), m), uses, missing);
    }

    private Assessment assess(Shipment s, ShipmentFacts facts, List<Overlay> overlays, OverlayInput overlayInput) {
        Assessment a = new Assessment(facts);
        LocalDate date = facts.date();
        for (DeterminationRule.Requirement r : rules.requirements()) {
            if (!r.bindsOn(date)) continue;
            Assessment.Requirement req = requirement(r, facts);
            a.requirements.add(req);
        }
        for (DeterminationRule.Policy p : rules.policies()) {
            if (p.bindsOn(date)) a.policies.put(p, p.versionAt(date).orElseThrow().when().eval(facts));
        }
        for (DeterminationRule.Exception e : rules.exceptions()) {
            if (e.bindsOn(date)) a.exceptions.put(e, e.versionAt(date).orElseThrow().when().eval(facts));
        }
        for (DeterminationRule.Advisory adv : rules.advisories()) {
            if (!adv.bindsOn(date)) continue;
            RuleVersion v = adv.versionAt(date).orElseThrow();
            if (v.when().eval(facts) != Tri.FALSE) a.questions.add(v.question());
        }
        hits(s, a);
        for (Overlay overlay : overlays) {
            if (!overlay.bindsOn(date)) continue;
            Tri t = overlay.test(overlayInput);
            var cite = overlay.statusAt(date).orElseThrow().cite();
            switch (overlay.effect()) {
                case OverlayEffect.RequireLicense req -> a.requirements.add(new Assessment.Requirement(overlay.id(),
                        Assessment.Source.OVERLAY, t, req.policy(), "overlay " + overlay.id(), cite));
                case OverlayEffect.SetReviewPolicy set -> {
                    a.policyFloors.put(overlay.id(), set.policy());
                    a.policyFloorTris.put(overlay.id(), t);
                }
                case OverlayEffect.HoldForReview hold -> {
                    if (t != Tri.FALSE) a.holds.add(overlay.id());
                }
            }
        }
        return a;
    }

    private static Assessment.Requirement requirement(DeterminationRule.Requirement r, ShipmentFacts facts) {
        DatedValue<RuleStatus> status = r.statusAt(facts.date()).orElseThrow();
        RuleVersion v = r.versionAt(facts.date()).orElseThrow();
        Assessment.Source source = switch (r.kind()) {
            case RS_LICENSE -> Assessment.Source.RS_LICENSE;
            case HEADQUARTERS -> Assessment.Source.HEADQUARTERS;
            case EMBARGO -> Assessment.Source.EMBARGO;
            case END_USE -> Assessment.Source.END_USE;
        };
        return new Assessment.Requirement(r.id(), source, v.when().eval(facts), v.policy(), r.reason(), status.cite());
    }

    private static void hits(Shipment s, Assessment a) {
        for (PartyRole role : PartyRole.values()) {
            for (PartyHit h : s.hits(role)) {
                if (h.isNoMatch()) continue;
                String id = "hit:" + h.list() + ":" + h.entityId();
                org.clearance.law.Citation cite = h.frCitation() != null
                        ? new org.clearance.law.Citation(citeFor(h.list()), h.frCitation(), null)
                        : new org.clearance.law.Citation(citeFor(h.list()), null, null);
                String on = " on the " + role.label();
                if (h.blocked()) {
                    if (h.isMatch()) {
                        a.prohibitions.add(id);
                    } else {
                        a.holds.add(id);
                        a.questions.add("Adjudicate " + h.label() + on + ": the shipment is held until then");
                    }
                    continue;
                }
                if (h.adjudicated() == null && (h.list().equals("EL") || h.list().equals("MEU"))) {
                    a.questions.add("Adjudicate " + h.label() + on + ": until then it is treated as the listed party");
                }
                switch (h.list()) {
                    case "EL" -> {
                        a.requirements.add(new Assessment.Requirement(id, Assessment.Source.ENTITY_LIST,
                                entityListRequires(h), ReviewPolicy.fromText(h.licensePolicy()),
                                "Entity List (15 CFR 744.11)", cite));
                        if (ReviewPolicy.fromText(h.licensePolicy()) == null) {
                            a.questions.add("Read the review policy of " + h.label() + ": \"" + h.licensePolicy() + "\"");
                        }
                    }
                    case "MEU" -> a.requirements.add(new Assessment.Requirement(id, Assessment.Source.MEU_LIST, Tri.TRUE,
                            ReviewPolicy.PRESUMPTION_OF_DENIAL, "Military End-User List (15 CFR 744.21)", cite));
                    default -> a.questions.add("Review the " + h.list() + " hit " + h.label() + on
                            + ": what the listing requires is not encoded");
                }
            }
        }
    }

    /** "For all items subject to the EAR" covers any item; any other wording needs a person to read it. */
    private static Tri entityListRequires(PartyHit h) {
        String req = h.licenseRequirement();
        if (req == null || req.toLowerCase(java.util.Locale.ROOT).contains("all items subject to the ear")) return Tri.TRUE;
        return Tri.UNKNOWN;
    }

    static String citeFor(String list) {
        return switch (list) {
            case "EL" -> "15 CFR 744 Supp. 4 (Entity List)";
            case "MEU" -> "15 CFR 744 Supp. 7 (Military End-User List)";
            case "DPL" -> "15 CFR 764.3 (Denied Persons List)";
            case "SDN" -> "31 CFR 501 App. A (OFAC SDN List)";
            case "UVL" -> "15 CFR 744 Supp. 6 (Unverified List)";
            default -> "Consolidated Screening List (" + list + ")";
        };
    }

    /** For each controlled end use: would declaring it change the answer? */
    private List<String> endUseQuestions(Assessment a, Outcome o) {
        List<String> questions = new ArrayList<>();
        for (EndUse use : EnumSet.complementOf(EnumSet.of(EndUse.NONE))) {
            ShipmentFacts f = a.facts.withEndUses(Set.of(use));
            List<Assessment.Requirement> endUse = new ArrayList<>();
            for (DeterminationRule.Requirement r : rules.requirements()) {
                if (r.kind() == DeterminationRule.Kind.END_USE && r.bindsOn(f.date())) endUse.add(requirement(r, f));
            }
            Outcome with = Outcome.of(a.withEndUseRequirements(endUse));
            if (with.verdict() != o.verdict() || with.policy() != o.policy()) {
                List<String> by = endUse.stream().filter(r -> r.tri() != Tri.FALSE).map(Assessment.Requirement::id).toList();
                questions.add("Is the item for " + use.description() + " (--end-use " + use.code() + ")? If so: "
                        + with.verdict() + (with.policy() != null ? ", " + with.policy() : "")
                        + (by.isEmpty() ? "" : " (" + String.join(", ", by) + ")"));
            }
        }
        return questions;
    }

    private OverlayInput overlayInput(Shipment s, ShipmentFacts f) {
        LocalDate date = f.date();
        return new OverlayInput(
                new OverlayInput.Item(s.item().id(), s.item().name(), s.item().vendor(), s.item().kind().code(), f.eccn(),
                        f.itemStatus().name(), nan(f.metric(Metric.TPP)), nan(f.metric(Metric.PERFORMANCE_DENSITY)),
                        nan(f.metric(Metric.DRAM_BANDWIDTH)), nan(f.metric(Metric.INTERCONNECT)), f.datacenter()),
                s.quantity(), f.destination().code(), List.copyOf(geo.groupsOf(f.destination().code(), date)),
                new OverlayInput.EndUser(s.endUser().name(), f.endUserCountry().code(), f.headquarters().code(),
                        f.parentHeadquarters().code(), List.copyOf(geo.groupsOf(f.headquarters().code(), date)),
                        List.copyOf(geo.groupsOf(f.parentHeadquarters().code(), date))),
                f.exportFrom().code(), f.transaction().code(), f.endUses().stream().map(EndUse::code).sorted().toList(),
                date.toString());
    }

    private static Double nan(double v) {
        return Double.isNaN(v) ? null : v;
    }
}

package org.clearance.determination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.clearance.classification.Classification;
import org.clearance.classification.ClassificationStatus;
import org.clearance.classification.Classifier;
import org.clearance.classification.ItemSpec;
import org.clearance.classification.Metric;
import org.clearance.decision.Tri;
import org.clearance.geography.Country;
import org.clearance.geography.Geography;
import org.clearance.law.Citation;
import org.clearance.law.RulePack;

/**
 * Decides whether a shipment of advanced computing items needs a license on its date, under which review policy, and
 * which license exceptions apply — every rule of the pack evaluated, none skipped, refusals as values.
 *
 * <p>{@link #determine} with {@code explain} gives the full answer with findings; without, the batch path computes
 * the same verdict, policy, exceptions and questions without writing the findings.
 */
public final class Determiner {

    private static final int CACHE_LIMIT = 10_000;
    /** The texts of the assumptions, by country code (written once, read for every shipment that leaves a fact out). */
    private final Map<String, String> locatedAssumed = new ConcurrentHashMap<>();
    private final Map<String, String> hqAssumed = new ConcurrentHashMap<>();
    private final Map<String, String> parentAssumed = new ConcurrentHashMap<>();

    private final RulePack pack;
    private final DeterminationRules rules;
    private final Classifier classifier;
    private final Geography geo;
    private final Country unitedStates;
    private final DeterminationPlan.Plans plans;
    private final Map<ItemOn, List<String>> classificationMissing = new ConcurrentHashMap<>();
    private final Map<ItemOn, Classifier.Result> verdicts = new ConcurrentHashMap<>();
    private final Map<ItemOn, Classification> classifications = new ConcurrentHashMap<>();
    /** Exact metrics by item, whatever the date ({@link #ANY_DATE}). */
    private final Map<ItemOn, BigDecimal[]> exactMetrics = new ConcurrentHashMap<>();
    private static final LocalDate ANY_DATE = LocalDate.MIN;

    public Determiner(RulePack pack, Classifier classifier) {
        this.pack = Objects.requireNonNull(pack, "pack");
        this.rules = pack.section(DeterminationRules.class);
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.geo = rules.geography();
        this.unitedStates = geo.byCode("US").orElseThrow(() -> new IllegalStateException("the geography lacks US"));
        this.plans = DeterminationPlan.Plans.of(pack, rules);
    }

    public Geography geography() {
        return geo;
    }

    /**
     * An item (by identity: catalog items are shared) on a date: the start of a period of the classification rules,
     * or the date of the shipment itself.
     */
    private record ItemOn(ItemSpec item, LocalDate date) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ItemOn p && p.item == item && p.date.equals(date);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(item) * 31 + date.hashCode();
        }
    }

    public Determination determine(Shipment s, List<Overlay> overlays, boolean explain) {
        LocalDate date = pack.requireCovered(s.date());
        DeterminationPlan plan = plans.at(date);
        List<String> assumptions = new ArrayList<>(5);
        Country destination = s.destination();
        Country endUserCountry = s.endUser().country();
        if (endUserCountry == null) {
            endUserCountry = destination;
            Country c = destination;
            assumptions.add(locatedAssumed.computeIfAbsent(c.code(),
                    k -> "end user located in the destination, " + c.label() + " (not stated)"));
        }
        Country hq = s.endUser().headquarters();
        if (hq == null) {
            hq = endUserCountry;
            Country c = hq;
            assumptions.add(hqAssumed.computeIfAbsent(c.code(),
                    k -> "end user headquartered where it is located, " + c.label() + " (not stated)"));
        }
        Country parentHq = s.endUser().parentHeadquarters();
        if (parentHq == null) {
            parentHq = hq;
            Country c = hq;
            assumptions.add(parentAssumed.computeIfAbsent(c.code(),
                    k -> "the end user's ultimate parent is headquartered where the end user is, " + c.label()
                            + " (not stated)"));
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

        Classification classification = explain ? classification(s.item(), date) : null;
        Classifier.Result verdict = explain ? null : verdict(s.item(), date);
        ShipmentFacts facts = facts(s, date, destination, endUserCountry, hq, parentHq, exportFrom, transaction,
                classification, verdict);
        OverlayInput overlayInput = overlays.isEmpty() ? null : overlayInput(s, facts);
        // the batch path without hits or overlays reads the rules' results into a key first, and assesses in full
        // only when something it has not drawn before needs the assessment
        boolean quick = !explain && overlays.isEmpty() && s.hits().isEmpty() && plan.packable();
        Assessing assessing = new Assessing(this, s, facts, plan, overlays, overlayInput);
        long key = quick ? key(facts, plan) : -1;
        Drawn drawn = key < 0 ? null : plan.drawn.get(key);
        if (drawn == null) {
            drawn = draw(assessing.get(), date);
            if (key >= 0 && plan.drawn.size() < CACHE_LIMIT) plan.drawn.putIfAbsent(key, drawn);
        }
        Outcome o = drawn.outcome();

        List<String> questions = new ArrayList<>(4);
        if (quick) {
            for (var adv : plan.advisories) {
                if (adv.when().eval(facts) != Tri.FALSE) questions.add(adv.version().question());
            }
        } else {
            questions.addAll(assessing.get().questions);
        }
        if (o.policyUnencoded()) {
            questions.add("No review policy encoded in the rule pack covers this shipment (each 15 CFR 742.6(b)(10)"
                    + " policy rule is in the findings): the licensing policy BIS would apply must be read elsewhere");
        } else if (o.policyUncertain()) {
            questions.add("The review policy depends on facts not given or on a contested reading (see missing and the"
                    + " findings marked UNDETERMINED)");
        }
        Unknowns unknowns = nothingUnknown(o, overlays) ? NOTHING_UNKNOWN
                : unknowns(assessing.get(), o, plan, overlays, overlayInput);
        questions.addAll(unknowns.questions());
        if (s.endUses() == null) questions.addAll(endUseQuestions(facts, assessing, o, plan, key));

        Determination.ResolvedParties parties = new Determination.ResolvedParties(destination.code(),
                exportFrom.code(), transaction.code(), s.endUser().name(), endUserCountry.code(), hq.code(),
                parentHq.code(), s.consignee().name(), consigneeCountry.code(), s.purchaser().name(), s.quantity());
        Set<String> listVersions = s.hits().isEmpty() ? Set.of() : new TreeSet<>();
        s.hits().values().forEach(list -> list.forEach(h -> {
            if (h.listVersion() != null) listVersions.add(h.list() + " " + h.listVersion());
        }));
        DeterminationExplainer.Explained x = explain
                ? new DeterminationExplainer(pack, rules).explain(s, assessing.get(), o, overlays, overlayInput,
                        classification)
                : DeterminationExplainer.Explained.none();
        DeterminationRules.ReasonsForControl reasons = rules.reasonsFor(facts.eccn());
        boolean prohibited = o.verdict() == LicenseVerdict.PROHIBITED;
        return new Determination(s.id(), date, o.verdict(), prohibited ? null : toBoolean(o.licenseRequired()),
                prohibited ? List.of() : withNotifications(drawn, s.item(), facts),
                o.verdict() == LicenseVerdict.NO_LICENSE_REQUIRED || prohibited ? null : o.policy(),
                drawn.policyConditions(), reasons == null ? List.of() : reasons.reasons(), drawn.applied(), assumptions,
                dedupe(questions),
                List.copyOf(unknowns.missing()), facts.itemStatus(), facts.eccn(), classification, x.findings(),
                x.citations(), pack.info(), rules.notEvaluated(), x.warnings(), List.copyOf(listVersions), parties);
    }

    /** The offers, with the item data filled in for those whose notification must carry it (NAC). */
    private static List<Determination.ExceptionOffer> withNotifications(Drawn drawn, ItemSpec item, ShipmentFacts facts) {
        List<Determination.ExceptionOffer> offers = drawn.offers();
        List<Determination.ExceptionOffer> out = null;
        for (int i = 0; i < offers.size(); i++) {
            List<String> asked = drawn.notifications().get(i);
            if (asked.isEmpty()) continue;
            if (out == null) out = new ArrayList<>(offers);
            Determination.ExceptionOffer e = offers.get(i);
            out.set(i, new Determination.ExceptionOffer(e.code(), e.conditions(), e.cite(), new Determination.Notification(
                    item.id() != null ? item.id() : java.util.Objects.requireNonNullElse(item.name(), "(unnamed item)"), asked, facts.exact().apply(Metric.TPP),
                    facts.exact().apply(Metric.PERFORMANCE_DENSITY), facts.datacenter(),
                    item.kind().isSystem() ? "the highest TPP and performance density among the integrated circuits the"
                            + " system contains" : "the integrated circuit's own TPP and performance density")));
        }
        return out == null ? offers : List.copyOf(out);
    }

    /** The shipment's assessment, made on first need (the batch path often draws the answer without it). */
    private static final class Assessing {
        private final Determiner determiner;
        private final Shipment shipment;
        private final ShipmentFacts facts;
        private final DeterminationPlan plan;
        private final List<Overlay> overlays;
        private final OverlayInput overlayInput;
        private Assessment assessment;

        Assessing(Determiner determiner, Shipment shipment, ShipmentFacts facts, DeterminationPlan plan,
                  List<Overlay> overlays, OverlayInput overlayInput) {
            this.determiner = determiner;
            this.shipment = shipment;
            this.facts = facts;
            this.plan = plan;
            this.overlays = overlays;
            this.overlayInput = overlayInput;
        }

        Assessment get() {
            if (assessment == null) assessment = determiner.assess(shipment, facts, plan, overlays, overlayInput);
            return assessment;
        }
    }

    /** What the rules' results decide: the outcome, the exceptions offered, the policy's conditions, the requirements. */
    record Drawn(Outcome outcome, List<Determination.ExceptionOffer> offers, List<List<String>> notifications,
                 List<PolicyCondition> policyConditions, List<Determination.AppliedRequirement> applied) {
    }

    private static Drawn draw(Assessment a, LocalDate date) {
        Outcome o = Outcome.of(a);
        List<Determination.ExceptionOffer> offers = new ArrayList<>();
        List<List<String>> notifications = new ArrayList<>();
        for (DeterminationRule.Exception e : o.usable()) {
            RuleVersion v = e.versionAt(date).orElseThrow();
            offers.add(new Determination.ExceptionOffer(e.code(), v.conditions(), e.statusAt(date).orElseThrow().cite()));
            notifications.add(v.notification());
        }
        List<PolicyCondition> policyConditions = new ArrayList<>();
        for (DeterminationRule.Policy p : o.policyRules()) policyConditions.addAll(p.versionAt(date).orElseThrow().policyConditions());
        List<Determination.AppliedRequirement> applied = new ArrayList<>();
        for (Assessment.Requirement r : a.requirements) {
            if (r.tri() != Tri.TRUE) continue;
            ReviewPolicy policy = r.policy() != null ? r.policy() : r.rsPolicyApplies() ? o.policy() : null;
            applied.add(new Determination.AppliedRequirement(r.id(), r.reason(), policy, r.cite()));
        }
        return new Drawn(o, List.copyOf(offers), List.copyOf(notifications), List.copyOf(policyConditions),
                List.copyOf(applied));
    }

    /**
     * The results of the plan's requirements, policies and exceptions, two bits each in plan order, read straight from
     * the compiled conditions. Within a plan every rule's version, policy and citation is fixed, so without hits or
     * overlays (which add to the assessment) {@link Drawn} is a function of this key.
     */
    private static long key(ShipmentFacts facts, DeterminationPlan plan) {
        long k = 0;
        int bit = 0;
        for (var r : plan.requirements) {
            k |= (long) r.when().eval(facts).ordinal() << bit;
            bit += 2;
        }
        for (var p : plan.policies) {
            k |= (long) p.when().eval(facts).ordinal() << bit;
            bit += 2;
        }
        for (var e : plan.exceptions) {
            k |= (long) e.when().eval(facts).ordinal() << bit;
            bit += 2;
        }
        return k;
    }

    private static List<String> dedupe(List<String> items) {
        if (items.size() < 2) return List.copyOf(items);
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
        if (geo.locate(from, date).effective().equals(geo.locate(to, date).effective())) return Transaction.TRANSFER;
        return Transaction.REEXPORT;
    }

    private ShipmentFacts facts(Shipment s, LocalDate date, Country destination, Country endUserCountry, Country hq,
                                Country parentHq, Country exportFrom, Transaction transaction,
                                Classification c, Classifier.Result r) {
        double[] metrics = new double[Metric.values().length];
        List<ShipmentFacts.Alternative> alternatives = new ArrayList<>(1);
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
            missing = status == ClassificationStatus.INDETERMINATE ? classificationMissing(s.item(), date) : List.of();
            System.arraycopy(r.metrics(), 0, metrics, 0, metrics.length);
            for (Classifier.AlternativeTpp alt : r.alternativeTpps()) {
                if (!Double.isNaN(alt.tpp())) alternatives.add(new ShipmentFacts.Alternative(alt.interpretation(), alt.tpp()));
            }
        }
        Set<EndUse> uses = s.endUses() == null ? Set.of() : s.endUses();
        return new ShipmentFacts(date, geo, pack, geo.locate(destination, date), geo.locate(endUserCountry, date),
                geo.locate(hq, date), geo.locate(parentHq, date), geo.locate(exportFrom, date), transaction,
                status, eccn, s.item().datacenter(), metrics, alternatives,
                m -> exactMetric(s.item(), m), uses, missing);
    }

    /** The classification verdict, computed once per item and period of the classification rules (a pure function). */
    private Classifier.Result verdict(ItemSpec item, LocalDate date) {
        ItemOn key = new ItemOn(item, classifier.periodStart(date));
        Classifier.Result cached = verdicts.get(key);
        if (cached != null) return cached;
        Classifier.Result r = classifier.verdict(item, date);
        if (verdicts.size() >= CACHE_LIMIT) verdicts.clear();
        verdicts.put(key, r);
        return r;
    }

    /** The exact metrics of an item (a pure function of its specification), computed once per item. */
    private BigDecimal exactMetric(ItemSpec item, Metric metric) {
        BigDecimal[] known = exactMetrics.get(new ItemOn(item, ANY_DATE));
        if (known == null) {
            known = new BigDecimal[Metric.values().length];
            for (Metric m : Metric.values()) known[m.ordinal()] = classifier.exactMetric(item, m);
            if (exactMetrics.size() >= CACHE_LIMIT) exactMetrics.clear();
            exactMetrics.put(new ItemOn(item, ANY_DATE), known);
        }
        return known[metric.ordinal()];
    }

    /** The explained classification, computed once per item and date (a pure function of both). */
    private Classification classification(ItemSpec item, LocalDate date) {
        ItemOn key = new ItemOn(item, date);
        Classification cached = classifications.get(key);
        if (cached != null) return cached;
        Classification c = classifier.classify(item, date);
        if (classifications.size() >= CACHE_LIMIT) classifications.clear();
        classifications.put(key, c);
        return c;
    }

    /** What an INDETERMINATE classification needs, computed once per item and period of the classification rules. */
    private List<String> classificationMissing(ItemSpec item, LocalDate date) {
        ItemOn key = new ItemOn(item, classifier.periodStart(date));
        List<String> cached = classificationMissing.get(key);
        if (cached != null) return cached;
        List<String> missing = classifier.classify(item, date).missing();
        if (classificationMissing.size() >= CACHE_LIMIT) classificationMissing.clear();
        classificationMissing.put(key, missing);
        return missing;
    }

    private Assessment assess(Shipment s, ShipmentFacts facts, DeterminationPlan plan, List<Overlay> overlays,
                              OverlayInput overlayInput) {
        Assessment a = new Assessment(facts);
        for (var r : plan.requirements) a.requirements.add(requirement(r, facts));
        for (var p : plan.policies) a.policies.put(p.rule(), p.when().eval(facts));
        for (var e : plan.exceptions) a.exceptions.put(e.rule(), e.when().eval(facts));
        for (var adv : plan.advisories) {
            if (adv.when().eval(facts) != Tri.FALSE) a.questions.add(adv.version().question());
        }
        hits(s, a);
        for (Overlay overlay : overlays) {
            if (!overlay.bindsOn(facts.date())) continue;
            Tri t = overlay.test(overlayInput);
            a.overlayResults.put(overlay, t);
            Citation cite = overlay.statusAt(facts.date()).orElseThrow().cite();
            switch (overlay.effect()) {
                case OverlayEffect.RequireLicense req -> a.requirements.add(new Assessment.Requirement(overlay.id(),
                        Assessment.Source.OVERLAY, t, req.policy(), "overlay " + overlay.id(), cite, null));
                case OverlayEffect.SetReviewPolicy set -> {
                    a.policyFloors.put(overlay.id(), set.policy());
                    a.policyFloorTris.put(overlay.id(), t);
                }
                case OverlayEffect.HoldForReview hold -> {
                    if (t != Tri.FALSE) {
                        a.holds.add(overlay.id());
                        if (t == Tri.TRUE) a.questions.add("Held for review by overlay " + overlay.id() + ": " + overlay.text());
                    }
                }
            }
        }
        return a;
    }

    private static Assessment.Requirement requirement(DeterminationPlan.Bound<DeterminationRule.Requirement> b,
                                                      ShipmentFacts facts) {
        DeterminationRule.Requirement r = b.rule();
        Assessment.Source source = switch (r.kind()) {
            case RS_LICENSE -> Assessment.Source.RS_LICENSE;
            case HEADQUARTERS -> Assessment.Source.HEADQUARTERS;
            case EMBARGO -> Assessment.Source.EMBARGO;
            case END_USE -> Assessment.Source.END_USE;
        };
        return new Assessment.Requirement(r.id(), source, b.when().eval(facts), b.version().policy(),
                r.reason(), b.status().cite(), b.version().when());
    }

    /** Each hit that counts, by what the pack says its list does ({@link RestrictedList}). */
    private void hits(Shipment s, Assessment a) {
        for (PartyRole role : PartyRole.values()) {
            for (PartyHit h : s.hits(role)) {
                if (h.isNoMatch()) continue;
                if (h.isOwnership()) {
                    OwnershipHits.assess(rules, role, h, a);
                    continue;
                }
                String id = "hit:" + h.list() + ":" + h.entityId();
                RestrictedList list = rules.restrictedList(h.list());
                String on = " on the " + role.label();
                switch (effect(h, list)) {
                    case BLOCKED -> {
                        if (h.isMatch()) {
                            a.prohibitions.add(id);
                        } else {
                            a.holds.add(id);
                            a.questions.add("Adjudicate " + h.label() + on + ": the shipment is held until then");
                        }
                    }
                    case ENTRY -> {
                        askToAdjudicate(h, on, a);
                        ReviewPolicy policy = ReviewPolicy.fromText(h.licensePolicy());
                        a.requirements.add(new Assessment.Requirement(id, Assessment.Source.LISTED_PARTY,
                                entityListRequires(h), policy, list.name() + " (" + list.cite().text() + ")",
                                cite(h, list), null));
                        if (policy == null) {
                            a.questions.add("Read the review policy of " + h.label() + ": \"" + h.licensePolicy() + "\"");
                        }
                    }
                    case LICENSE -> {
                        askToAdjudicate(h, on, a);
                        a.requirements.add(new Assessment.Requirement(id, Assessment.Source.LISTED_PARTY, Tri.TRUE,
                                list.policy(), list.name() + " (" + list.cite().text() + ")", cite(h, list), null));
                    }
                    case REVIEW -> a.questions.add("Review the " + h.list() + " hit " + h.label() + on
                            + ": what the listing requires is not encoded");
                }
            }
        }
    }

    /** A hit is blocked when its list blocks, or when the screening that found it says so. */
    static RestrictedList.Effect effect(PartyHit h, RestrictedList list) {
        return h.blocked() ? RestrictedList.Effect.BLOCKED : list.effect();
    }

    /** The list's citation with the entry's Federal Register documents. */
    static Citation cite(PartyHit h, RestrictedList list) {
        return new Citation(list.cite().cfr(), h.frCitation() != null ? h.frCitation() : list.cite().fr(), list.cite().href());
    }

    private static void askToAdjudicate(PartyHit h, String on, Assessment a) {
        if (h.adjudicated() == null) {
            a.questions.add("Adjudicate " + h.label() + on + ": until then it is treated as the listed party");
        }
    }

    /** "For all items subject to the EAR" covers any item; any other wording needs a person to read it. */
    static Tri entityListRequires(PartyHit h) {
        String req = h.licenseRequirement();
        if (req == null || req.toLowerCase(java.util.Locale.ROOT).contains("all items subject to the ear")) return Tri.TRUE;
        return Tri.UNKNOWN;
    }

    private record Unknowns(Set<String> missing, List<String> questions) {
    }

    private static final Unknowns NOTHING_UNKNOWN = new Unknowns(Set.of(), List.of());

    /** Whether no part of the answer is undetermined, so there is nothing to name as missing. */
    private static boolean nothingUnknown(Outcome o, List<Overlay> overlays) {
        return o.licenseRequired() != Tri.UNKNOWN && o.possible().isEmpty() && !o.policyUncertain() && overlays.isEmpty();
    }

    /**
     * What is missing for the parts of the answer that are undetermined, found by explaining only those: the license
     * requirements (when they decide whether a license is needed), the exceptions that may apply, the review policies
     * (when they leave it open), the overlays that could not be evaluated.
     */
    private Unknowns unknowns(Assessment a, Outcome o, DeterminationPlan plan, List<Overlay> overlays,
                              OverlayInput overlayInput) {
        if (nothingUnknown(o, overlays)) return NOTHING_UNKNOWN;
        Set<String> missing = new LinkedHashSet<>();
        List<String> questions = new ArrayList<>();
        ShipmentFacts f = a.facts;
        if (o.licenseRequired() == Tri.UNKNOWN) {
            for (Assessment.Requirement r : a.requirements) {
                if (r.tri() == Tri.UNKNOWN && r.when() != null) missing.addAll(missingOf(r.when(), f));
            }
        }
        for (var e : plan.exceptions) {
            if (!o.possible().contains(e.rule())) continue;
            Set<String> m = missingOf(e.version().when(), f);
            missing.addAll(m);
            questions.add("License Exception " + e.rule().code() + " depends on: " + String.join(", ", m));
        }
        if (o.policyUncertain()) {
            for (var p : plan.policies) {
                if (a.policies.get(p.rule()) == Tri.UNKNOWN) missing.addAll(missingOf(p.version().when(), f));
            }
        }
        for (Overlay overlay : overlays) {
            if (a.overlayResults.get(overlay) != Tri.UNKNOWN) continue;
            missing.add("overlay:" + overlay.id());
            questions.add("Overlay " + overlay.id() + " needs: " + overlay.lastProblem(overlayInput));
        }
        if (o.verdict() == LicenseVerdict.INDETERMINATE && !missing.isEmpty()) {
            questions.add("The answer needs: " + String.join(", ", missing));
        }
        return new Unknowns(missing, questions);
    }

    private static Set<String> missingOf(ShipmentCondition when, ShipmentFacts f) {
        Set<String> out = new LinkedHashSet<>();
        when.missing(f, out);
        return out;
    }

    private static final List<EndUse> CONTROLLED = List.copyOf(EnumSet.complementOf(EnumSet.of(EndUse.NONE)));
    private static final java.util.Map<EndUse, Set<EndUse>> ALONE = new java.util.EnumMap<>(EndUse.class);

    static {
        for (EndUse use : CONTROLLED) ALONE.put(use, Set.of(use));
    }

    /** An end use's question is a function of the plan's results without it ({@code base}) and with it. */
    record EndUseKey(long base, long with, EndUse use) {
    }

    /**
     * For each controlled end use: would declaring it change the answer? With a packed {@code key}, each question is
     * drawn once per combination of results.
     */
    private List<String> endUseQuestions(ShipmentFacts facts, Assessing assessing, Outcome o, DeterminationPlan plan,
                                         long key) {
        List<String> questions = new ArrayList<>(2);
        for (EndUse use : CONTROLLED) {
            ShipmentFacts f = facts.withEndUses(ALONE.get(use));
            if (key < 0) {
                String q = endUseQuestion(assessing.get(), o, plan, use, f);
                if (q != null) questions.add(q);
                continue;
            }
            long with = key;
            boolean any = false;
            for (int i = 0; i < plan.endUse.size(); i++) {
                Tri t = plan.endUse.get(i).when().eval(f);
                any |= t != Tri.FALSE;
                int bit = 2 * plan.endUsePositions[i];
                with = with & ~(3L << bit) | (long) t.ordinal() << bit;
            }
            if (!any) continue;
            EndUseKey k = new EndUseKey(key, with, use);
            String q = plan.endUseQuestions.get(k);
            if (q == null) {
                q = java.util.Objects.requireNonNullElse(endUseQuestion(assessing.get(), o, plan, use, f), "");
                if (plan.endUseQuestions.size() < CACHE_LIMIT) plan.endUseQuestions.putIfAbsent(k, q);
            }
            if (!q.isEmpty()) questions.add(q);
        }
        return questions;
    }

    /** The question for one end use ({@code f}: the facts with it declared), or null when declaring it changes nothing. */
    private static String endUseQuestion(Assessment a, Outcome o, DeterminationPlan plan, EndUse use, ShipmentFacts f) {
        List<Assessment.Requirement> endUse = new ArrayList<>();
        boolean any = false;
        for (var r : plan.endUse) {
            Assessment.Requirement req = requirement(r, f);
            any |= req.tri() != Tri.FALSE;
            endUse.add(req);
        }
        if (!any) return null;
        Outcome with = Outcome.withEndUse(a, endUse);
        if (with.verdict() == o.verdict() && with.policy() == o.policy()) return null;
        List<String> by = endUse.stream().filter(r -> r.tri() != Tri.FALSE).map(Assessment.Requirement::id).toList();
        return "Is the item for " + use.description() + " (--end-use " + use.code() + ")? If so: "
                + with.verdict() + (with.policy() != null ? ", " + with.policy() : "")
                + (by.isEmpty() ? "" : " (" + String.join(", ", by) + ")");
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

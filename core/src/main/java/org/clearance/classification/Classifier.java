package org.clearance.classification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.clearance.decision.Tri;
import org.clearance.law.RulePack;

/**
 * Classifies an item under ECCNs 3A090 and 4A090 (and the .z paragraphs) as the rules stood on a date.
 *
 * <p>Every rule of the pack is compiled once per period between change dates; classifying is then threshold
 * tests on precomputed metrics. {@link #verdict} gives the status alone; {@link #classify} adds the findings.
 */
public final class Classifier {

    private static final int MAX_DEPTH = 16;

    private final RulePack pack;
    private final ClassificationRules rules;
    private final ItemCatalog catalog;
    private final LocalDate[] starts;
    private final Plan[] plans;

    public Classifier(RulePack pack, ItemCatalog catalog) {
        this.pack = Objects.requireNonNull(pack, "pack");
        this.rules = pack.section(ClassificationRules.class);
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        List<LocalDate> dates = new ArrayList<>(pack.changeDates());
        if (dates.isEmpty() || dates.get(0).isAfter(pack.info().coversFrom())) dates.add(0, pack.info().coversFrom());
        this.starts = dates.toArray(LocalDate[]::new);
        this.plans = new Plan[starts.length];
        for (int i = 0; i < starts.length; i++) plans[i] = new Plan(pack, rules, starts[i]);
    }

    public RulePack pack() {
        return pack;
    }

    /** The full answer: status, paragraphs, metrics with their arithmetic, and a finding for every rule. */
    public Classification classify(ItemSpec spec, LocalDate asOf) {
        Evaluation evaluation = evaluate(spec, pack.requireCovered(asOf), 0, Set.of(), true);
        return new ClassificationExplainer(pack, rules).explain(evaluation);
    }

    /** The status and paragraph only, without findings: the hot path for batches and benchmarks. */
    public Result verdict(ItemSpec spec, LocalDate asOf) {
        Evaluation e = evaluate(spec, pack.requireCovered(asOf), 0, Set.of(), false);
        double[] metrics = new double[Metric.values().length];
        for (Metric m : Metric.values()) metrics[m.ordinal()] = e.icMax(m);
        List<AlternativeTpp> alternatives = e.alternatives().isEmpty() ? List.of() : e.alternatives().stream()
                .map(a -> new AlternativeTpp(a.reading().interpretation(), a.facts().value(Metric.TPP))).toList();
        return new Result(e.status(), e.eccn(), e.zParagraph(), metrics, alternatives);
    }

    /**
     * A verdict without explanation. {@code metrics} (indexed by {@link Metric#ordinal()}, NaN when unknown) are the
     * item's own, or for a system the highest among the integrated circuits it contains.
     */
    public record Result(ClassificationStatus status, String eccn, String zParagraph, double[] metrics,
                         List<AlternativeTpp> alternativeTpps) {
        public double metric(Metric m) {
            return metrics[m.ordinal()];
        }

        public double tpp() {
            return metric(Metric.TPP);
        }
    }

    /** TPP under a contested reading that gives a different figure. */
    public record AlternativeTpp(String interpretation, double tpp) {
    }

    /**
     * The exact value of a metric of an item (for a system, the highest among its contained ICs), or null when
     * unknown: for comparisons that land within rounding distance of a threshold.
     */
    public BigDecimal exactMetric(ItemSpec spec, Metric metric) {
        if (!spec.kind().isSystem()) return MetricsCalculator.compute(spec, TppReading.primary()).get(metric);
        if (spec.contains() == null || spec.contains().isEmpty()) return null;
        BigDecimal max = null;
        for (ContainedItem c : spec.contains()) {
            ItemSpec inner = switch (c.item()) {
                case ItemRef.CatalogId id -> catalog.find(id.id()).orElse(null);
                case ItemRef.Inline inline -> inline.spec();
            };
            BigDecimal v = inner == null ? null : exactMetric(inner, metric);
            if (v == null) return null;
            max = max == null ? v : max.max(v);
        }
        return max;
    }

    /** The first day of the period of the pack that contains {@code date} (classifications are constant within it). */
    public LocalDate periodStart(LocalDate date) {
        return planAt(date).from;
    }

    Plan planAt(LocalDate date) {
        return plans[Math.max(0, org.clearance.law.Periods.indexOf(starts, date))];
    }

    Evaluation evaluate(ItemSpec spec, LocalDate asOf, int depth, Set<String> path, boolean explain) {
        Plan plan = planAt(asOf);
        Facts facts = facts(spec, TppReading.primary(), explain);
        if (spec.kind().isSystem()) {
            return evaluateSystem(spec, asOf, plan, facts, depth, path, new ArrayList<>(), explain);
        }
        Verdict primary = icVerdict(plan, spec, facts);
        List<Evaluation.Alternative> alternatives = List.of();
        boolean contested = false;
        for (TppReading reading : rules.readings()) {
            if (!FastMetrics.affects(reading, spec)) continue;
            Facts alt = facts(spec, reading, explain);
            if (sameFigure(alt, facts, explain)) continue;
            Verdict v = icVerdict(plan, spec, alt);
            if (alternatives.isEmpty()) alternatives = new ArrayList<>();
            boolean changes = !v.sameAnswer(primary);
            contested |= changes;
            alternatives.add(new Evaluation.Alternative(reading, alt, v, changes));
        }
        ClassificationStatus status = contested ? ClassificationStatus.INDETERMINATE : primary.status();
        String eccn = contested ? null : primary.eccn();
        return finish(spec, asOf, plan, facts, primary, alternatives, List.of(), status, eccn,
                contested ? null : primary.icEccn(), List.of(), explain ? facts.metrics().tpp() : null);
    }

    private static Facts facts(ItemSpec spec, TppReading reading, boolean explain) {
        return explain ? Facts.exact(spec, reading) : Facts.fast(spec, reading);
    }

    private Evaluation evaluateSystem(ItemSpec spec, LocalDate asOf, Plan plan, Facts facts, int depth,
                                      Set<String> path, List<String> assumptions, boolean explain) {
        if (depth >= MAX_DEPTH) {
            throw new UnknownItemException("systems are nested more than " + MAX_DEPTH + " levels deep");
        }
        List<Evaluation.Contained> contained = new ArrayList<>();
        BigDecimal aggregate = !explain || spec.contains() == null || spec.contains().isEmpty() ? null : BigDecimal.ZERO;
        if (spec.contains() != null) {
            for (int i = 0; i < spec.contains().size(); i++) {
                ContainedItem c = spec.contains().get(i);
                String at = "contains[" + i + "]";
                String ref;
                ItemSpec inner;
                Set<String> innerPath = path;
                switch (c.item()) {
                    case ItemRef.CatalogId id -> {
                        ref = id.id();
                        if (path.contains(ref)) {
                            throw new UnknownItemException(at + ": " + id.id() + " contains itself");
                        }
                        inner = catalog.find(id.id()).orElseThrow(() -> new UnknownItemException(
                                at + ".item: unknown catalog id '" + id.id() + "' (see: clearance catalog list)"));
                        innerPath = new HashSet<>(path);
                        innerPath.add(ref);
                    }
                    case ItemRef.Inline inline -> {
                        inner = inline.spec();
                        ref = inner.id() != null ? inner.id() : at;
                    }
                }
                if (inner.datacenter() == null && spec.datacenter() != null && !inner.kind().isSystem()) {
                    inner = inner.withDatacenter(spec.datacenter());
                    assumptions.add(ref + ": designed or marketed for use in datacenters taken from the system ("
                            + spec.datacenter() + "), as its own specification does not say");
                }
                Evaluation e = evaluate(inner, asOf, depth + 1, innerPath, explain);
                contained.add(new Evaluation.Contained(ref, c.count(), e));
                BigDecimal tpp = e.aggregateTpp();
                aggregate = aggregate == null || tpp == null ? null
                        : aggregate.add(tpp.multiply(BigDecimal.valueOf(c.count())));
            }
        }
        Tri[] systems = new Tri[plan.systems.size()];
        for (int r = 0; r < systems.length; r++) {
            systems[r] = containsTri(spec, contained, plan.systems.get(r).containsEccn());
        }
        Verdict v = Verdict.decide(plan.systemEccns, systems, plan.systemIds, plan.systemContains,
                new Tri[0], new Tri[0], systems);
        return finish(spec, asOf, plan, facts, v, List.of(), Collections.unmodifiableList(contained), v.status(),
                v.eccn(), v.icEccn(), assumptions, aggregate);
    }

    private static Tri containsTri(ItemSpec spec, List<Evaluation.Contained> contained, String containsEccn) {
        if (spec.contains() == null) return Tri.UNKNOWN;
        Tri result = Tri.FALSE;
        for (Evaluation.Contained c : contained) {
            Evaluation e = c.evaluation();
            if (e.status() == ClassificationStatus.CONTROLLED && meets(e.icEccn(), containsEccn)) return Tri.TRUE;
            if (e.status() == ClassificationStatus.INDETERMINATE) result = Tri.UNKNOWN;
        }
        return result;
    }

    static boolean meets(String eccn, String prefix) {
        return eccn != null && (eccn.equals(prefix) || eccn.startsWith(prefix + "."));
    }

    private Evaluation finish(ItemSpec spec, LocalDate asOf, Plan plan, Facts facts, Verdict primary,
                              List<Evaluation.Alternative> alternatives, List<Evaluation.Contained> contained,
                              ClassificationStatus status, String eccn, String icEccn, List<String> assumptions,
                              BigDecimal aggregateTpp) {
        ZParagraphRule zRule = null;
        String zParagraph = null;
        if (spec.baseEccn() != null) {
            for (ZParagraphRule z : rules.zParagraphs()) {
                if (z.covers(spec.baseEccn())) {
                    zRule = z;
                    break;
                }
            }
            if (zRule != null && plan.zParagraphs.contains(zRule) && status == ClassificationStatus.CONTROLLED) {
                zParagraph = zRule.byEccn().get(eccn);
            }
        }
        return new Evaluation(spec, asOf, plan, facts, primary, alternatives, contained, status, eccn,
                icEccn, zRule, zParagraph, assumptions.isEmpty() ? List.of() : List.copyOf(assumptions), aggregateTpp);
    }

    private Verdict icVerdict(Plan plan, ItemSpec spec, Facts facts) {
        Tri[] exclusions = new Tri[plan.exclusions.size()];
        for (int i = 0; i < exclusions.length; i++) exclusions[i] = plan.exclusions.get(i).test().eval(facts);
        Tri[] raw = new Tri[plan.paragraphs.size()];
        Tri[] effective = new Tri[raw.length];
        for (int j = 0; j < raw.length; j++) {
            Plan.Paragraph p = plan.paragraphs.get(j);
            raw[j] = scope(p.rule(), spec);
            if (raw[j] == null) raw[j] = p.test().eval(facts);
            Tri excluded = Tri.FALSE;
            for (int i = 0; i < exclusions.length; i++) {
                if (plan.exclusions.get(i).rule().excludes(p.rule().eccn())) excluded = excluded.or(exclusions[i]);
            }
            effective[j] = raw[j].and(excluded.not());
        }
        return Verdict.decide(plan.paragraphEccns, effective, plan.paragraphIds, plan.paragraphEccns, raw, exclusions,
                new Tri[0]);
    }

    /**
     * Whether a paragraph can describe the item at all: null when its test must be run, FALSE when the item is
     * of another kind, UNKNOWN for an item that gives both throughput and HBM (a co-packaged IC, which the 3A090.c
     * technical note excludes only when its dominant function is processing).
     */
    static Tri scope(ParagraphRule rule, ItemSpec spec) {
        if (spec.kind().isSystem()) return Tri.FALSE;
        return switch (rule.scope()) {
            case LOGIC -> spec.describesLogic() ? null : Tri.FALSE;
            case MEMORY -> spec.hbm() == null ? Tri.FALSE : spec.describesLogic() ? Tri.UNKNOWN : null;
        };
    }

    private static boolean sameFigure(Facts a, Facts b, boolean explain) {
        if (explain) {
            BigDecimal x = a.metrics().tpp();
            BigDecimal y = b.metrics().tpp();
            return x == null || y == null ? x == y : x.compareTo(y) == 0;
        }
        double x = a.value(Metric.TPP);
        double y = b.value(Metric.TPP);
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.isNaN(x) == Double.isNaN(y);
        return Math.abs(x - y) <= Test.NEAR * Math.max(1, Math.abs(y));
    }
}

package org.clearance.classification;

import static org.clearance.decision.Numbers.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.decision.Finding;
import org.clearance.decision.Outcome;
import org.clearance.decision.Tri;
import org.clearance.law.Citation;
import org.clearance.law.Confidence;
import org.clearance.law.DatedValue;
import org.clearance.law.NotEvaluated;
import org.clearance.law.Rule;
import org.clearance.law.RulePack;
import org.clearance.law.RuleStatus;

/** Writes the findings of an {@link Evaluation}: one per rule of the pack, with the numbers in the sentence. */
final class ClassificationExplainer {

    private final RulePack pack;
    private final ClassificationRules rules;

    ClassificationExplainer(RulePack pack, ClassificationRules rules) {
        this.pack = pack;
        this.rules = rules;
    }

    Classification explain(Evaluation e) {
        Context ctx = new Context(e);
        for (ClassificationRule rule : rules.all()) {
            if (rule instanceof ZParagraphRule z && z != e.zRule()) continue;
            DatedValue<RuleStatus> status = rule.statusAt(e.asOf()).orElse(null);
            if (status == null || status.value() == null || !status.value().binds()) {
                ctx.add(notInForce(rule, status, e), Set.of());
                continue;
            }
            switch (rule) {
                case ParagraphRule p -> paragraph(ctx, p, status);
                case ExclusionNote x -> exclusion(ctx, x, status);
                case PointerNote p -> pointer(ctx, p, status);
                case SystemRule s -> system(ctx, s, status);
                case ZParagraphRule z -> zParagraph(ctx, z, status);
            }
        }
        if (e.spec().baseEccn() != null && e.zRule() == null) {
            ctx.warnings.add("No .z mapping is encoded for base ECCN " + e.spec().baseEccn()
                    + "; the .z paragraph, if any, was not determined.");
            ctx.add(new Finding(e.spec().baseEccn() + " .z", Outcome.UNDETERMINED,
                    "no .z paragraph mapping is encoded for base ECCN " + e.spec().baseEccn()
                            + "; the rule pack maps " + mappedBases(), null, Map.of("base_eccn", e.spec().baseEccn()),
                    Confidence.PRIMARY, null), Set.of());
        }
        List<Classification.TppAlternative> alternatives = new ArrayList<>();
        for (Evaluation.Alternative a : e.alternatives()) {
            alternatives.add(new Classification.TppAlternative(a.reading().interpretation(), a.reading().label(),
                    a.facts().metrics().tpp(), a.facts().metrics().get(Metric.PERFORMANCE_DENSITY), a.verdict().status(),
                    a.verdict().eccn(), a.changesAnswer()));
            if (a.changesAnswer()) interpretationFinding(ctx, e, a);
        }
        List<Classification.ContainedResult> contained = new ArrayList<>();
        for (int i = 0; i < e.contained().size(); i++) {
            Evaluation.Contained c = e.contained().get(i);
            Classification inner = explain(c.evaluation());
            contained.add(new Classification.ContainedResult(c.ref(), c.count(), inner));
            if (e.status() == ClassificationStatus.INDETERMINATE) {
                for (String m : inner.missing()) ctx.missing.add("contains[" + i + "]." + m);
            }
        }
        if (pack.at(e.asOf()).pastLastReview()) {
            ctx.warnings.add(0, "The as-of date " + e.asOf() + " is after " + pack.info().lastReviewed()
                    + ", the date up to which rule pack " + pack.info().id()
                    + " was checked against published law: the rules may have changed since.");
        }
        List<String> unconfirmed = ctx.findings.stream()
                .filter(f -> f.confidence().isFlagged() && f.outcome() != Outcome.NOT_IN_FORCE)
                .map(Finding::rule).toList();
        if (!unconfirmed.isEmpty()) {
            ctx.warnings.add("Relies on facts the rule pack marks UNCONFIRMED: " + String.join(", ", unconfirmed)
                    + " (see docs/interpretations.md).");
        }
        List<NotEvaluated> notEvaluated = new ArrayList<>(rules.notEvaluated());
        if (e.spec().baseEccn() == null) {
            notEvaluated.add(new NotEvaluated(".z paragraphs",
                    "no base_eccn given: whether the item is also described in 3A001, 4A003, 4A004, 4A005, 5A002, "
                            + "5A004 or 5A992 (and so in a .z paragraph) was not examined"));
        }
        List<String> missing = e.status() == ClassificationStatus.INDETERMINATE ? List.copyOf(ctx.missing) : List.of();
        List<String> assumptions = new ArrayList<>(e.assumptions());
        return new Classification(e.spec(), e.asOf(), pack.info(), e.status(), e.eccn(), e.primary().paragraphs(),
                e.zParagraph(), missing, e.facts().metrics(), alternatives, List.copyOf(ctx.findings),
                List.copyOf(ctx.citations), notEvaluated, List.copyOf(ctx.warnings), assumptions, contained,
                e.aggregateTpp());
    }

    private String mappedBases() {
        List<String> bases = new ArrayList<>();
        rules.zParagraphs().forEach(z -> bases.addAll(z.bases()));
        return String.join(", ", bases);
    }

    /** Accumulates findings, citations and missing inputs. */
    private static final class Context {
        final Evaluation e;
        final Facts facts;
        final List<Finding> findings = new ArrayList<>();
        final Set<Citation> citations = new LinkedHashSet<>();
        final Set<String> missing = new LinkedHashSet<>();
        final List<String> warnings = new ArrayList<>();

        Context(Evaluation e) {
            this.e = e;
            this.facts = e.facts().withMet(Set.copyOf(e.primary().paragraphs()));
        }

        void add(Finding f, Set<MissingInput> unknown) {
            findings.add(f);
            if (f.citation() != null) citations.add(f.citation());
            if (f.outcome() == Outcome.UNDETERMINED) unknown.forEach(m -> missing.add(m.field()));
        }

        void cite(Explanation ex) {
            ex.parameters.values().forEach(v -> citations.add(v.cite()));
        }
    }

    private static Finding notInForce(Rule rule, DatedValue<RuleStatus> status, Evaluation e) {
        return org.clearance.decision.NotInForce.finding(rule, status, e.asOf(), null);
    }

    private void paragraph(Context ctx, ParagraphRule rule, DatedValue<RuleStatus> status) {
        Evaluation e = ctx.e;
        int j = e.plan().paragraphs.indexOf(find(e.plan(), rule));
        Tri scope = Classifier.scope(rule, e.spec());
        if (scope == Tri.FALSE) {
            ctx.add(finding(rule, status, Outcome.DOES_NOT_APPLY, outOfScope(rule, e.spec()),
                    Map.of("kind", e.spec().kind().code()), Confidence.PRIMARY), Set.of());
            return;
        }
        if (scope == Tri.UNKNOWN) {
            Set<MissingInput> unknown = Set.of(new MissingInput("hbm", "co-packaged HBM and logic"));
            ctx.add(finding(rule, status, Outcome.UNDETERMINED, "the specification gives both throughput and hbm: a "
                    + "co-packaged IC, which the 3A090.c technical note excludes when its dominant function is "
                    + "processing; describe the HBM stack as an item of its own", Map.of(), Confidence.PRIMARY), unknown);
            return;
        }
        Explanation ex = new Explanation();
        String text = e.plan().paragraphs.get(j).test().explain(ctx.facts, ex);
        Tri raw = e.primary().paragraphRaw()[j];
        Tri effective = e.primary().paragraphEffective()[j];
        for (int i = 0; i < e.plan().exclusions.size(); i++) {
            Plan.Exclusion x = e.plan().exclusions.get(i);
            if (!x.rule().excludes(rule.eccn()) || raw == Tri.FALSE) continue;
            Tri excluded = e.primary().exclusions()[i];
            if (excluded == Tri.FALSE) continue;
            String because = x.test().explain(ctx.facts, ex);
            text += excluded == Tri.TRUE ? ", but " + x.rule().id() + " takes the item out: " + because
                    : ", unless " + x.rule().id() + " takes the item out (" + because + ")";
        }
        if (status.note() != null) text += " (" + status.note() + ")";
        ctx.cite(ex);
        ctx.add(finding(rule, status, effective.outcome(), text, ex.inputs, confidence(status, ex)), ex.missing);
    }

    private static Plan.Paragraph find(Plan plan, ParagraphRule rule) {
        for (Plan.Paragraph p : plan.paragraphs) {
            if (p.rule() == rule) return p;
        }
        throw new IllegalStateException("rule " + rule.id() + " binds but is not in the plan");
    }

    private static String outOfScope(ParagraphRule rule, ItemSpec spec) {
        if (spec.kind().isSystem()) {
            return rule.id() + " describes integrated circuits; this item is a " + spec.kind().code().replace('_', ' ')
                    + " (see 4A090)";
        }
        return rule.scope() == ParagraphRule.Scope.MEMORY
                ? rule.id() + " describes high-bandwidth memory; the specification gives no hbm"
                : rule.id() + " describes integrated circuits with processing units; the specification gives no throughput";
    }

    private void exclusion(Context ctx, ExclusionNote rule, DatedValue<RuleStatus> status) {
        Evaluation e = ctx.e;
        if (e.spec().kind().isSystem()) {
            ctx.add(finding(rule, status, Outcome.DOES_NOT_APPLY, "applies to integrated circuits; the ICs this "
                    + "system contains are classified with it (see contains)", Map.of(), Confidence.PRIMARY), Set.of());
            return;
        }
        int i = indexOf(e.plan().exclusions, rule);
        Explanation ex = new Explanation();
        String because = e.plan().exclusions.get(i).test().explain(ctx.facts, ex);
        Tri tri = e.primary().exclusions()[i];
        String detail = switch (tri) {
            case TRUE -> "takes the item out of " + String.join(" and ", rule.excludes()) + ": " + because;
            case FALSE -> "does not take the item out of " + String.join(" and ", rule.excludes()) + ": " + because;
            case UNKNOWN -> "may take the item out of " + String.join(" and ", rule.excludes()) + ": " + because;
        };
        ctx.cite(ex);
        // the note only matters for the answer when a paragraph it covers would otherwise apply
        Set<MissingInput> unknown = tri == Tri.UNKNOWN && e.status() == ClassificationStatus.INDETERMINATE ? ex.missing : Set.of();
        ctx.add(finding(rule, status, tri.outcome(), detail, ex.inputs, confidence(status, ex)), unknown);
    }

    private static int indexOf(List<Plan.Exclusion> exclusions, ExclusionNote rule) {
        for (int i = 0; i < exclusions.size(); i++) {
            if (exclusions.get(i).rule() == rule) return i;
        }
        throw new IllegalStateException("note " + rule.id() + " binds but is not in the plan");
    }

    private void pointer(Context ctx, PointerNote rule, DatedValue<RuleStatus> status) {
        Plan.Pointer p = ctx.e.plan().pointers.stream().filter(x -> x.rule() == rule).findFirst().orElseThrow();
        Explanation ex = new Explanation();
        String because = p.test().explain(ctx.facts, ex);
        Tri tri = p.test().eval(ctx.facts);
        String detail = tri == Tri.TRUE && status.note() != null ? status.note() + " (" + because + ")" : because;
        ctx.cite(ex);
        Outcome outcome = tri == Tri.UNKNOWN ? Outcome.DOES_NOT_APPLY : tri.outcome();
        ctx.add(finding(rule, status, outcome, detail, ex.inputs, confidence(status, ex)), Set.of());
    }

    private void system(Context ctx, SystemRule rule, DatedValue<RuleStatus> status) {
        Evaluation e = ctx.e;
        if (!e.spec().kind().isSystem()) {
            ctx.add(finding(rule, status, Outcome.DOES_NOT_APPLY, rule.id() + " covers computers, electronic "
                    + "assemblies and components containing such ICs; this item is an integrated circuit", Map.of(),
                    Confidence.PRIMARY), Set.of());
            return;
        }
        int r = e.plan().systems.indexOf(rule);
        Tri tri = e.primary().systems()[r];
        Set<MissingInput> unknown = new LinkedHashSet<>();
        Map<String, Object> inputs = new LinkedHashMap<>();
        String detail;
        if (e.spec().contains() == null) {
            unknown.add(new MissingInput("contains", "the system does not list the items it contains"));
            detail = "the specification does not list what the " + e.spec().kind().code().replace('_', ' ')
                    + " contains";
        } else {
            List<String> parts = new ArrayList<>();
            for (Evaluation.Contained c : e.contained()) {
                Evaluation inner = c.evaluation();
                String what = inner.status() == ClassificationStatus.CONTROLLED ? inner.eccn()
                        : inner.status().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
                parts.add(c.count() + " × " + c.ref() + " (" + what + ")");
                inputs.put(c.ref(), inner.eccn() != null ? inner.eccn() : inner.status().name());
            }
            String list = parts.isEmpty() ? "nothing" : String.join(", ", parts);
            detail = switch (tri) {
                case TRUE -> "contains an IC that meets " + rule.containsEccn() + ": " + list;
                case FALSE -> "contains no IC that meets " + rule.containsEccn() + ": " + list;
                case UNKNOWN -> "whether a contained IC meets " + rule.containsEccn() + " is undetermined: " + list;
            };
        }
        ctx.add(finding(rule, status, tri.outcome(), detail, inputs, status.confidence()), unknown);
    }

    private void zParagraph(Context ctx, ZParagraphRule rule, DatedValue<RuleStatus> status) {
        Evaluation e = ctx.e;
        Map<String, Object> inputs = Map.of("base_eccn", e.spec().baseEccn());
        Outcome outcome;
        String detail;
        if (e.zParagraph() != null) {
            outcome = Outcome.APPLIES;
            detail = "a commodity described in " + e.spec().baseEccn() + " that meets " + e.eccn()
                    + " is controlled under " + e.zParagraph();
        } else if (e.status() == ClassificationStatus.INDETERMINATE) {
            outcome = Outcome.UNDETERMINED;
            detail = "whether the item meets 3A090/4A090 is undetermined, so its .z paragraph is too";
        } else {
            outcome = Outcome.DOES_NOT_APPLY;
            detail = "the item meets no 3A090 or 4A090 paragraph that " + rule.id() + " maps";
        }
        ctx.add(finding(rule, status, outcome, detail, inputs, status.confidence()), Set.of());
    }

    private void interpretationFinding(Context ctx, Evaluation e, Evaluation.Alternative a) {
        String id = a.reading().interpretation();
        String doc = pack.interpretation(id).map(i -> i.doc()).orElse(null);
        String detail = "the answer depends on a contested reading: under the primary reading TPP "
                + fmt(e.facts().metrics().tpp()) + " gives " + answer(e.primary()) + "; with " + a.reading().label()
                + " TPP " + fmt(a.facts().metrics().tpp()) + " gives " + answer(a.verdict());
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("tpp_primary", e.facts().metrics().tpp());
        inputs.put("tpp_alternative", a.facts().metrics().tpp());
        ctx.add(new Finding("interpretation:" + id, Outcome.UNDETERMINED, detail, null, inputs, Confidence.PRIMARY, doc),
                Set.of(new MissingInput("interpretation:" + id, detail)));
    }

    private static String answer(Verdict v) {
        return v.status() == ClassificationStatus.CONTROLLED ? v.eccn() : v.status().name();
    }

    private static String fmt(BigDecimal v) {
        return v == null ? "unknown" : format(v);
    }

    private static Finding finding(Rule rule, DatedValue<RuleStatus> status, Outcome outcome, String detail,
                                   Map<String, Object> inputs, Confidence confidence) {
        String interpretation = status.interpretation() != null ? status.interpretation()
                : rule.interpretations().isEmpty() ? null : rule.interpretations().get(0);
        return new Finding(rule.id(), outcome, detail, status.cite(), inputs, confidence, interpretation);
    }

    private static Confidence confidence(DatedValue<RuleStatus> status, Explanation ex) {
        Confidence worst = status.confidence();
        for (DatedValue<BigDecimal> v : ex.parameters.values()) {
            if (v.confidence().ordinal() > worst.ordinal()) worst = v.confidence();
        }
        return worst;
    }
}

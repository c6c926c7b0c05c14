package org.clearance.analysis.design;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearance.classification.Classification;
import org.clearance.classification.ContainedItem;
import org.clearance.classification.ItemRef;
import org.clearance.classification.ItemSpec;
import org.clearance.classification.Metric;
import org.clearance.classification.Provenance;
import org.clearance.decision.Finding;
import org.clearance.decision.Outcome;
import org.clearance.determination.Determination;
import org.clearance.determination.PolicyCondition;
import org.clearance.law.NotEvaluated;

/** Turns the envelope found (or its absence) into a {@link Design}: verified, explained, with its checks. */
final class DesignAssembly {

    private final String item;
    private final ItemSpec original;
    private final ItemSpec base;
    private final Goal goal;
    private final LocalDate asOf;
    private final List<Knob> used;
    private final List<Knob> continuous;
    private final Variants variants;
    private final Probe probe;
    private final ItemFigures baseFigures;
    private final List<String> notes;
    private final String objective;

    DesignAssembly(String item, ItemSpec original, ItemSpec base, Goal goal, LocalDate asOf, List<Knob> used,
                   List<Knob> continuous, Variants variants, Probe probe, ItemFigures baseFigures, List<String> notes,
                   String objective) {
        this.item = item;
        this.original = original;
        this.base = base;
        this.goal = goal;
        this.asOf = asOf;
        this.used = used;
        this.continuous = continuous;
        this.variants = variants;
        this.probe = probe;
        this.baseFigures = baseFigures;
        this.notes = notes;
        this.objective = objective;
    }

    Design assemble(double[] best, boolean flip, double[] max, boolean flipAllowed) {
        Classification baseC = probe.classify(base);
        if (best == null) return unreachable(baseC, max, flipAllowed);
        ItemSpec variant = named(variants.apply(base, best, flip), true);
        Classification c = probe.classify(variant);
        Determination d = probe.decide(variant);
        boolean verified = probe.reached(c, d);
        if (!verified) {
            notes.add("the envelope found by the fast path did not reach the outcome when explained in full: not"
                    + " reported as reachable");
        }
        ItemFigures vf = ItemFigures.of(variant, variants);
        List<Design.Change> changes = new ArrayList<>();
        Map<String, Design.Binding> binding = new LinkedHashMap<>();
        for (int i = 0; i < continuous.size(); i++) {
            Knob k = continuous.get(i);
            Design.LessChange less = null;
            if (best[i] > 0) {
                double[] l = EnvelopeSearch.lessChangeOf(best, i);
                ItemSpec ls = variants.apply(base, l, flip);
                less = lessChange(k, ls, c, d, binding);
            }
            changes.add(change(k, baseC, c, vf, less));
        }
        if (flip) {
            ItemSpec ls = variants.apply(base, best, false);
            Design.LessChange less = lessChange(new Knob(Knob.Kind.DATACENTER, null), ls, c, d, binding);
            changes.add(new Design.Change(new Knob(Knob.Kind.DATACENTER, null), "designed or marketed for datacenters",
                    base.datacenter(), false, null, less));
            notes.add("the variant is not designed or marketed for use in datacenters (Note 2 to 3A090): its datasheet"
                    + " and marketing must say so, which no figure shows");
        }
        for (Design.Change ch : changes) {
            if (ch.lessChange() != null && ch.lessChange().reaches()) {
                notes.add("1% less change on " + ch.knob() + " still reaches the outcome: the envelope is not within 1%"
                        + " on that knob");
            }
        }
        if (changes.stream().allMatch(ch -> ch.lessChange() == null)) {
            notes.add("the item reaches the outcome as it stands: nothing to give up");
        }
        return new Design(item, original, goal, asOf, used, verified, variant, changes, kept(baseC, c, vf),
                List.copyOf(binding.values()), c, d, conditions(d), List.of(), notEvaluated(c, d), notes, objective,
                probe.evaluations());
    }

    private Design.LessChange lessChange(Knob k, ItemSpec spec, Classification c, Determination d,
                                         Map<String, Design.Binding> binding) {
        Classification lc = probe.classify(spec);
        Determination ld = probe.decide(spec);
        boolean reaches = probe.reached(lc, ld);
        for (Finding f : Designer.changedFindings(c, d, lc, ld).values()) {
            Design.Binding b = binding.get(f.rule());
            Map<String, String> at = new LinkedHashMap<>(b == null ? Map.of() : b.atLessChange());
            at.putIfAbsent(k.toString(), f.outcome() + ": " + f.detail());
            binding.put(f.rule(), new Design.Binding(f.rule(), b == null ? f.citation() : b.citation(), at));
        }
        Object value = switch (k.kind()) {
            case THROUGHPUT -> lc.icMetric(Metric.TPP);
            case DATACENTER -> spec.datacenter();
            default -> figure(k, ItemFigures.of(spec, variants), lc);
        };
        return new Design.LessChange(value, reaches, answer(lc, ld));
    }

    private Design.Change change(Knob k, Classification baseC, Classification c, ItemFigures vf, Design.LessChange less) {
        Object from = figure(k, baseFigures, baseC);
        Object to = figure(k, vf, c);
        BigDecimal pct = from instanceof BigDecimal f && to instanceof BigDecimal t ? percent(t, f) : null;
        return new Design.Change(k, unit(k), from, to, pct, less);
    }

    private static Object figure(Knob k, ItemFigures f, Classification c) {
        return switch (k.kind()) {
            case THROUGHPUT -> c.icMetric(Metric.TPP);
            case THROUGHPUT_PRECISION -> f.dense(k);
            case DRAM_BANDWIDTH -> f.dram();
            case INTERCONNECT -> f.interconnect();
            case DIE_AREA -> f.dieArea();
            case DATACENTER -> f.datacenter();
        };
    }

    private static String unit(Knob k) {
        return switch (k.kind()) {
            case THROUGHPUT -> "TPP";
            case THROUGHPUT_PRECISION -> "TOPS (dense)";
            case DRAM_BANDWIDTH, INTERCONNECT -> "GB/s";
            case DIE_AREA -> "mm² (logic dies)";
            case DATACENTER -> "designed or marketed for datacenters";
        };
    }

    static BigDecimal percent(BigDecimal value, BigDecimal of) {
        if (value == null || of == null || of.signum() == 0) return null;
        return value.multiply(BigDecimal.valueOf(100)).divide(of, 2, RoundingMode.HALF_EVEN);
    }

    private Map<String, BigDecimal> kept(Classification baseC, Classification c, ItemFigures vf) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        out.put("tpp", percent(c.icMetric(Metric.TPP), baseC.icMetric(Metric.TPP)));
        for (var e : baseFigures.denseByPrecision().entrySet()) {
            out.put(e.getKey(), percent(vf.denseByPrecision().get(e.getKey()), e.getValue()));
        }
        return out;
    }

    private List<Design.Condition> conditions(Determination d) {
        List<Design.Condition> out = new ArrayList<>();
        if (d == null) return out;
        for (PolicyCondition pc : d.policyConditions()) {
            String history = Designer.HISTORY_CONDITIONS.get(pc.id());
            out.add(new Design.Condition(pc.id(), pc.text(), "review policy", history != null, history));
        }
        if (goal instanceof Goal.Exception e) {
            for (Determination.ExceptionOffer offer : d.licenseExceptions()) {
                if (!offer.code().equalsIgnoreCase(e.code())) continue;
                for (String text : offer.conditions()) {
                    out.add(new Design.Condition(null, text, "License Exception " + offer.code(), false, null));
                }
            }
        }
        return out;
    }

    private List<NotEvaluated> notEvaluated(Classification c, Determination d) {
        List<NotEvaluated> out = new ArrayList<>(c.notEvaluated());
        if (d != null) {
            for (NotEvaluated n : d.notEvaluated()) if (!Designer.ids(out).contains(n.id())) out.add(n);
            out.add(new NotEvaluated("parties and end uses", "decided for one unit exported from the United States to"
                    + " an end user located and headquartered in " + goal.country() + ", no controlled end use, no"
                    + " restricted-party hit: other parties need their own check"));
        }
        if (Designer.ids(out).stream().noneMatch(id -> id.contains("Note 1 to 3A090.a"))) out.add(Designer.FOUNDRY_NOTE);
        return out;
    }

    private Design unreachable(Classification baseC, double[] max, boolean flipAllowed) {
        ItemSpec extreme = variants.apply(base, max, flipAllowed);
        Classification c = probe.classify(extreme);
        Determination d = probe.decide(extreme);
        Classification oc = baseC;
        Determination od = probe.decide(base);
        List<Design.Blocker> blockers = blockers(c, d);
        if (blockers.isEmpty()) blockers = blockers(oc, od);
        if (blockers.isEmpty()) {
            blockers = List.of(new Design.Blocker(null, null, "no rule in force on " + asOf + " gives " + goal.text()
                    + " to this item: as it stands the answer is " + answer(oc, od) + ", and with every knob at its"
                    + " limit " + answer(c, d) + " (the knobs only lower figures; a review policy or license"
                    + " exception needs the item to be controlled first)"));
        }
        notes.add("not reachable with " + (used.isEmpty() ? "no usable knob" : "the knobs " + used) + ": at the most"
                + " changed candidate (every knob at its limit) the answer is " + answer(c, d)
                + "; as the item stands it is " + answer(oc, od));
        for (int i = 0; i < continuous.size(); i++) {
            double[] only = new double[max.length];
            only[i] = max[i];
            ItemSpec s = variants.apply(base, only, false);
            Classification kc = probe.classify(s);
            Determination kd = probe.decide(s);
            if (Designer.changedFindings(oc, od, kc, kd).isEmpty()) {
                notes.add("knob " + continuous.get(i) + ": moving it to its limit changes no finding, so no rule in force on " + asOf + " turns on this figure for this"
                        + " item");
            }
        }
        return new Design(item, original, goal, asOf, used, false, null, List.of(), Map.of(), List.of(), c, d,
                List.of(), blockers, notEvaluated(c, d), notes, objective, probe.evaluations());
    }

    private List<Design.Blocker> blockers(Classification c, Determination d) {
        List<Design.Blocker> out = new ArrayList<>();
        if (d != null) {
            for (Determination.AppliedRequirement r : d.requirements()) {
                out.add(new Design.Blocker(r.rule(), r.cite(), r.reason() + (r.policy() != null ? ", " + r.policy() : "")));
            }
            for (Finding f : d.findings()) {
                if (f.outcome() == Outcome.APPLIES && out.stream().noneMatch(b -> b.rule().equals(f.rule()))
                        && d.verdict() == org.clearance.determination.LicenseVerdict.PROHIBITED) {
                    out.add(new Design.Blocker(f.rule(), f.citation(), f.detail()));
                }
            }
            if (!d.missing().isEmpty()) out.add(new Design.Blocker(null, null, "missing: " + String.join(", ", d.missing())));
            return out;
        }
        for (Finding f : c.findings()) {
            if (c.paragraphs().contains(f.rule()) || f.outcome() == Outcome.UNDETERMINED) {
                out.add(new Design.Blocker(f.rule(), f.citation(), f.detail()));
            }
        }
        if (!c.missing().isEmpty()) out.add(new Design.Blocker(null, null, "missing: " + String.join(", ", c.missing())));
        return out;
    }

    static String answer(Classification c, Determination d) {
        String cls = c.status() + (c.eccn() != null ? " " + c.eccn() : "");
        if (d == null) return cls;
        StringBuilder b = new StringBuilder(d.verdict().toString());
        if (d.reviewPolicy() != null) b.append(", ").append(d.reviewPolicy());
        if (!d.licenseExceptions().isEmpty()) {
            b.append(", exceptions ").append(String.join("/", d.licenseExceptions().stream()
                    .map(Determination.ExceptionOffer::code).toList()));
        }
        return b.append(" (item ").append(cls).append(")").toString();
    }

    /** The variant as a specification of its own: a new id and name, no sources, its provenance stated. */
    private ItemSpec named(ItemSpec v, boolean root) {
        List<ContainedItem> contains = null;
        if (v.contains() != null) {
            contains = new ArrayList<>();
            for (ContainedItem ci : v.contains()) {
                ItemSpec inner = variants.resolve(ci.item());
                contains.add(new ContainedItem(new ItemRef.Inline(named(inner, false)), ci.count()));
            }
        }
        String id = v.id() == null ? (root ? "variant" : null) : v.id() + "-variant";
        String name = root ? v.label() + " — variant for " + goal.text() + " as of " + asOf
                : v.name() == null ? null : v.name() + " (variant)";
        Provenance p = new Provenance("clearance design", item, "hypothetical",
                "a hypothetical variant derived by clearance design from " + item + " for the outcome " + goal.text()
                        + " under the rules as of " + asOf + " (knobs: " + used + "); not a real product");
        return new ItemSpec(id, name, v.vendor(), List.of(), v.kind(), v.datacenter(), v.throughput(),
                v.processingUnits(), v.dies(), v.interconnectGbS(), v.dramBandwidthGbS(), v.hbm(), v.baseEccn(),
                contains, root ? p : null);
    }
}

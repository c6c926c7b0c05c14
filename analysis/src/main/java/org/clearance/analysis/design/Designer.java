package org.clearance.analysis.design;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.app.BadInput;
import org.clearance.app.RuleData;
import org.clearance.classification.Classification;
import org.clearance.classification.ItemSpec;
import org.clearance.decision.Finding;
import org.clearance.decision.Outcome;
import org.clearance.determination.Determination;
import org.clearance.determination.Determiner;
import org.clearance.determination.Overlay;
import org.clearance.geography.Country;
import org.clearance.law.NotEvaluated;

/**
 * The compliant-variant designer: what a chip or system must give up to reach an outcome on a date, searched over
 * the rules as data (the pack of that date and the overlays: no threshold is written here), every candidate
 * classified and decided by the real engines, the envelope verified in full and checked against 1% less change.
 */
public final class Designer {

    /** The most a die area may grow: to 100 times the original (a change of 0.99). */
    private static final double MAX_AREA_CHANGE = 0.99;
    /**
     * Conditions of a review policy about the product's past, which a variant designed now cannot meet whatever its
     * figures (the January 2026 case-by-case window: "commercially available in the United States when the rule was
     * published"). Named by their stable condition ids.
     */
    static final Map<String, String> HISTORY_CONDITIONS = Map.of("commercially-available-us",
            "a variant designed now was not commercially available in the United States when the rule was published:"
                    + " no figure can meet this condition, so the case-by-case window does not cover it as a new product");
    static final NotEvaluated FOUNDRY_NOTE = new NotEvaluated("3A090 Note 1 to 3A090.a",
            "the foundry and OSAT presumption (90 FR 5298) concerns who makes and exports the chip, not its figures:"
                    + " the designer does not evaluate it");

    private final RuleData data;
    private final List<Overlay> overlays;

    public Designer(RuleData data, List<Overlay> overlays) {
        this.data = data;
        this.overlays = List.copyOf(overlays);
    }

    /**
     * @param item    a catalog id or a specification file
     * @param knobs   the knobs to turn (empty: throughput, and DRAM bandwidth for a destination outcome)
     * @param dieArea a logic die area for items whose specification gives none (null: as specified)
     */
    public Design design(String item, Goal goal, LocalDate asOf, List<Knob> knobs, BigDecimal dieArea) {
        ItemSpec original = data.item(item);
        return design(item, original, goal, asOf, knobs, dieArea);
    }

    public Design design(String item, ItemSpec original, Goal goal, LocalDate asOf, List<Knob> knobs,
                         BigDecimal dieArea) {
        Determiner determiner = data.determiner();
        Country destination = null;
        if (goal.country() != null) {
            destination = determiner.geography().resolve(goal.country());
            goal = goal.withCountry(destination.code());
        }
        List<String> notes = new ArrayList<>();
        List<Knob> asked = knobs.isEmpty()
                ? goal instanceof Goal.NotControlled ? List.of(Knob.THROUGHPUT) : List.of(Knob.THROUGHPUT, Knob.DRAM_BANDWIDTH)
                : List.copyOf(new LinkedHashSet<>(knobs));
        Variants plain = new Variants(List.of(), this::catalogItem);
        ItemSpec base = original;
        if (dieArea != null) {
            if (dieArea.signum() <= 0) throw new BadInput("--die-area must be positive, got " + dieArea);
            base = plain.withDieArea(original, dieArea);
            notes.add("--die-area " + dieArea.toPlainString() + " mm²: one non-planar logic die of that area taken for"
                    + " the performance density (stated, not published)");
        }
        ItemFigures baseFigures = ItemFigures.of(base, plain);
        if (!baseFigures.hasDieArea()) {
            notes.add("the die area is not published: the performance density is unknown, so the performance-density"
                    + " route (a lower PD at the same TPP) is not available; give --die-area MM2 to use it");
        }
        List<Knob> continuous = new ArrayList<>();
        boolean datacenterKnob = false;
        for (Knob k : asked) {
            if (!k.continuous()) {
                datacenterKnob = true;
                continue;
            }
            String lacking = baseFigures.lacks(k);
            if (lacking != null) {
                notes.add("knob " + k + " not used: " + lacking);
                continue;
            }
            continuous.add(k);
        }
        continuous.sort(java.util.Comparator.comparingInt(Knob::priority));
        List<Knob> used = new ArrayList<>(continuous);
        if (datacenterKnob) used.add(new Knob(Knob.Kind.DATACENTER, null));
        String objective = objective(used);

        Probe probe = new Probe(data.classifier(), determiner, goal, destination, asOf, overlays);
        Variants variants = new Variants(continuous, this::catalogItem);
        double[] max = new double[continuous.size()];
        for (int i = 0; i < max.length; i++) max[i] = continuous.get(i).kind() == Knob.Kind.DIE_AREA ? MAX_AREA_CHANGE : 1;

        double[] best = null;
        boolean bestFlip = false;
        List<Boolean> flips = new ArrayList<>(List.of(false));
        if (datacenterKnob && !Boolean.FALSE.equals(base.datacenter())) flips.add(true);
        for (boolean flip : flips) {
            double[] c = new EnvelopeSearch(probe, variants, base, max, flip).search();
            if (c != null && (best == null || lexLess(c, best))) {
                best = c;
                bestFlip = flip;
            }
        }
        ItemSpec originalVariantBase = base;
        return new DesignAssembly(item, original, originalVariantBase, goal, asOf, used, continuous, variants, probe,
                baseFigures, notes, objective).assemble(best, bestFlip, max, datacenterKnob && flips.size() > 1);
    }

    private ItemSpec catalogItem(String id) {
        return data.catalog().find(id).orElseThrow(() -> new BadInput(
                "unknown catalog id '" + id + "' (see: clearance catalog list)"));
    }

    private static boolean lexLess(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] < b[i] - 1e-12) return true;
            if (a[i] > b[i] + 1e-12) return false;
        }
        return false;
    }

    private static String objective(List<Knob> knobs) {
        if (knobs.size() <= 1) return "the least change of " + (knobs.isEmpty() ? "no knob" : knobs.get(0).toString());
        StringBuilder b = new StringBuilder("maximise, in this order, ");
        List<String> parts = new ArrayList<>();
        for (Knob k : knobs) {
            parts.add(switch (k.kind()) {
                case THROUGHPUT -> "the TPP kept (all throughput figures)";
                case THROUGHPUT_PRECISION -> "the " + k.precision() + " throughput kept";
                case DRAM_BANDWIDTH -> "the DRAM bandwidth kept";
                case INTERCONNECT -> "the interconnect kept";
                case DIE_AREA -> "the least growth of the die area";
                case DATACENTER -> "keeping the datacenter designation";
            });
        }
        return b.append(String.join(", then ", parts)).toString();
    }

    /** Rules whose findings differ between two explained answers (the classification's and the determination's). */
    static Map<String, Finding> changedFindings(Classification a, Determination da, Classification b, Determination db) {
        Map<String, Outcome> before = new LinkedHashMap<>();
        for (Finding f : a.findings()) before.put("c:" + f.rule(), f.outcome());
        if (da != null) for (Finding f : da.findings()) before.put("d:" + f.rule(), f.outcome());
        Map<String, Finding> changed = new LinkedHashMap<>();
        for (Finding f : b.findings()) {
            if (before.get("c:" + f.rule()) != f.outcome()) changed.putIfAbsent(f.rule(), f);
        }
        if (db != null) {
            for (Finding f : db.findings()) {
                if (before.get("d:" + f.rule()) != f.outcome()) changed.putIfAbsent(f.rule(), f);
            }
        }
        return changed;
    }

    static Set<String> ids(List<NotEvaluated> list) {
        Set<String> s = new LinkedHashSet<>();
        list.forEach(n -> s.add(n.id()));
        return s;
    }
}

package org.clearance.analysis.design;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.classification.ContainedItem;
import org.clearance.classification.Die;
import org.clearance.classification.DieRole;
import org.clearance.classification.ItemSpec;
import org.clearance.classification.ProcessingUnit;
import org.clearance.classification.Throughput;

/**
 * The figures of an item that the knobs move, gathered over the integrated circuits it is made of (a system's, each
 * counted as often as it is contained): dense throughput by precision, and the highest DRAM bandwidth, interconnect
 * and logic die area among them.
 */
record ItemFigures(Map<String, BigDecimal> denseByPrecision, List<String> labels, BigDecimal dram,
                   BigDecimal interconnect, BigDecimal dieArea, boolean hasDieArea, Boolean datacenter) {

    static ItemFigures of(ItemSpec spec, Variants resolver) {
        Map<String, BigDecimal> dense = new LinkedHashMap<>();
        Set<String> labels = new LinkedHashSet<>();
        BigDecimal[] maxes = new BigDecimal[3];
        boolean[] area = {true, false};
        walk(spec, 1, resolver, dense, labels, maxes, area);
        return new ItemFigures(dense, List.copyOf(labels), maxes[0], maxes[1], maxes[2], area[0] && area[1],
                spec.datacenter());
    }

    private static void walk(ItemSpec spec, long count, Variants resolver, Map<String, BigDecimal> dense,
                             Set<String> labels, BigDecimal[] maxes, boolean[] area) {
        if (spec.kind().isSystem()) {
            if (spec.contains() != null) {
                for (ContainedItem c : spec.contains()) {
                    walk(resolver.resolve(c.item()), count * c.count(), resolver, dense, labels, maxes, area);
                }
            }
            return;
        }
        List<Throughput> all = new ArrayList<>();
        if (spec.throughput() != null) all.addAll(spec.throughput());
        if (spec.processingUnits() != null) for (ProcessingUnit u : spec.processingUnits()) all.addAll(u.throughput());
        for (Throughput t : all) {
            labels.add(t.precision());
            if (!t.sparse()) dense.merge(t.precision(), t.tops().multiply(BigDecimal.valueOf(count)), BigDecimal::add);
        }
        maxes[0] = max(maxes[0], spec.dramBandwidthGbS());
        maxes[1] = max(maxes[1], spec.interconnectGbS());
        if (spec.describesLogic()) {
            BigDecimal logic = null;
            if (spec.dies() != null) {
                for (Die d : spec.dies()) if (d.role() == DieRole.LOGIC) logic = logic == null ? d.areaMm2() : logic.add(d.areaMm2());
            }
            if (logic == null) area[0] = false;
            else area[1] = true;
            maxes[2] = max(maxes[2], logic);
        }
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.max(b);
    }

    /** Why a knob cannot be turned on this item, or null when it can. */
    String lacks(Knob k) {
        return switch (k.kind()) {
            case THROUGHPUT -> denseByPrecision.isEmpty() ? "the specification gives no dense throughput figure" : null;
            case THROUGHPUT_PRECISION -> labels.stream().anyMatch(k::matches) ? null
                    : "no throughput figure of precision " + k.precision() + " (the specification gives: "
                            + String.join(", ", labels) + ")";
            case DRAM_BANDWIDTH -> dram == null ? "the specification gives no dram_bandwidth_gb_s" : null;
            case INTERCONNECT -> interconnect == null ? "the specification gives no interconnect_gb_s" : null;
            case DIE_AREA -> dieArea == null ? "the die area is not published (give --die-area MM2)" : null;
            case DATACENTER -> null;
        };
    }

    /** The dense throughput of the precisions a knob moves. */
    BigDecimal dense(Knob k) {
        BigDecimal sum = BigDecimal.ZERO;
        for (var e : denseByPrecision.entrySet()) if (k.matches(e.getKey())) sum = sum.add(e.getValue());
        return sum;
    }
}

package org.clearance.classification;

import static org.clearance.decision.Numbers.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes TPP, performance density and memory bandwidth density from a specification, exactly (decimal
 * arithmetic), under a chosen reading of the TPP notes.
 *
 * <p>TPP = 2 × MacTOPS × bit length, aggregated over all processing units (Technical Note 1 to 3A090); where the
 * IC computes at several bit lengths, the highest TPP is evaluated (TN 2); sparse rates do not count (TN 3).
 * PD = TPP ÷ applicable die area, the area of logic dies made on a non-planar process (TN 4).
 */
public final class MetricsCalculator {

    private static final MathContext DIVISION = MathContext.DECIMAL64;

    private MetricsCalculator() {
    }

    public static Metrics compute(ItemSpec spec, TppReading reading) {
        EnumMap<Metric, BigDecimal> exact = new EnumMap<>(Metric.class);
        EnumMap<Metric, String> arithmetic = new EnumMap<>(Metric.class);
        EnumMap<Metric, MissingInput> missing = new EnumMap<>(Metric.class);

        Integer bitLength = null;
        BigDecimal area = null;
        if (spec.describesLogic()) {
            Tpp tpp = tpp(spec, reading);
            if (tpp.value != null) {
                exact.put(Metric.TPP, tpp.value);
                bitLength = tpp.bitLength;
                arithmetic.put(Metric.TPP, tpp.arithmetic);
            } else {
                missing.put(Metric.TPP, tpp.missing);
            }
            Area applicable = applicableArea(spec.dies());
            area = applicable.value;
            performanceDensity(exact, arithmetic, missing, applicable);
        } else {
            missing.put(Metric.TPP, new MissingInput("throughput", "the specification gives no throughput"));
            missing.put(Metric.PERFORMANCE_DENSITY, new MissingInput("throughput", "the specification gives no throughput"));
        }

        putInput(exact, missing, Metric.INTERCONNECT, spec.interconnectGbS(), "interconnect_gb_s");
        putInput(exact, missing, Metric.DRAM_BANDWIDTH, spec.dramBandwidthGbS(), "dram_bandwidth_gb_s");
        memoryBandwidthDensity(spec.hbm(), exact, arithmetic, missing);
        return new Metrics(exact, arithmetic, missing, bitLength, area);
    }

    private record Tpp(BigDecimal value, Integer bitLength, String arithmetic, MissingInput missing) {
    }

    private static Tpp tpp(ItemSpec spec, TppReading reading) {
        List<ProcessingUnit> units = spec.processingUnits() != null
                ? spec.processingUnits()
                : List.of(new ProcessingUnit(null, spec.throughput()));

        // per unit: bit length -> highest dense TOPS at that bit length (FP8 and INT8 share 8 bits: the highest counts)
        List<TreeMap<Integer, BigDecimal>> perUnit = new ArrayList<>();
        int entries = 0;
        int sparse = 0;
        List<String> excluded = new ArrayList<>();
        for (ProcessingUnit unit : units) {
            TreeMap<Integer, BigDecimal> byBits = new TreeMap<>();
            for (Throughput t : unit.throughput()) {
                entries++;
                if (t.sparse()) {
                    sparse++;
                    continue;
                }
                Optional<Integer> bits = reading.bitLengthOf(t);
                if (bits.isEmpty()) {
                    excluded.add(t.precision());
                    continue;
                }
                byBits.merge(bits.get(), t.tops(), BigDecimal::max);
            }
            perUnit.add(byBits);
        }
        if (entries == 0) {
            return new Tpp(null, null, null, new MissingInput("throughput", "no throughput figures are given"));
        }
        if (perUnit.stream().allMatch(TreeMap::isEmpty)) {
            String why = sparse == entries
                    ? "only sparse figures are given; TPP counts dense rates (Technical Note 3 to 3A090)"
                    : "no dense throughput figure counts under this reading";
            return new Tpp(null, null, null, new MissingInput("throughput", why));
        }
        String notes = notes(sparse, excluded);
        return reading.aggregation() == TppReading.Aggregation.PER_BIT_LENGTH_SUM
                ? perBitLengthSum(perUnit, units, notes)
                : perUnitHighestSum(perUnit, units, notes);
    }

    private static String notes(int sparse, List<String> excluded) {
        StringBuilder sb = new StringBuilder();
        if (sparse > 0) sb.append("; ").append(sparse).append(" sparse figure(s) ignored (TN 3)");
        if (!excluded.isEmpty()) sb.append("; not counted under this reading: ").append(String.join(", ", excluded));
        return sb.toString();
    }

    private static Tpp perBitLengthSum(List<TreeMap<Integer, BigDecimal>> perUnit, List<ProcessingUnit> units,
                                       String notes) {
        TreeMap<Integer, BigDecimal> sums = new TreeMap<>();
        TreeMap<Integer, List<String>> terms = new TreeMap<>();
        for (int u = 0; u < perUnit.size(); u++) {
            for (Map.Entry<Integer, BigDecimal> e : perUnit.get(u).entrySet()) {
                BigDecimal product = e.getValue().multiply(BigDecimal.valueOf(e.getKey()));
                sums.merge(e.getKey(), product, BigDecimal::add);
                terms.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(format(e.getValue()) + " × " + e.getKey() + unitName(units, u));
            }
        }
        int best = -1;
        BigDecimal max = null;
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Integer, BigDecimal> e : sums.descendingMap().entrySet()) {
            parts.add(e.getKey() + " bits: " + String.join(" + ", terms.get(e.getKey())) + " = " + format(e.getValue()));
            if (max == null || e.getValue().compareTo(max) > 0) {
                max = e.getValue();
                best = e.getKey();
            }
        }
        String arithmetic = "TPP = highest over bit lengths of Σ dense TOPS × bit length: " + String.join("; ", parts)
                + " → " + format(max) + " (" + best + " bits)" + notes;
        return new Tpp(max, best, arithmetic, null);
    }

    private static Tpp perUnitHighestSum(List<TreeMap<Integer, BigDecimal>> perUnit, List<ProcessingUnit> units,
                                         String notes) {
        BigDecimal total = BigDecimal.ZERO;
        List<String> parts = new ArrayList<>();
        int highestBits = -1;
        BigDecimal highestTerm = null;
        for (int u = 0; u < perUnit.size(); u++) {
            BigDecimal unitMax = null;
            int unitBits = -1;
            for (Map.Entry<Integer, BigDecimal> e : perUnit.get(u).entrySet()) {
                BigDecimal product = e.getValue().multiply(BigDecimal.valueOf(e.getKey()));
                if (unitMax == null || product.compareTo(unitMax) > 0) {
                    unitMax = product;
                    unitBits = e.getKey();
                }
            }
            if (unitMax == null) continue;
            total = total.add(unitMax);
            parts.add(format(unitMax) + " (" + unitBits + " bits" + unitName(units, u) + ")");
            if (highestTerm == null || unitMax.compareTo(highestTerm) > 0) {
                highestTerm = unitMax;
                highestBits = unitBits;
            }
        }
        String arithmetic = "TPP = Σ over units of each unit's highest dense TOPS × bit length: "
                + String.join(" + ", parts) + " = " + format(total) + notes;
        return new Tpp(total, highestBits, arithmetic, null);
    }

    private static String unitName(List<ProcessingUnit> units, int u) {
        String name = units.get(u).name();
        return units.size() > 1 || name != null ? " [" + (name != null ? name : "unit " + (u + 1)) + "]" : "";
    }

    private record Area(BigDecimal value, MissingInput missing, String arithmetic) {
    }

    private static Area applicableArea(List<Die> dies) {
        if (dies == null) {
            return new Area(null, new MissingInput("dies", "die areas are not given"), null);
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < dies.size(); i++) {
            Die d = dies.get(i);
            if (d.role() == DieRole.MEMORY) continue;
            if (d.nonPlanar() == null) {
                return new Area(null, new MissingInput("dies[" + i + "].non_planar",
                        "whether logic die " + (i + 1) + " uses a non-planar transistor architecture is not given"), null);
            }
            if (d.nonPlanar()) {
                sum = sum.add(d.areaMm2());
                terms.add(format(d.areaMm2()));
                any = true;
            }
        }
        if (!any) {
            return new Area(null, new MissingInput("dies",
                    "no logic die is made on a non-planar process: the applicable die area is 0 mm² and PD is undefined"),
                    null);
        }
        return new Area(sum, null, String.join(" + ", terms) + " mm²");
    }

    private static void performanceDensity(EnumMap<Metric, BigDecimal> exact, EnumMap<Metric, String> arithmetic,
                                           EnumMap<Metric, MissingInput> missing, Area area) {
        BigDecimal tpp = exact.get(Metric.TPP);
        if (tpp == null) {
            missing.put(Metric.PERFORMANCE_DENSITY, missing.get(Metric.TPP));
            return;
        }
        if (area.value == null) {
            missing.put(Metric.PERFORMANCE_DENSITY, area.missing);
            return;
        }
        BigDecimal pd = tpp.divide(area.value, DIVISION);
        exact.put(Metric.PERFORMANCE_DENSITY, pd);
        arithmetic.put(Metric.PERFORMANCE_DENSITY, "PD = TPP ÷ applicable die area = " + format(tpp) + " ÷ ("
                + area.arithmetic + ") = " + format(pd));
    }

    private static void memoryBandwidthDensity(Hbm hbm, EnumMap<Metric, BigDecimal> exact,
                                               EnumMap<Metric, String> arithmetic,
                                               EnumMap<Metric, MissingInput> missing) {
        if (hbm == null || hbm.bandwidthGbS() == null || hbm.packageAreaMm2() == null) {
            String field = hbm == null ? "hbm" : hbm.bandwidthGbS() == null ? "hbm.bandwidth_gb_s" : "hbm.package_area_mm2";
            missing.put(Metric.MEMORY_BANDWIDTH_DENSITY, new MissingInput(field, "memory bandwidth or package area not given"));
            return;
        }
        BigDecimal density = hbm.bandwidthGbS().divide(hbm.packageAreaMm2(), DIVISION);
        exact.put(Metric.MEMORY_BANDWIDTH_DENSITY, density);
        arithmetic.put(Metric.MEMORY_BANDWIDTH_DENSITY, "memory bandwidth density = " + format(hbm.bandwidthGbS())
                + " GB/s ÷ " + format(hbm.packageAreaMm2()) + " mm² = " + format(density) + " GB/s/mm²");
    }

    private static void putInput(EnumMap<Metric, BigDecimal> exact, EnumMap<Metric, MissingInput> missing,
                                 Metric metric, BigDecimal value, String field) {
        if (value != null) {
            exact.put(metric, value);
        } else {
            missing.put(metric, new MissingInput(field, field + " is not given"));
        }
    }
}

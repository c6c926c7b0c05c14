package org.clearance.classification;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The metrics of {@link MetricsCalculator} in double precision, without sentences or allocation beyond one array:
 * the hot path of batch classification. A test whose value lies within rounding distance of its threshold asks
 * {@link Facts} for the exact decimal value instead (see {@code Test.Compare}), so answers stay exact.
 */
final class FastMetrics {

    private FastMetrics() {
    }

    /** Metric values indexed by {@link Metric#ordinal()}; NaN where unknown. */
    static double[] compute(ItemSpec spec, TppReading reading) {
        double[] v = new double[Metric.values().length];
        java.util.Arrays.fill(v, Double.NaN);
        if (spec.describesLogic()) {
            double tpp = tpp(spec, reading);
            v[Metric.TPP.ordinal()] = tpp;
            double area = applicableArea(spec.dies());
            if (!Double.isNaN(tpp) && !Double.isNaN(area)) v[Metric.PERFORMANCE_DENSITY.ordinal()] = tpp / area;
        }
        if (spec.interconnectGbS() != null) v[Metric.INTERCONNECT.ordinal()] = spec.interconnectGbS().doubleValue();
        if (spec.dramBandwidthGbS() != null) v[Metric.DRAM_BANDWIDTH.ordinal()] = spec.dramBandwidthGbS().doubleValue();
        Hbm hbm = spec.hbm();
        if (hbm != null && hbm.bandwidthGbS() != null && hbm.packageAreaMm2() != null) {
            v[Metric.MEMORY_BANDWIDTH_DENSITY.ordinal()] = hbm.bandwidthGbS().doubleValue() / hbm.packageAreaMm2().doubleValue();
        }
        return v;
    }

    private static final int MAX_BITS = 128;

    private static double tpp(ItemSpec spec, TppReading reading) {
        List<ProcessingUnit> units = spec.processingUnits();
        if (units == null) return unitSums(spec.throughput(), reading, null, null);
        // per bit length, the sum over units of each unit's highest rate at that bit length
        double[] sums = new double[MAX_BITS + 1];
        boolean[] present = new boolean[MAX_BITS + 1];
        double perUnitTotal = 0;
        boolean any = false;
        for (ProcessingUnit u : units) {
            double unitHighest = unitSums(u.throughput(), reading, sums, present);
            if (!Double.isNaN(unitHighest)) {
                perUnitTotal += unitHighest;
                any = true;
            }
        }
        if (!any) return Double.NaN;
        if (reading.aggregation() == TppReading.Aggregation.PER_UNIT_HIGHEST_SUM) return perUnitTotal;
        double max = Double.NaN;
        for (int b = 1; b <= MAX_BITS; b++) {
            if (present[b] && (Double.isNaN(max) || sums[b] > max)) max = sums[b];
        }
        return max;
    }

    /**
     * The highest dense TOPS × bit length of one unit (NaN when none counts); adds the unit's highest rate per bit
     * length into {@code sums} when given.
     */
    private static double unitSums(List<Throughput> throughput, TppReading reading, double[] sums, boolean[] present) {
        int n = throughput.size();
        int[] bits = new int[n];
        double[] best = new double[n];
        int distinct = 0;
        for (Throughput t : throughput) {
            if (t.sparse()) continue;
            int b;
            if (reading.bitLengths().isEmpty()) {
                b = t.bitLength();
            } else {
                Optional<Integer> override = reading.bitLengths().get(t.precision().toUpperCase(Locale.ROOT));
                if (override == null) b = t.bitLength();
                else if (override.isEmpty()) continue;
                else b = override.get();
            }
            double tops = t.tops().doubleValue();
            int i = 0;
            while (i < distinct && bits[i] != b) i++;
            if (i == distinct) {
                bits[distinct] = b;
                best[distinct++] = tops;
            } else if (tops > best[i]) {
                best[i] = tops;
            }
        }
        double highest = Double.NaN;
        for (int i = 0; i < distinct; i++) {
            double product = best[i] * bits[i];
            if (Double.isNaN(highest) || product > highest) highest = product;
            if (sums != null && bits[i] <= MAX_BITS) {
                sums[bits[i]] += product;
                present[bits[i]] = true;
            }
        }
        return highest;
    }

    private static double applicableArea(List<Die> dies) {
        if (dies == null) return Double.NaN;
        double sum = 0;
        boolean any = false;
        for (Die d : dies) {
            if (d.role() == DieRole.MEMORY) continue;
            if (d.nonPlanar() == null) return Double.NaN;
            if (d.nonPlanar()) {
                sum += d.areaMm2().doubleValue();
                any = true;
            }
        }
        return any ? sum : Double.NaN;
    }

    /** Whether a reading can give a different figure than the primary one for this specification. */
    static boolean affects(TppReading reading, ItemSpec spec) {
        if (reading.aggregation() != TppReading.Aggregation.PER_BIT_LENGTH_SUM) {
            return spec.processingUnits() != null && spec.processingUnits().size() > 1;
        }
        for (String precision : reading.bitLengths().keySet()) {
            if (uses(spec, precision)) return true;
        }
        return false;
    }

    private static boolean uses(ItemSpec spec, String precision) {
        if (spec.throughput() != null) {
            for (Throughput t : spec.throughput()) if (t.precision().equalsIgnoreCase(precision)) return true;
        }
        if (spec.processingUnits() != null) {
            for (ProcessingUnit u : spec.processingUnits()) {
                for (Throughput t : u.throughput()) if (t.precision().equalsIgnoreCase(precision)) return true;
            }
        }
        return false;
    }
}

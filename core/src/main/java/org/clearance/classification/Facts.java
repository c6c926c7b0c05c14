package org.clearance.classification;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What the threshold tests read: the metrics of one reading, the datacenter flag, and the paragraphs met.
 * Fast facts hold doubles and compute the exact decimal metrics only if a test lands within rounding distance of
 * its threshold; explaining facts hold the exact metrics from the start.
 */
final class Facts {

    private final ItemSpec spec;
    private final TppReading reading;
    private final double[] values;
    private Metrics exact;
    private final Boolean datacenter;
    private final Set<String> met;

    private Facts(ItemSpec spec, TppReading reading, double[] values, Metrics exact, Boolean datacenter, Set<String> met) {
        this.spec = spec;
        this.reading = reading;
        this.values = values;
        this.exact = exact;
        this.datacenter = datacenter;
        this.met = met;
    }

    static Facts fast(ItemSpec spec, TppReading reading) {
        return new Facts(spec, reading, FastMetrics.compute(spec, reading), null, spec.datacenter(), Set.of());
    }

    static Facts exact(ItemSpec spec, TppReading reading) {
        Metrics m = MetricsCalculator.compute(spec, reading);
        return new Facts(spec, reading, m.values(), m, spec.datacenter(), Set.of());
    }

    /** The same metrics, with the paragraphs already met (for the notes that point elsewhere). */
    Facts withMet(Set<String> paragraphs) {
        return new Facts(spec, reading, values, exact, datacenter, paragraphs);
    }

    double value(Metric metric) {
        return values[metric.ordinal()];
    }

    BigDecimal exact(Metric metric) {
        return metrics().get(metric);
    }

    /** The exact metrics with their arithmetic, computed on first use. */
    Metrics metrics() {
        if (exact == null) exact = MetricsCalculator.compute(spec, reading);
        return exact;
    }

    Boolean datacenter() {
        return datacenter;
    }

    boolean meets(String prefix) {
        for (String eccn : met) {
            if (eccn.equals(prefix) || eccn.startsWith(prefix + ".")) return true;
        }
        return false;
    }
}

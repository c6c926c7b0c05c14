package org.clearance.classification;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The computed quantities of one item under one TPP reading, each with the arithmetic that produced it, or with
 * the input that is missing. {@link #values()} holds the same numbers as doubles (NaN when unknown) for the
 * threshold tests.
 */
public final class Metrics {

    private final EnumMap<Metric, BigDecimal> exact;
    private final EnumMap<Metric, String> arithmetic;
    private final EnumMap<Metric, MissingInput> missing;
    private final Integer tppBitLength;
    private final BigDecimal applicableDieArea;
    private final double[] values;

    Metrics(EnumMap<Metric, BigDecimal> exact, EnumMap<Metric, String> arithmetic,
            EnumMap<Metric, MissingInput> missing, Integer tppBitLength, BigDecimal applicableDieArea) {
        this.exact = exact;
        this.arithmetic = arithmetic;
        this.missing = missing;
        this.tppBitLength = tppBitLength;
        this.applicableDieArea = applicableDieArea;
        this.values = new double[Metric.values().length];
        for (Metric m : Metric.values()) {
            BigDecimal v = exact.get(m);
            values[m.ordinal()] = v == null ? Double.NaN : v.doubleValue();
        }
    }

    /** The exact value, or null when it could not be computed. */
    public BigDecimal get(Metric metric) {
        return exact.get(metric);
    }

    public double value(Metric metric) {
        return values[metric.ordinal()];
    }

    double[] values() {
        return values;
    }

    public BigDecimal tpp() {
        return exact.get(Metric.TPP);
    }

    /** The bit length whose sum gave the TPP (the highest, TN 2), or null. */
    public Integer tppBitLength() {
        return tppBitLength;
    }

    /** Sum of the areas of logic dies on non-planar processes (TN 4), or null when unknown. */
    public BigDecimal applicableDieArea() {
        return applicableDieArea;
    }

    public Map<Metric, String> arithmetic() {
        return Collections.unmodifiableMap(arithmetic);
    }

    public Map<Metric, MissingInput> missing() {
        return Collections.unmodifiableMap(missing);
    }

    public MissingInput missing(Metric metric) {
        return missing.get(metric);
    }
}

package org.clearance.law;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * TPP in H100-equivalents (H100e): the TPP divided by the TPP of one NVIDIA H100 SXM5, read from the pack parameter
 * {@value #PARAMETER} so that every count in H100e (quotas, the impact model, reports) uses one cited figure
 * (docs/interpretations.md#h100-equivalent).
 */
public final class H100Equivalents {

    /** The pack parameter holding the TPP of one H100. */
    public static final String PARAMETER = "reference/h100_tpp";

    private H100Equivalents() {
    }

    /** {@code tpp} ÷ the H100's TPP on the snapshot's date, to 16 significant digits. */
    public static BigDecimal of(RulePackSnapshot snapshot, BigDecimal tpp) {
        if (tpp.signum() < 0) throw new IllegalArgumentException("a TPP is never negative, got " + tpp);
        return tpp.divide(reference(snapshot).value(), MathContext.DECIMAL64);
    }

    /** The H100's TPP in force on the snapshot's date, with its citation (for an answer that shows its arithmetic). */
    public static DatedValue<BigDecimal> reference(RulePackSnapshot snapshot) {
        DatedValue<BigDecimal> v = snapshot.parameter(PARAMETER).orElseThrow(() -> new IllegalStateException(
                "rule pack " + snapshot.info().id() + " has no parameter " + PARAMETER + " on " + snapshot.date()
                        + " (the TPP of one H100, needed to count H100-equivalents)"));
        if (v.value() == null || v.value().signum() <= 0) {
            throw new IllegalStateException("rule pack " + snapshot.info().id() + ": parameter " + PARAMETER + " on "
                    + snapshot.date() + " is " + v.value() + "; expected a positive TPP");
        }
        return v;
    }
}

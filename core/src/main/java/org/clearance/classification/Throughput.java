package org.clearance.classification;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A peak rate as on the datasheet: {@code tops} is 2 × MacTOPS, in TOPS or TFLOPS (Technical Note 1.b to 3A090).
 * {@code bitLength} is what counts ("the largest bit-length of the inputs to the multiply operation", TN 1.c);
 * {@code precision} is the datasheet's label. Sparse figures never count toward TPP (TN 3).
 */
public record Throughput(String precision, int bitLength, BigDecimal tops, boolean sparse) {

    public Throughput {
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(tops, "tops");
        if (bitLength <= 0) throw new IllegalArgumentException("bit_length must be positive");
        if (tops.signum() < 0) throw new IllegalArgumentException("tops must not be negative");
    }
}

package org.clearance.classification;

import java.math.BigDecimal;

/** A high-bandwidth memory item (3A090.c): packaged bandwidth and the area of the package or stack. */
public record Hbm(BigDecimal bandwidthGbS, BigDecimal packageAreaMm2) {
}

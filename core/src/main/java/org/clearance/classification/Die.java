package org.clearance.classification;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A die in the package. {@code nonPlanar} is null when the specification does not say; the applicable die area
 * (Technical Note 4 to 3A090) then cannot be computed.
 */
public record Die(BigDecimal areaMm2, Boolean nonPlanar, DieRole role) {

    public Die {
        Objects.requireNonNull(areaMm2, "area_mm2");
        Objects.requireNonNull(role, "role");
        if (areaMm2.signum() <= 0) throw new IllegalArgumentException("area_mm2 must be positive");
    }
}

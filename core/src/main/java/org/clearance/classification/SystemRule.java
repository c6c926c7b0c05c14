package org.clearance.classification;

import org.clearance.law.RuleHeader;

/**
 * A 4A090 paragraph: computers, electronic assemblies and components containing an integrated circuit that meets
 * {@code containsEccn} are classified in {@code eccn}.
 */
public record SystemRule(RuleHeader header, String eccn, String containsEccn) implements ClassificationRule {

    /** Rules are identified by the object the pack loaded, not by deep value (their headers hold whole series). */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}

package org.clearance.classification;

import java.util.List;
import java.util.Map;
import org.clearance.law.RuleHeader;

/**
 * A .z paragraph: a commodity described in one of {@code bases} (e.g. 5A992.c) that meets a 3A090/4A090 paragraph
 * is classified in the mapped .z paragraph (e.g. 3A090.a → 5A992.z.1).
 */
public record ZParagraphRule(RuleHeader header, List<String> bases, Map<String, String> byEccn)
        implements ClassificationRule {

    /** Rules are identified by the object the pack loaded, not by deep value (their headers hold whole series). */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    public ZParagraphRule {
        bases = List.copyOf(bases);
        byEccn = Map.copyOf(byEccn);
    }

    /** Whether a base ECCN such as {@code 4A003.b} or {@code 4A003.b.1} is one this rule maps. */
    public boolean covers(String baseEccn) {
        for (String b : bases) {
            if (baseEccn.equalsIgnoreCase(b) || baseEccn.toUpperCase().startsWith(b.toUpperCase() + ".")) return true;
        }
        return false;
    }
}

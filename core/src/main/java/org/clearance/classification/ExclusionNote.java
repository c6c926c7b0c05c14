package org.clearance.classification;

import java.util.List;
import org.clearance.law.RuleHeader;

/**
 * A note that takes items out of paragraphs when its condition holds, e.g. the datacenter note: "3A090.a and
 * 3A090.b do not apply to items that are not designed or marketed for use in datacenters and do not have a TPP of
 * 4800 or more."
 */
public record ExclusionNote(RuleHeader header, List<String> excludes, Condition condition)
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

    public ExclusionNote {
        excludes = List.copyOf(excludes);
    }

    boolean excludes(String eccn) {
        for (String prefix : excludes) {
            if (eccn.equals(prefix) || eccn.startsWith(prefix + ".")) return true;
        }
        return false;
    }
}

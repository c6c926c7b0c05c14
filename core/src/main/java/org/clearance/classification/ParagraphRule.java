package org.clearance.classification;

import java.util.Objects;
import org.clearance.law.RuleHeader;

/**
 * A paragraph of 3A090 that describes integrated circuits (e.g. 3A090.a.1: TPP ≥ 4800). {@code paragraph} is the
 * sub-paragraph reported when it is met (the rule id may differ, as for the 2022 version of 3A090.a);
 * {@code eccn} is the paragraph an item meeting it is classified in (3A090.a for a.1 and a.2).
 */
public record ParagraphRule(RuleHeader header, String paragraph, String eccn, Scope scope, Condition condition)
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

    /** Logic paragraphs test processors (throughput); memory paragraphs test HBM items. */
    public enum Scope {
        LOGIC, MEMORY
    }

    public ParagraphRule {
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(eccn, "eccn");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(condition, "condition");
    }
}

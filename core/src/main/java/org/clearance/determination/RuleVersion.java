package org.clearance.determination;

import java.util.List;

/**
 * What a determination rule says in one period: when it applies, and (for the rules that carry them) the review
 * policy, the conditions to list in the answer, or the question to ask.
 */
public record RuleVersion(ShipmentCondition when, ReviewPolicy policy, List<String> conditions, String question) {

    public RuleVersion {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}

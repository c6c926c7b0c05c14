package org.clearance.determination;

import java.util.List;

/**
 * What a determination rule says in one period: when it applies, and (for the rules that carry them) the review
 * policy and the conditions it attaches to a license (each with its stable id), a license exception's conditions to
 * list in the answer, the question to ask, or the item data a license exception's notification to BIS must carry
 * ({@link #NOTIFICATION_DATA}).
 */
public record RuleVersion(ShipmentCondition when, ReviewPolicy policy, List<String> conditions, String question,
                          List<String> notification, List<PolicyCondition> policyConditions) {

    /** The item data a notification can be said to carry, as the answer fills them in. */
    public static final List<String> NOTIFICATION_DATA = List.of("tpp", "performance_density", "datacenter");

    public RuleVersion {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        notification = notification == null ? List.of() : List.copyOf(notification);
        policyConditions = policyConditions == null ? List.of() : List.copyOf(policyConditions);
    }

    public RuleVersion(ShipmentCondition when, ReviewPolicy policy, List<String> conditions, String question) {
        this(when, policy, conditions, question, List.of(), List.of());
    }
}

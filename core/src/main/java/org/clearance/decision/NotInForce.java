package org.clearance.decision;

import java.time.LocalDate;
import java.util.Map;
import org.clearance.law.DatedValue;
import org.clearance.law.Rule;
import org.clearance.law.RuleStatus;

/** The finding for a rule that does not bind on a date: not yet in force, repealed, stayed or not enforced. */
public final class NotInForce {

    private NotInForce() {
    }

    /**
     * @param status the rule's status on the date, or null when it has not yet taken effect
     * @param asWritten what the rule would do were it in force (appended to the detail), or null
     */
    public static Finding finding(Rule rule, DatedValue<RuleStatus> status, LocalDate date, String asWritten) {
        if (status == null) {
            DatedValue<RuleStatus> next = rule.status().nextAfter(date).orElseThrow();
            return new Finding(rule.id(), Outcome.NOT_IN_FORCE, "not in force until " + next.from(), next.cite(),
                    Map.of(), next.confidence(), null);
        }
        String state = switch (status.value() == null ? RuleStatus.REPEALED : status.value()) {
            case REPEALED -> "no longer in force since ";
            case STAYED -> "stayed since ";
            case NOT_ENFORCED -> "not enforced since ";
            case IN_FORCE -> "in force since ";
        };
        String detail = state + status.from() + (status.note() != null ? ": " + status.note() : "")
                + (asWritten != null ? ". " + asWritten : "");
        return new Finding(rule.id(), Outcome.NOT_IN_FORCE, detail, status.cite(), Map.of(), status.confidence(),
                status.interpretation());
    }
}

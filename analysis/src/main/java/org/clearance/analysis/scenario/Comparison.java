package org.clearance.analysis.scenario;

import java.time.LocalDate;
import java.util.List;
import org.clearance.law.Citation;
import org.clearance.law.PackInfo;

/**
 * What changes between two sets of rules (a baseline and a scenario's reforms, or two dates of one pack): the
 * catalog items whose classification changes, and for which destinations the verdict or review policy of a shipment
 * changes, each with the rules whose findings differ.
 */
public record Comparison(String title, Side before, Side after, int items, List<String> destinations,
                         List<ClassificationChange> classifications, List<VerdictChange> verdicts,
                         List<String> reforms, List<String> assumptions) {

    /** One side: the pack, the date its rules are read on, and the overlays. */
    public record Side(String label, PackInfo pack, LocalDate date, List<String> overlays) {
    }

    /** A rule whose finding differs ({@code before} or {@code after} null when the rule is absent on that side). */
    public record RuleDifference(String rule, String before, String after, Citation citation, String detail) {
    }

    public record ClassificationChange(String item, String before, String after, List<RuleDifference> rules) {
    }

    /** One item whose answer changes the same way, for the same rules, at each of {@code destinations}. */
    public record VerdictChange(String item, List<String> destinations, String before, String after,
                                List<RuleDifference> rules) {
    }
}

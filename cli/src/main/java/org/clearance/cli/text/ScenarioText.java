package org.clearance.cli.text;

import java.util.List;
import org.clearance.analysis.scenario.Comparison;

/** A scenario's answer for a reader at a terminal. */
public final class ScenarioText {

    private ScenarioText() {
    }

    public static String of(Comparison c) {
        StringBuilder sb = new StringBuilder();
        sb.append("Scenario: ").append(c.title()).append('\n');
        sb.append("Before: ").append(c.before().label()).append(" (").append(c.before().pack().id()).append(' ')
                .append(c.before().pack().hash(), 0, 19).append("…)\n");
        sb.append("After:  ").append(c.after().label()).append(" (").append(c.after().pack().id()).append(' ')
                .append(c.after().pack().hash(), 0, 19).append("…)\n");
        for (String r : c.reforms()) sb.append("  reform: ").append(r).append('\n');
        sb.append(c.items()).append(" catalog items, ").append(c.destinations().size()).append(" destinations\n");
        sb.append("Classification changes: ").append(c.classifications().size()).append('\n');
        for (Comparison.ClassificationChange ch : c.classifications()) {
            sb.append("  ").append(ch.item()).append(": ").append(ch.before()).append(" → ").append(ch.after()).append('\n');
            rules(sb, ch.rules());
        }
        sb.append("Verdict changes: ").append(c.verdicts().size()).append('\n');
        for (Comparison.VerdictChange ch : c.verdicts()) {
            sb.append("  ").append(ch.item()).append(" to ").append(String.join(", ", ch.destinations())).append(": ")
                    .append(ch.before()).append(" → ").append(ch.after()).append('\n');
            rules(sb, ch.rules());
        }
        for (String a : c.assumptions()) sb.append("Assumed: ").append(a).append('\n');
        sb.append(c.after().pack().disclaimer()).append('\n');
        return sb.toString();
    }

    private static void rules(StringBuilder sb, List<Comparison.RuleDifference> rules) {
        for (Comparison.RuleDifference r : rules) {
            sb.append("      ").append(r.rule()).append(": ").append(r.before() == null ? "absent" : r.before())
                    .append(" → ").append(r.after() == null ? "absent" : r.after());
            if (r.citation() != null) sb.append(" [").append(r.citation().text()).append(']');
            sb.append('\n');
        }
    }
}

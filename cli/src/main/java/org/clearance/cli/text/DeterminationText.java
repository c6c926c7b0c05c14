package org.clearance.cli.text;

import java.util.List;
import java.util.Locale;
import org.clearance.decision.Finding;
import org.clearance.determination.Determination;
import org.clearance.law.NotEvaluated;

/** A shipment decision for a reader at a terminal. */
public final class DeterminationText {

    private DeterminationText() {
    }

    public static String of(Determination d) {
        return of(d, List.of());
    }

    /** With a section on the restricted-party screening that gave the hits (or why none was done). */
    public static String of(Determination d, List<String> screening) {
        StringBuilder sb = new StringBuilder();
        var p = d.parties();
        sb.append("Shipment of ").append(p.quantity()).append(" × ").append(d.classification().item().label())
                .append(" to ").append(p.destination()).append(" on ").append(d.date())
                .append(" (").append(p.transaction()).append(" from ").append(p.exportFrom()).append(")\n");
        sb.append("Verdict: ").append(d.verdict());
        if (d.licenseRequired() != null) sb.append(" — license required: ").append(d.licenseRequired() ? "yes" : "no");
        sb.append('\n');
        if (d.reviewPolicy() != null) sb.append("Review policy: ").append(d.reviewPolicy()).append('\n');
        sb.append("Item: ").append(d.itemStatus()).append(d.eccn() != null ? " — " + d.eccn() : "")
                .append(d.reasonsForControl().isEmpty() ? "" : " (reasons for control: " + String.join(", ", d.reasonsForControl()) + ")")
                .append('\n');
        for (Determination.AppliedRequirement r : d.requirements()) {
            sb.append("Requires a license: ").append(r.rule()).append(" — ").append(r.reason())
                    .append(r.policy() != null ? ", " + r.policy() : "").append('\n');
        }
        for (Determination.ExceptionOffer e : d.licenseExceptions()) {
            sb.append("License Exception ").append(e.code()).append(" is available, on these conditions:\n");
            e.conditions().forEach(c -> sb.append("  - ").append(c).append('\n'));
            if (e.notification() != null) {
                Determination.Notification n = e.notification();
                sb.append("  Notification data for ").append(n.item()).append(": TPP ")
                        .append(n.tpp() == null ? "not given (from the datasheet)" : org.clearance.decision.Numbers.format(n.tpp()))
                        .append(", performance density ")
                        .append(n.performanceDensity() == null ? "not given (from the datasheet)"
                                : org.clearance.decision.Numbers.format(n.performanceDensity()))
                        .append(", ").append(n.datacenter() == null ? "datacenter or consumer marketing not stated"
                                : n.datacenter() ? "designed or marketed for datacenters" : "not designed or marketed for datacenters")
                        .append(" (").append(n.basis()).append(")\n");
            }
        }
        list(sb, "Conditions of the review policy", d.policyConditions().stream().map(c -> c.id() + ": " + c.text()).toList());
        list(sb, "Open questions", d.openQuestions());
        list(sb, "Missing", d.missing());
        list(sb, "Assumptions", d.assumptions());
        sb.append("Findings:\n");
        for (Finding f : d.findings()) {
            sb.append(String.format(Locale.ROOT, "  %-15s %-32s %s", f.outcome(), f.rule(), f.detail()));
            if (f.citation() != null) sb.append(" [").append(f.citation().text()).append(']');
            if (f.confidence().isFlagged()) sb.append(" [").append(f.confidence()).append(']');
            sb.append('\n');
        }
        list(sb, "Warnings", d.warnings());
        list(sb, "Restricted-party screening", screening);
        if (!d.listVersions().isEmpty()) list(sb, "List versions of the hits", d.listVersions());
        sb.append("Not evaluated:\n");
        for (NotEvaluated n : d.notEvaluated()) sb.append("  ").append(n.id()).append(": ").append(n.reason()).append('\n');
        sb.append("Rule pack ").append(d.pack().id()).append(' ').append(d.pack().hash(), 0, 19)
                .append("… (checked against published law up to ").append(d.pack().lastReviewed()).append(")\n\n")
                .append(d.pack().disclaimer()).append('\n');
        return sb.toString();
    }

    private static void list(StringBuilder sb, String title, List<String> items) {
        if (items.isEmpty()) return;
        sb.append(title).append(":\n");
        items.forEach(i -> sb.append("  - ").append(i).append('\n'));
    }
}

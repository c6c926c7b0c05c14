package org.clearance.cli.text;

import static org.clearance.decision.Numbers.format;

import java.util.Locale;
import org.clearance.classification.Classification;
import org.clearance.classification.ClassificationStatus;
import org.clearance.classification.Metric;
import org.clearance.classification.Metrics;
import org.clearance.decision.Finding;
import org.clearance.law.NotEvaluated;

/** A classification for a reader at a terminal. */
public final class ClassificationText {

    private ClassificationText() {
    }

    public static String of(Classification c) {
        StringBuilder sb = new StringBuilder();
        write(sb, c, "");
        sb.append('\n').append(c.pack().disclaimer()).append('\n');
        return sb.toString();
    }

    private static void write(StringBuilder sb, Classification c, String indent) {
        String id = c.item().id() != null ? " (" + c.item().id() + ")" : "";
        sb.append(indent).append(c.item().label()).append(id).append(" — as of ").append(c.asOf()).append('\n');
        sb.append(indent).append("Status: ").append(c.status());
        if (c.eccn() != null) sb.append(" — ").append(c.eccn());
        if (!c.paragraphs().isEmpty()) sb.append(" (").append(String.join(", ", c.paragraphs())).append(")");
        if (c.zParagraph() != null) sb.append("; .z paragraph ").append(c.zParagraph());
        sb.append('\n');
        if (c.status() == ClassificationStatus.INDETERMINATE && !c.missing().isEmpty()) {
            sb.append(indent).append("Missing: ").append(String.join(", ", c.missing())).append('\n');
        }
        metrics(sb, c, indent);
        sb.append(indent).append("Findings:\n");
        for (Finding f : c.findings()) {
            sb.append(indent).append(String.format(Locale.ROOT, "  %-15s %-26s %s", f.outcome(), f.rule(), f.detail()));
            if (f.citation() != null) sb.append(" [").append(f.citation().text()).append(']');
            if (f.confidence().isFlagged()) sb.append(" [UNCONFIRMED]");
            sb.append('\n');
        }
        for (Classification.ContainedResult r : c.contains()) {
            sb.append(indent).append("Contains ").append(r.count()).append(" × ").append(r.ref()).append(":\n");
            write(sb, r.classification(), indent + "    ");
        }
        if (indent.isEmpty()) {
            list(sb, "Assumptions", c.assumptions());
            list(sb, "Warnings", c.warnings());
            sb.append("Not evaluated:\n");
            for (NotEvaluated n : c.notEvaluated()) sb.append("  ").append(n.id()).append(": ").append(n.reason()).append('\n');
            sb.append("Rule pack ").append(c.pack().id()).append(' ').append(c.pack().hash(), 0, 19)
                    .append("… (checked against published law up to ").append(c.pack().lastReviewed()).append(")\n");
        }
    }

    private static void metrics(StringBuilder sb, Classification c, String indent) {
        Metrics m = c.metrics();
        sb.append(indent).append("Metrics:\n");
        for (Metric metric : new Metric[] {Metric.TPP, Metric.PERFORMANCE_DENSITY, Metric.MEMORY_BANDWIDTH_DENSITY}) {
            String arithmetic = m.arithmetic().get(metric);
            if (arithmetic != null) sb.append(indent).append("  ").append(arithmetic).append('\n');
        }
        if (m.get(Metric.INTERCONNECT) != null) {
            sb.append(indent).append("  interconnect ").append(format(m.get(Metric.INTERCONNECT))).append(" GB/s\n");
        }
        if (m.get(Metric.DRAM_BANDWIDTH) != null) {
            sb.append(indent).append("  DRAM bandwidth ").append(format(m.get(Metric.DRAM_BANDWIDTH))).append(" GB/s\n");
        }
        if (c.item().kind().isSystem() && c.aggregateTpp() != null) {
            sb.append(indent).append("  aggregate TPP of contained ICs ").append(format(c.aggregateTpp())).append('\n');
        }
        for (Classification.TppAlternative a : c.tppAlternatives()) {
            sb.append(indent).append("  alternative reading (").append(a.interpretation()).append("): ")
                    .append(a.reading()).append(" → TPP ").append(a.tpp() == null ? "unknown" : format(a.tpp()))
                    .append(", ").append(a.eccn() != null ? a.eccn() : a.status().name())
                    .append(a.changesAnswer() ? " — changes the answer" : "").append('\n');
        }
    }

    private static void list(StringBuilder sb, String title, java.util.List<String> items) {
        if (items.isEmpty()) return;
        sb.append(title).append(":\n");
        items.forEach(i -> sb.append("  - ").append(i).append('\n'));
    }
}

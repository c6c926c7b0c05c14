package org.clearance.cli.text;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.clearance.analysis.design.Design;
import org.clearance.decision.Numbers;
import org.clearance.law.NotEvaluated;

/** The designer's answer for a reader at a terminal. */
public final class DesignText {

    private DesignText() {
    }

    public static String of(Design d, Path written) {
        StringBuilder sb = new StringBuilder();
        sb.append("Design: ").append(d.original().label());
        if (d.original().id() != null) sb.append(" (").append(d.original().id()).append(")");
        sb.append(" → ").append(d.goal().text()).append(", rules as of ").append(d.asOf()).append('\n');
        sb.append("Knobs: ").append(d.knobs()).append(" — ").append(d.objective()).append('\n');
        sb.append("Reachable: ").append(d.reachable() ? "yes" : "no").append('\n');
        if (!d.changes().isEmpty()) {
            sb.append("Changes (envelope; 1% less change on each knob no longer reaches the outcome):\n");
            for (Design.Change c : d.changes()) {
                sb.append("  ").append(c.knob()).append(": ").append(value(c.original())).append(" → ")
                        .append(value(c.envelope())).append(' ').append(c.unit());
                if (c.percentKept() != null) sb.append(" (").append(c.percentKept().toPlainString()).append("% kept)");
                if (c.lessChange() != null) {
                    sb.append("; 1% less change (").append(value(c.lessChange().value())).append(") ")
                            .append(c.lessChange().reaches() ? "STILL REACHES it" : "does not: " + c.lessChange().answer());
                }
                sb.append('\n');
            }
        }
        if (!d.performanceKept().isEmpty()) {
            sb.append("Performance kept:");
            d.performanceKept().forEach((k, v) -> sb.append(' ').append(k).append(' ')
                    .append(v == null ? "unknown" : v.toPlainString() + "%").append(';'));
            sb.setLength(sb.length() - 1);
            sb.append('\n');
        }
        if (!d.binding().isEmpty()) {
            sb.append("Binding rules (their findings change at 1% less change):\n");
            for (Design.Binding b : d.binding()) {
                sb.append("  ").append(b.rule());
                if (b.citation() != null) sb.append(" [").append(b.citation().text()).append(']');
                sb.append('\n');
                b.atLessChange().forEach((k, v) -> sb.append("      at 1% less ").append(k).append(": ").append(v).append('\n'));
            }
        }
        if (!d.blockedBy().isEmpty()) {
            sb.append("Blocked by:\n");
            for (Design.Blocker b : d.blockedBy()) {
                sb.append("  ").append(b.rule() == null ? "" : b.rule() + ": ").append(b.why());
                if (b.citation() != null) sb.append(" [").append(b.citation().text()).append(']');
                sb.append('\n');
            }
        }
        sb.append("Verification: classified ").append(d.verification().status());
        if (d.verification().eccn() != null) sb.append(' ').append(d.verification().eccn());
        if (d.decision() != null) {
            sb.append("; decided ").append(d.decision().verdict());
            if (d.decision().reviewPolicy() != null) sb.append(", ").append(d.decision().reviewPolicy());
            if (!d.decision().licenseExceptions().isEmpty()) {
                sb.append(", exceptions ").append(String.join("/", d.decision().licenseExceptions().stream()
                        .map(e -> e.code()).toList()));
            }
        }
        sb.append('\n');
        if (!d.conditions().isEmpty()) {
            sb.append("Conditions no figure can give:\n");
            for (Design.Condition c : d.conditions()) {
                sb.append("  - ").append(c.id() != null ? c.id() + ": " : "").append(c.text()).append('\n');
                if (c.newVariantCannotMeet()) sb.append("      NOT MET BY A NEW VARIANT: ").append(c.note()).append('\n');
            }
        }
        if (!d.notes().isEmpty()) {
            sb.append("Notes:\n");
            for (String n : d.notes()) sb.append("  - ").append(n).append('\n');
        }
        sb.append("Not evaluated:\n");
        for (NotEvaluated n : d.notEvaluated()) sb.append("  ").append(n.id()).append(": ").append(n.reason()).append('\n');
        if (written != null) sb.append("Variant written to ").append(written).append(" (classify or check it as it is)\n");
        sb.append(d.evaluations()).append(" candidates evaluated. ").append(d.verification().pack().disclaimer()).append('\n');
        return sb.toString();
    }

    private static String value(Object v) {
        if (v instanceof BigDecimal b) return Numbers.format(b);
        return String.valueOf(v);
    }
}

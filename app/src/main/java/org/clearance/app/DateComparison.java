package org.clearance.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clearance.app.json.Json;
import org.clearance.decision.Finding;
import org.clearance.determination.Determination;

/**
 * One shipment decided as if shipped on two dates, and what changed between the answers: the verdict, whether a
 * license is required, the review policy, and the rules whose outcome differs, finding by finding. This is the
 * question behind every "what did the new rule catch?" review: the same order book under the rules of two days.
 */
public final class DateComparison {

    /** A rule whose finding differs between the two dates (null outcome: the rule was not evaluated on that date). */
    public record Difference(String rule, Finding from, Finding to) {
    }

    /** The two answers for one row and their differences; {@code error} when the row could not be decided. */
    public record Result(String id, int line, Determination from, Determination to, List<Difference> differences,
                         String error) {

        /** Whether the verdict, the license requirement or the review policy changed. */
        public boolean changed() {
            return error == null && (from.verdict() != to.verdict()
                    || !Objects.equals(from.licenseRequired(), to.licenseRequired())
                    || from.reviewPolicy() != to.reviewPolicy());
        }

        /** "VERDICT → VERDICT" for a changed row's summary. */
        public String transition() {
            return from.verdict() + " → " + to.verdict();
        }
    }

    private DateComparison() {
    }

    /**
     * Decides {@code row} on both dates: first without explanations (the fast path every row takes); a row whose
     * answer changed is decided again with every finding, so that the rules that made the difference can be named.
     */
    public static Result compare(BatchRows rows, String[] row, int line, LocalDate from, LocalDate to) {
        String id = rows.id(row);
        BatchRows.Decided a = rows.decide(row, from, false);
        BatchRows.Decided b = rows.decide(row, to, false);
        if (a.error() != null || b.error() != null) {
            String error = a.error() != null ? "on " + from + ": " + a.error() : "on " + to + ": " + b.error();
            return new Result(id, line, a.determination(), b.determination(), List.of(), error);
        }
        Result quick = new Result(id, line, a.determination(), b.determination(), List.of(), null);
        if (!quick.changed()) return quick;
        Determination ea = rows.decide(row, from, true).determination();
        Determination eb = rows.decide(row, to, true).determination();
        return new Result(id, line, ea, eb, differences(ea, eb), null);
    }

    /** The findings whose outcome differs, in the order they appear (first date's order, then the second's new ones). */
    static List<Difference> differences(Determination from, Determination to) {
        Map<String, Finding> before = byRule(from.findings());
        Map<String, Finding> after = byRule(to.findings());
        List<Difference> out = new ArrayList<>();
        for (Map.Entry<String, Finding> e : before.entrySet()) {
            Finding f = after.get(e.getKey());
            if (f == null || f.outcome() != e.getValue().outcome()) out.add(new Difference(e.getValue().rule(), e.getValue(), f));
        }
        for (Map.Entry<String, Finding> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) out.add(new Difference(e.getValue().rule(), null, e.getValue()));
        }
        return out;
    }

    /** Findings keyed by rule id; a rule found more than once (one finding per party) keeps its occurrence number. */
    private static Map<String, Finding> byRule(List<Finding> findings) {
        Map<String, Finding> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Finding f : findings) {
            int n = seen.merge(f.rule(), 1, Integer::sum);
            out.put(n == 1 ? f.rule() : f.rule() + "#" + n, f);
        }
        return out;
    }

    /**
     * A row's record (no line end): {@code id}, {@code line}, {@code from} and {@code to} (each the date, verdict,
     * license_required, review_policy and eccn), and {@code differences} (each rule with its outcome, detail and
     * citation on both dates); or {@code id}, {@code line} and {@code error} for a row that could not be decided.
     */
    public static void write(JsonGenerator g, Result r, LocalDate from, LocalDate to) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeNumberField("line", r.line());
        if (r.error() != null) {
            g.writeStringField("error", r.error());
            g.writeEndObject();
            return;
        }
        side(g, "from", from, r.from());
        side(g, "to", to, r.to());
        g.writeArrayFieldStart("differences");
        for (Difference d : r.differences()) {
            g.writeStartObject();
            g.writeStringField("rule", d.rule());
            finding(g, "from", d.from());
            finding(g, "to", d.to());
            Finding cited = d.to() != null ? d.to() : d.from();
            g.writeFieldName("citation");
            g.writeTree(Json.citation(cited.citation()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void side(JsonGenerator g, String name, LocalDate date, Determination d) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("date", date.toString());
        g.writeStringField("verdict", d.verdict().name());
        if (d.licenseRequired() == null) g.writeNullField("license_required");
        else g.writeBooleanField("license_required", d.licenseRequired());
        g.writeStringField("review_policy", d.reviewPolicy() == null ? null : d.reviewPolicy().name());
        g.writeStringField("eccn", d.eccn());
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, String name, Finding f) throws IOException {
        g.writeObjectFieldStart(name);
        if (f == null) {
            g.writeNullField("outcome");
            g.writeStringField("detail", "not evaluated on this date");
        } else {
            g.writeStringField("outcome", f.outcome().name());
            g.writeStringField("detail", f.detail());
        }
        g.writeEndObject();
    }
}

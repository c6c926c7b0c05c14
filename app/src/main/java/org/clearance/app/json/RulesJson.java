package org.clearance.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
import org.clearance.law.DatedValue;
import org.clearance.law.PackDiff;
import org.clearance.law.Rule;
import org.clearance.law.RulePack;
import org.clearance.law.RuleStatus;

/** The rules of a pack with their status on a date, and what changed between two dates, as JSON. */
public final class RulesJson {

    private RulesJson() {
    }

    /** Every rule: id, title, status on {@code date}, source file. */
    public static ArrayNode list(RulePack pack, LocalDate date) {
        ArrayNode a = Json.array();
        for (Rule r : pack.rules()) {
            ObjectNode o = Json.object();
            o.put("id", r.id());
            o.put("title", r.title());
            o.put("status", status(r, date));
            o.put("source", r.source());
            a.add(o);
        }
        return a;
    }

    /** A rule's status on a date, e.g. "in force since 2023-11-17" or "not in force until 2024-12-02". */
    public static String status(Rule r, LocalDate date) {
        return r.statusAt(date).map(RulesJson::describe).orElse("not in force until " + r.status().firstDate());
    }

    public static String describe(DatedValue<RuleStatus> v) {
        String s = v.value() == null ? "repealed" : v.value().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return s + " since " + v.from();
    }

    public static ObjectNode diff(PackDiff diff, LocalDate from, LocalDate to) {
        ObjectNode o = Json.object();
        o.put("from", from.toString());
        o.put("to", to.toString());
        ArrayNode changes = Json.array();
        for (PackDiff.Change c : diff.changes()) {
            ObjectNode x = Json.object();
            x.put("kind", c.kind().name());
            x.put("id", c.id());
            x.put("date", c.date().toString());
            x.put("before", c.before());
            x.put("after", c.after());
            x.set("citation", Json.citation(c.cite()));
            x.put("confidence", c.confidence().name());
            x.put("note", c.note());
            changes.add(x);
        }
        o.set("changes", changes);
        return o;
    }
}

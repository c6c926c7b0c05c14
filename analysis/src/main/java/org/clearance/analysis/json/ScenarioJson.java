package org.clearance.analysis.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.clearance.analysis.scenario.Comparison;
import org.clearance.app.json.Json;

/** A scenario's answer as JSON ({@code scenario --json}; field by field in docs/analysis.md). */
public final class ScenarioJson {

    private ScenarioJson() {
    }

    public static String text(Comparison c) {
        return Json.write(of(c));
    }

    public static ObjectNode of(Comparison c) {
        ObjectNode o = Json.object();
        o.put("title", c.title());
        o.set("before", side(c.before()));
        o.set("after", side(c.after()));
        o.set("reforms", Json.strings(c.reforms()));
        o.put("items", c.items());
        o.set("destinations", Json.strings(c.destinations()));
        ArrayNode cls = o.putArray("classification_changes");
        for (Comparison.ClassificationChange ch : c.classifications()) {
            ObjectNode n = cls.addObject();
            n.put("item", ch.item());
            n.put("before", ch.before());
            n.put("after", ch.after());
            n.set("rules", rules(ch.rules()));
        }
        ArrayNode ver = o.putArray("verdict_changes");
        for (Comparison.VerdictChange ch : c.verdicts()) {
            ObjectNode n = ver.addObject();
            n.put("item", ch.item());
            n.set("destinations", Json.strings(ch.destinations()));
            n.put("before", ch.before());
            n.put("after", ch.after());
            n.set("rules", rules(ch.rules()));
        }
        o.set("assumptions", Json.strings(c.assumptions()));
        o.put("disclaimer", c.after().pack().disclaimer());
        return o;
    }

    private static ObjectNode side(Comparison.Side s) {
        ObjectNode o = Json.object();
        o.put("label", s.label());
        o.put("date", s.date().toString());
        o.set("rule_pack", Json.rulePack(s.pack()));
        o.set("overlays", Json.strings(s.overlays()));
        return o;
    }

    private static ArrayNode rules(List<Comparison.RuleDifference> rules) {
        ArrayNode a = Json.array();
        for (Comparison.RuleDifference r : rules) {
            ObjectNode n = a.addObject();
            n.put("rule", r.rule());
            n.put("before", r.before());
            n.put("after", r.after());
            n.set("citation", Json.citation(r.citation()));
            n.put("detail", r.detail());
        }
        return a;
    }
}

package org.clearance.analysis.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clearance.analysis.design.Design;
import org.clearance.app.json.ClassificationJson;
import org.clearance.app.json.DeterminationJson;
import org.clearance.app.json.Json;

/** The designer's answer as JSON ({@code design --json}; field by field in docs/analysis.md). */
public final class DesignJson {

    private DesignJson() {
    }

    /** The answer, indented, as {@code design --json} prints it. */
    public static String text(Design d) {
        return Json.write(of(d));
    }

    /** The variant's specification, indented: what {@code design --write-spec} writes (null when not reachable). */
    public static String variantText(Design d) {
        return d.variant() == null ? null : Json.write(SpecJson.of(d.variant())) + "\n";
    }

    public static ObjectNode of(Design d) {
        ObjectNode o = Json.object();
        o.put("item", d.item());
        o.put("outcome", d.goal().text());
        o.put("as_of", d.asOf().toString());
        o.set("knobs", Json.strings(d.knobs().stream().map(Object::toString).toList()));
        o.put("objective", d.objective());
        o.put("reachable", d.reachable());
        o.set("variant", d.variant() == null ? Json.NODES.nullNode() : SpecJson.of(d.variant()));
        ArrayNode changes = o.putArray("changes");
        for (Design.Change c : d.changes()) {
            ObjectNode n = changes.addObject();
            n.put("knob", c.knob().toString());
            n.put("unit", c.unit());
            n.set("original", Json.value(c.original()));
            n.set("envelope", Json.value(c.envelope()));
            n.set("percent_kept", Json.number(c.percentKept()));
            if (c.lessChange() == null) {
                n.putNull("one_percent_less_change");
            } else {
                ObjectNode l = n.putObject("one_percent_less_change");
                l.set("value", Json.value(c.lessChange().value()));
                l.put("reaches", c.lessChange().reaches());
                l.put("answer", c.lessChange().answer());
            }
        }
        ObjectNode kept = o.putObject("performance_kept_percent");
        d.performanceKept().forEach((k, v) -> kept.set(k, Json.number(v)));
        ArrayNode binding = o.putArray("binding");
        for (Design.Binding b : d.binding()) {
            ObjectNode n = binding.addObject();
            n.put("rule", b.rule());
            n.set("citation", Json.citation(b.citation()));
            n.set("knobs", Json.strings(b.atLessChange().keySet()));
            ObjectNode at = n.putObject("at_one_percent_less_change");
            b.atLessChange().forEach(at::put);
        }
        ObjectNode v = o.putObject("verification");
        v.put("reached", d.reachable());
        v.set("classification", ClassificationJson.of(d.verification()));
        v.set("determination", d.decision() == null ? Json.NODES.nullNode() : DeterminationJson.of(d.decision()));
        ArrayNode conditions = o.putArray("conditions");
        for (Design.Condition c : d.conditions()) {
            ObjectNode n = conditions.addObject();
            n.put("id", c.id());
            n.put("text", c.text());
            n.put("from", c.rule());
            n.put("new_variant_cannot_meet", c.newVariantCannotMeet());
            n.put("note", c.note());
        }
        ArrayNode blocked = o.putArray("blocked_by");
        for (Design.Blocker b : d.blockedBy()) {
            ObjectNode n = blocked.addObject();
            n.put("rule", b.rule());
            n.set("citation", Json.citation(b.citation()));
            n.put("why", b.why());
        }
        o.set("not_evaluated", Json.notEvaluated(d.notEvaluated()));
        o.set("notes", Json.strings(d.notes()));
        o.put("evaluations", d.evaluations());
        o.set("rule_pack", Json.rulePack(d.verification().pack()));
        o.put("disclaimer", d.verification().pack().disclaimer());
        return o;
    }
}

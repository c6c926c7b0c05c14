package org.clearance.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clearance.classification.Classification;
import org.clearance.classification.ItemSpec;
import org.clearance.classification.Metric;
import org.clearance.classification.Metrics;
import org.clearance.classification.MissingInput;

/**
 * The decision JSON of a classification: the contract that shipment checks and other tools consume. Field names
 * are stable; see docs/decision-json.md.
 */
public final class ClassificationJson {

    private ClassificationJson() {
    }

    public static ObjectNode of(Classification c) {
        ObjectNode o = Json.object();
        o.put("status", c.status().name());
        o.put("eccn", c.eccn());
        o.set("paragraphs", Json.strings(c.paragraphs()));
        o.put("z_paragraph", c.zParagraph());
        o.set("missing", Json.strings(c.missing()));
        o.set("item", item(c.item()));
        o.put("as_of", c.asOf().toString());
        o.set("metrics", metrics(c));
        o.set("findings", Json.findings(c.findings()));
        o.set("citations", Json.citations(c.citations()));
        o.set("rule_pack", Json.rulePack(c.pack()));
        o.set("not_evaluated", Json.notEvaluated(c.notEvaluated()));
        o.set("warnings", Json.strings(c.warnings()));
        o.set("assumptions", Json.strings(c.assumptions()));
        if (!c.contains().isEmpty()) {
            ArrayNode contains = Json.array();
            for (Classification.ContainedResult r : c.contains()) {
                ObjectNode x = Json.object();
                x.put("ref", r.ref());
                x.put("count", r.count());
                x.set("classification", of(r.classification()));
                contains.add(x);
            }
            o.set("contains", contains);
        }
        o.put("disclaimer", c.pack().disclaimer());
        return o;
    }

    static ObjectNode item(ItemSpec spec) {
        ObjectNode o = Json.object();
        o.put("id", spec.id());
        o.put("name", spec.name());
        o.put("vendor", spec.vendor());
        o.put("kind", spec.kind().code());
        if (spec.datacenter() == null) o.putNull("datacenter");
        else o.put("datacenter", spec.datacenter());
        o.put("base_eccn", spec.baseEccn());
        return o;
    }

    static ObjectNode metrics(Classification c) {
        Metrics m = c.metrics();
        ObjectNode o = Json.object();
        o.set("tpp", Json.number(m.tpp()));
        if (m.tppBitLength() == null) o.putNull("tpp_bit_length");
        else o.put("tpp_bit_length", m.tppBitLength());
        o.set("performance_density", Json.number(m.get(Metric.PERFORMANCE_DENSITY)));
        o.set("applicable_die_area_mm2", Json.number(m.applicableDieArea()));
        o.set("interconnect_gb_s", Json.number(m.get(Metric.INTERCONNECT)));
        o.set("dram_bandwidth_gb_s", Json.number(m.get(Metric.DRAM_BANDWIDTH)));
        o.set("memory_bandwidth_density", Json.number(m.get(Metric.MEMORY_BANDWIDTH_DENSITY)));
        if (c.item().kind().isSystem()) o.set("aggregate_tpp", Json.number(c.aggregateTpp()));
        ArrayNode alternatives = Json.array();
        for (Classification.TppAlternative a : c.tppAlternatives()) {
            ObjectNode x = Json.object();
            x.put("interpretation", a.interpretation());
            x.put("reading", a.reading());
            x.set("tpp", Json.number(a.tpp()));
            x.set("performance_density", Json.number(a.performanceDensity()));
            x.put("status", a.status().name());
            x.put("eccn", a.eccn());
            x.put("changes_answer", a.changesAnswer());
            alternatives.add(x);
        }
        o.set("tpp_alternatives", alternatives);
        ObjectNode arithmetic = Json.object();
        m.arithmetic().forEach((metric, text) -> arithmetic.put(metric.key(), text));
        o.set("arithmetic", arithmetic);
        ObjectNode unknown = Json.object();
        for (var e : m.missing().entrySet()) {
            MissingInput mi = e.getValue();
            ObjectNode x = Json.object();
            x.put("field", mi.field());
            x.put("reason", mi.reason());
            unknown.set(e.getKey().key(), x);
        }
        o.set("not_computed", unknown);
        return o;
    }
}

package org.clearance.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clearance.determination.Determination;

/** The decision JSON of a shipment check (docs/decision-json.md). */
public final class DeterminationJson {

    private DeterminationJson() {
    }

    public static ObjectNode of(Determination d) {
        ObjectNode o = compact(d);
        o.set("requirements", requirements(d));
        o.set("policy_conditions", policyConditions(d));
        o.set("reasons_for_control", Json.strings(d.reasonsForControl()));
        o.set("assumptions", Json.strings(d.assumptions()));
        o.set("missing", Json.strings(d.missing()));
        o.set("parties", parties(d.parties()));
        o.put("date", d.date().toString());
        if (d.classification() != null) o.set("classification", ClassificationJson.of(d.classification()));
        o.set("findings", Json.findings(d.findings()));
        o.set("citations", Json.citations(d.citations()));
        o.set("rule_pack", Json.rulePack(d.pack()));
        o.set("list_versions", Json.strings(d.listVersions()));
        o.set("not_evaluated", Json.notEvaluated(d.notEvaluated()));
        o.set("warnings", Json.strings(d.warnings()));
        o.put("disclaimer", d.pack().disclaimer());
        return o;
    }

    /** The batch line: id, verdict, license_required, review_policy, license_exceptions, eccn, open_questions. */
    public static ObjectNode compact(Determination d) {
        ObjectNode o = Json.object();
        o.put("id", d.shipmentId());
        o.put("verdict", d.verdict().name());
        if (d.licenseRequired() == null) o.putNull("license_required");
        else o.put("license_required", d.licenseRequired());
        o.put("review_policy", d.reviewPolicy() == null ? null : d.reviewPolicy().name());
        o.set("license_exceptions", exceptions(d));
        o.put("eccn", d.eccn());
        o.set("open_questions", Json.strings(d.openQuestions()));
        return o;
    }

    /** The batch line written straight to a generator, without building a tree. */
    public static void writeCompact(com.fasterxml.jackson.core.JsonGenerator g, Determination d) throws java.io.IOException {
        g.writeStartObject();
        g.writeStringField("id", d.shipmentId());
        g.writeStringField("verdict", d.verdict().name());
        g.writeFieldName("license_required");
        if (d.licenseRequired() == null) g.writeNull();
        else g.writeBoolean(d.licenseRequired());
        g.writeStringField("review_policy", d.reviewPolicy() == null ? null : d.reviewPolicy().name());
        g.writeArrayFieldStart("license_exceptions");
        for (Determination.ExceptionOffer e : d.licenseExceptions()) {
            g.writeStartObject();
            g.writeStringField("code", e.code());
            g.writeArrayFieldStart("conditions");
            for (String c : e.conditions()) g.writeString(c);
            g.writeEndArray();
            g.writeObjectFieldStart("citation");
            g.writeStringField("cfr", e.cite().cfr());
            g.writeStringField("fr", e.cite().fr());
            g.writeStringField("href", e.cite().href());
            g.writeEndObject();
            if (e.notification() != null) {
                Determination.Notification n = e.notification();
                g.writeObjectFieldStart("notification");
                g.writeStringField("item", n.item());
                g.writeArrayFieldStart("carries");
                for (String a : n.asked()) g.writeString(a);
                g.writeEndArray();
                g.writeFieldName("tpp");
                if (n.tpp() == null) g.writeNull();
                else g.writeNumber(org.clearance.decision.Numbers.plain(n.tpp()));
                g.writeFieldName("performance_density");
                if (n.performanceDensity() == null) g.writeNull();
                else g.writeNumber(org.clearance.decision.Numbers.plain(n.performanceDensity()));
                g.writeFieldName("datacenter");
                if (n.datacenter() == null) g.writeNull();
                else g.writeBoolean(n.datacenter());
                g.writeStringField("basis", n.basis());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("eccn", d.eccn());
        g.writeArrayFieldStart("open_questions");
        for (String q : d.openQuestions()) g.writeString(q);
        g.writeEndArray();
        g.writeEndObject();
    }

    static ArrayNode exceptions(Determination d) {
        ArrayNode a = Json.array();
        for (Determination.ExceptionOffer e : d.licenseExceptions()) {
            ObjectNode x = Json.object();
            x.put("code", e.code());
            x.set("conditions", Json.strings(e.conditions()));
            x.set("citation", Json.citation(e.cite()));
            if (e.notification() != null) {
                Determination.Notification n = e.notification();
                ObjectNode y = Json.object();
                y.put("item", n.item());
                y.set("carries", Json.strings(n.asked()));
                y.set("tpp", Json.number(n.tpp()));
                y.set("performance_density", Json.number(n.performanceDensity()));
                if (n.datacenter() == null) y.putNull("datacenter");
                else y.put("datacenter", n.datacenter());
                y.put("basis", n.basis());
                x.set("notification", y);
            }
            a.add(x);
        }
        return a;
    }

    /** Each condition of the review policy as {"id", "text"}: licenses and certifications name conditions by id. */
    static ArrayNode policyConditions(Determination d) {
        ArrayNode a = Json.array();
        for (org.clearance.determination.PolicyCondition c : d.policyConditions()) {
            ObjectNode x = Json.object();
            x.put("id", c.id());
            x.put("text", c.text());
            a.add(x);
        }
        return a;
    }

    static ArrayNode requirements(Determination d) {
        ArrayNode a = Json.array();
        for (Determination.AppliedRequirement r : d.requirements()) {
            ObjectNode x = Json.object();
            x.put("rule", r.rule());
            x.put("reason", r.reason());
            x.put("review_policy", r.policy() == null ? null : r.policy().name());
            x.set("citation", Json.citation(r.cite()));
            a.add(x);
        }
        return a;
    }

    static ObjectNode parties(Determination.ResolvedParties p) {
        ObjectNode o = Json.object();
        o.put("destination", p.destination());
        o.put("export_from", p.exportFrom());
        o.put("transaction", p.transaction());
        o.put("quantity", p.quantity());
        ObjectNode endUser = Json.object();
        endUser.put("name", p.endUserName());
        endUser.put("country", p.endUserCountry());
        endUser.put("hq", p.endUserHq());
        endUser.put("ultimate_parent_hq", p.ultimateParentHq());
        o.set("end_user", endUser);
        ObjectNode consignee = Json.object();
        consignee.put("name", p.consigneeName());
        consignee.put("country", p.consigneeCountry());
        o.set("consignee", consignee);
        ObjectNode purchaser = Json.object();
        purchaser.put("name", p.purchaserName());
        o.set("purchaser", purchaser);
        return o;
    }
}

package org.clearance.server.api;

import static org.clearance.server.http.Schemas.any;
import static org.clearance.server.http.Schemas.bool;
import static org.clearance.server.http.Schemas.date;
import static org.clearance.server.http.Schemas.object;
import static org.clearance.server.http.Schemas.str;
import static org.clearance.server.http.Schemas.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.clearance.app.AuditPayloads;
import org.clearance.app.CheckShipment;
import org.clearance.app.Classify;
import org.clearance.app.RuleData;
import org.clearance.app.ShipmentScreening;
import org.clearance.app.json.Json;
import org.clearance.classification.ItemSpec;
import org.clearance.ledger.audit.AuditKinds;
import org.clearance.server.Served;
import org.clearance.server.accounts.Role;
import org.clearance.server.http.Bodies;
import org.clearance.server.http.Caller;
import org.clearance.server.http.Problem;
import org.clearance.server.http.Route;
import org.clearance.shipment.ShipmentFields;
import org.clearance.spec.SpecReader;
import org.clearance.yaml.StrictNode;

/** POST classify and POST check: the bodies of {@code classify --json} and {@code check --json}. */
public final class DecisionRoutes {

    /** The {@code item} a shipment carries when its datasheet came in the request ({@code spec}). */
    private static final String SPEC_ITEM = "(spec)";

    static final Set<String> CHECK_FIELDS = Set.of("item", "spec", "quantity", "destination", "date", "end_user",
            "end_user_id", "end_user_country", "end_user_hq", "ultimate_parent_hq", "consignee", "consignee_id",
            "consignee_country", "purchaser", "purchaser_id", "end_use", "export_from", "overlays", "hits",
            "no_screening", "explain");

    private DecisionRoutes() {
    }

    public static List<Route> routes(Served served) {
        ObjectNode spec = any("A datasheet in the specification format (docs/spec-format.md), as JSON.");
        ObjectNode classifyBody = object("A catalog id or a datasheet, and the date whose rules apply.",
                "item", str("A catalog id (GET /api/v1/catalog)."), "spec", spec,
                "as_of", date("The date whose rules apply (default: today)."));
        ObjectNode checkBody = object("A shipment: the fields of check's options in snake_case.",
                "item", str("A catalog id."), "spec", spec, "quantity", str("Units (default 1)."),
                "destination", str("ISO code or name of the destination country (required)."),
                "date", date("The shipment's date (default: today)."),
                "end_user", str("The end user's name (screened)."), "end_user_id", str("Its party id."),
                "end_user_country", str("Where it is located (default: the destination)."),
                "end_user_hq", str("Where it is headquartered."), "ultimate_parent_hq", str("Its ultimate parent's."),
                "consignee", str("The consignee's name (screened)."), "consignee_id", str("Its party id."),
                "consignee_country", str("Where it is."), "purchaser", str("The purchaser's name (screened)."),
                "purchaser_id", str("Its party id."),
                "end_use", strings("military, supercomputer, advanced_node_ic, ai_training_d5 or none."),
                "export_from", str("Where the item leaves from (default US)."),
                "overlays", strings("Ids of overlays registered on the server."),
                "hits", any("Restricted-list hits per party from another screening system (the hits file format)."),
                "no_screening", bool("Do not screen the named parties."),
                "explain", bool("Accepted for symmetry with the batch: a single check is always explained."));
        return List.of(
                Route.json("GET", "/api/v1/catalog", Role.ANALYST, "The catalog's items",
                        "Every catalog id with vendor, name and kind (catalog list --json).", List.of(), null,
                        Json.object().put("type", "array"),
                        (ctx, c) -> ok(ctx, org.clearance.app.json.CatalogJson.items(served.data().catalog()))),
                Route.json("POST", "/api/v1/classify", Role.ANALYST, "Classify an item",
                        "The body of classify --json (docs/decision-json.md).", List.of(), classifyBody,
                        any("The classification decision JSON."), (ctx, c) -> classify(served, ctx)),
                Route.json("POST", "/api/v1/check", Role.ANALYST, "Check a shipment",
                        "The body of check --json: a decision that ran is a 200 whatever its verdict.", List.of(),
                        checkBody, any("The shipment decision JSON with screening."),
                        (ctx, c) -> check(served, ctx, c)),
                BatchRoutes.checkBatch(served));
    }

    static void ok(Context ctx, JsonNode body) {
        ctx.status(200).contentType("application/json").result(Json.write(body));
    }

    static final Set<String> CLASSIFY_FIELDS = Set.of("item", "spec", "as_of");

    private static void classify(Served served, Context ctx) {
        ok(ctx, classify(served, Bodies.object(ctx, CLASSIFY_FIELDS)));
    }

    /** The classification of a request body already read (the API's JSON, or the workbench's form). */
    public static ObjectNode classify(Served served, ObjectNode b) {
        LocalDate asOf = asOf(b, "as_of");
        ItemSpec item = item(served.data(), b);
        Classify.Classified c = new Classify(served.data()).classify(item, asOf);
        ObjectNode json = c.json();
        served.metrics().decision("classify", json.path("status").asText(null));
        return json;
    }

    static LocalDate asOf(ObjectNode b, String field) {
        return RuleData.date(Bodies.text(b, field), field);
    }

    /** The catalog item named by {@code item}, or the datasheet in {@code spec}: exactly one of them. */
    static ItemSpec item(RuleData data, ObjectNode b) {
        boolean hasSpec = b.hasNonNull("spec");
        String id = Bodies.text(b, "item");
        if (hasSpec == (id != null)) throw Problem.badInput("give either item (a catalog id) or spec (a datasheet)", "item");
        if (!hasSpec) return data.catalogItem(id);
        if (!b.get("spec").isObject()) throw Problem.badInput("spec: expected a datasheet object", "spec");
        return SpecReader.read(StrictNode.root(b.get("spec"), "spec"));
    }

    private static void check(Served served, Context ctx, Caller caller) throws java.io.IOException {
        ok(ctx, check(served, Bodies.object(ctx, CHECK_FIELDS), caller));
    }

    /** The decision on a shipment body already read (the API's JSON, or the workbench's form), audited. */
    public static ObjectNode check(Served served, ObjectNode b, Caller caller) throws java.io.IOException {
        ItemSpec spec = b.hasNonNull("spec") ? item(served.data(), b) : null;
        String item = spec != null ? SPEC_ITEM : Bodies.text(b, "item");
        if (item == null || item.isBlank()) throw Problem.badInput("item (a catalog id) or spec is required", "item");
        if (spec != null && b.hasNonNull("item")) throw Problem.badInput("give either item or spec, not both", "item");
        String destination = Bodies.required(b, "destination");
        List<String> overlays = Bodies.texts(b, "overlays");
        if (overlays != null && !overlays.isEmpty()) {
            throw Problem.badInput("no overlay '" + overlays.get(0) + "' is registered on this server", "overlays");
        }
        boolean noScreening = Bodies.bool(b, "no_screening");
        Bodies.bool(b, "explain");
        if (b.hasNonNull("hits") && noScreening) throw Problem.badInput("hits and no_screening: give one or the other", "hits");
        ShipmentFields fields = new ShipmentFields(null, item, Bodies.text(b, "quantity"), destination,
                Bodies.text(b, "end_user"), Bodies.text(b, "end_user_country"), Bodies.text(b, "end_user_hq"),
                Bodies.text(b, "ultimate_parent_hq"), Bodies.text(b, "consignee"), Bodies.text(b, "consignee_country"),
                Bodies.text(b, "purchaser"), Bodies.texts(b, "end_use"), Bodies.text(b, "export_from"),
                Bodies.text(b, "date"));
        Function<String, ItemSpec> items = ref -> ref.equals(SPEC_ITEM) && spec != null ? spec
                : served.data().catalogItem(ref);
        ShipmentScreening.Ids ids = new ShipmentScreening.Ids(Bodies.text(b, "end_user_id"),
                Bodies.text(b, "consignee_id"), Bodies.text(b, "purchaser_id"));
        Path hits = null;
        if (b.hasNonNull("hits")) {
            hits = Files.createTempFile("clearance-hits-", ".json");
            Files.writeString(hits, Json.compact(b.get("hits")));
        }
        try {
            Path hitsFile = hits;
            ObjectNode json = served.db(s -> {
                CheckShipment.Parties parties = hitsFile != null ? new CheckShipment.Parties.HitsFile(hitsFile)
                        : noScreening ? new CheckShipment.Parties.NotScreened("not performed (no_screening): the "
                        + "parties were not checked against the restricted-party lists")
                        : new CheckShipment.Parties.Service(s, ids);
                CheckShipment.Checked checked = new CheckShipment(served.data(), List.of())
                        .check(fields, items, parties, f -> f);
                ObjectNode payload;
                try {
                    payload = AuditPayloads.check(fields, List.of(), null, checked, served.data().pack().info());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (b.hasNonNull("spec")) payload.with("inputs").set("spec", b.get("spec"));
                if (b.hasNonNull("hits")) payload.with("inputs").set("hits", b.get("hits"));
                Audit.record(s, AuditKinds.CHECK, caller, payload);
                return checked.json();
            });
            served.metrics().decision("check", json.path("verdict").asText(null));
            return json;
        } finally {
            if (hits != null) Files.deleteIfExists(hits);
        }
    }
}

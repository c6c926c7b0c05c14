package org.clearance.server.api;

import static org.clearance.server.http.Schemas.any;
import static org.clearance.server.http.Schemas.bool;
import static org.clearance.server.http.Schemas.num;
import static org.clearance.server.http.Schemas.object;
import static org.clearance.server.http.Schemas.str;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import org.clearance.app.Adjudicate;
import org.clearance.app.AuditPayloads;
import org.clearance.app.Screen;
import org.clearance.app.json.Json;
import org.clearance.app.json.ScreeningJson;
import org.clearance.ledger.audit.AuditKinds;
import org.clearance.ledger.parties.Adjudication;
import org.clearance.ledger.parties.PartyQuery;
import org.clearance.screening.list.EntityType;
import org.clearance.server.Served;
import org.clearance.server.accounts.Role;
import org.clearance.server.http.Bodies;
import org.clearance.server.http.Caller;
import org.clearance.server.http.Problem;
import org.clearance.server.http.Route;

/** POST screen (the body of screen --json), POST screen/batch, GET and POST adjudications. */
public final class ScreeningRoutes {

    private ScreeningRoutes() {
    }

    public static List<Route> routes(Served served) {
        ObjectNode screenBody = object("A party to screen.", "name", str("The name (required)."),
                "country", str("ISO code or name of its country."), "type", str("individual, entity, vessel, aircraft."),
                "party_id", str("The party's id, as kept and adjudicated (default: derived)."),
                "threshold", num("Score threshold in [0, 1] (default: the configured ones)."),
                "keep", bool("Keep the party with its hits (default true)."));
        ObjectNode adjudicationBody = object("An officer's decision on a kept party's hit; the actor is the caller.",
                "party", str("The party id (required)."), "entry", str("LIST:ID, e.g. EL:e610a2b6 (required)."),
                "decision", str("match or no-match (required)."), "reason", str("Why (required)."));
        return List.of(
                Route.json("POST", "/api/v1/screen", Role.ANALYST, "Screen a party",
                        "The body of screen --json.", List.of(), screenBody, any("The screening JSON."),
                        (ctx, c) -> screen(served, ctx, c)),
                BatchRoutes.screenBatch(served),
                Route.json("GET", "/api/v1/adjudications", Role.ANALYST, "The adjudications",
                        "The body of adjudications list --json: the pending and rejected no-match requests, then every "
                                + "adjudication, newest first; paginated by limit and offset.",
                        Paging.params(new Route.Param("party", "query", false, "string", "Only this party's.")),
                        null, Json.object().put("type", "array"), (ctx, c) -> list(served, ctx)),
                Route.json("GET", "/api/v1/review", Role.ANALYST, "The screening review queue",
                        "Kept parties' hits waiting for a decision (never decided, or a no-match whose listing "
                                + "changed); paginated.", Paging.params(), null, Json.object().put("type", "array"),
                        (ctx, c) -> DecisionRoutes.ok(ctx, Paging.page(ctx, served.db(s ->
                                org.clearance.app.ReviewQueue.json(org.clearance.app.ReviewQueue.pending(s)))))),
                Route.json("POST", "/api/v1/adjudications", Role.OFFICER, "Record an adjudication",
                        "The body of adjudicate --json; recorded with the caller as the officer.", List.of(),
                        adjudicationBody, any("The adjudication (201), or the four-eyes request (202) when a "
                                + "no-match on the SDN, Entity List, MEU or DPL waits for a second officer."),
                        (ctx, c) -> adjudicate(served, ctx, c)).withStatus(201),
                Route.json("POST", "/api/v1/adjudications/requests/{id}/approve", Role.OFFICER,
                        "Approve a no-match request", "A second officer approves: the adjudication takes effect, "
                                + "naming both (adjudications approve --json). 409 for the requester, or a request "
                                + "no longer pending.", List.of(new Route.Param("id", "path", true, "integer",
                                "The request id.")), null, any("The adjudication now in force."),
                        (ctx, c) -> DecisionRoutes.ok(ctx, approve(served, requestId(ctx), c))),
                Route.json("POST", "/api/v1/adjudications/requests/{id}/reject", Role.OFFICER,
                        "Reject a no-match request", "A second officer rejects: the hit stays "
                                + "(adjudications reject --json).", List.of(new Route.Param("id", "path", true,
                                "integer", "The request id.")), object("Why.", "reason", str("Why (required).")),
                        any("The rejected request."), (ctx, c) -> DecisionRoutes.ok(ctx, reject(served, requestId(ctx),
                                Bodies.text(Bodies.object(ctx, Set.of("reason")), "reason"), c))));
    }

    static EntityType entityType(String type) {
        if (type == null || type.isBlank()) return EntityType.UNKNOWN;
        try {
            return EntityType.ofQuery(type);
        } catch (IllegalArgumentException e) {
            throw Problem.badInput("type: " + e.getMessage(), "type");
        }
    }

    static Double threshold(String text) {
        if (text == null || text.isBlank()) return null;
        double t;
        try {
            t = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw Problem.badInput("threshold: expected a number in [0, 1], got '" + text + "'", "threshold");
        }
        if (!(t >= 0 && t <= 1)) throw Problem.badInput("threshold: " + text + " is outside [0, 1]", "threshold");
        return t;
    }

    private static void screen(Served served, Context ctx, Caller caller) {
        ObjectNode b = Bodies.object(ctx, Set.of("name", "country", "type", "party_id", "threshold", "keep"));
        String name = Bodies.required(b, "name");
        if (!org.clearance.screening.name.NameNormalizer.hasLetter(name)) {
            throw Problem.badInput("the name '" + name + "' has no letters; there is nothing to screen", "name");
        }
        EntityType type = entityType(Bodies.text(b, "type"));
        Double threshold = threshold(Bodies.text(b, "threshold"));
        boolean keep = !b.has("keep") || Bodies.bool(b, "keep");
        PartyQuery query = new PartyQuery(Bodies.text(b, "party_id"), name, Bodies.text(b, "country"), type, threshold);
        ObjectNode json = served.db(s -> {
            Screen.Answer answer = Screen.one(s, query, keep);
            Audit.record(s, AuditKinds.SCREEN, caller, AuditPayloads.screen(query, keep, answer));
            served.metrics().listVersions(answer.versions().size());
            return answer.json();
        });
        served.metrics().hits(json.path("hits").size());
        DecisionRoutes.ok(ctx, json);
    }

    private static void list(Served served, Context ctx) {
        String party = ctx.queryParam("party");
        ArrayNode all = served.db(s -> Adjudicate.json(Adjudicate.requests(s, party, true), Adjudicate.list(s, party)));
        DecisionRoutes.ok(ctx, Paging.page(ctx, all));
    }

    private static void adjudicate(Served served, Context ctx, Caller caller) {
        boolean[] inForce = new boolean[1];
        ObjectNode json = adjudicate(served, Bodies.object(ctx, Set.of("party", "entry", "decision", "reason")), caller,
                inForce);
        ctx.status(inForce[0] ? 201 : 202).contentType("application/json").result(Json.write(json));
    }

    /**
     * Decides on a kept hit from a body already read, with the caller as the officer (Adjudicate.decide, which
     * records it and its audit row): in force at once, or, for a no-match on the SDN, Entity List, MEU or DPL, a
     * request for a second officer. {@code created[0]} says which (true: in force).
     */
    public static ObjectNode adjudicate(Served served, ObjectNode b, Caller caller, boolean[] inForce) {
        String party = Bodies.required(b, "party");
        String entry = Bodies.required(b, "entry");
        Adjudication.Decision d;
        try {
            d = Adjudication.Decision.of(Bodies.required(b, "decision"));
        } catch (IllegalArgumentException e) {
            throw Problem.badInput("decision: " + e.getMessage(), "decision");
        }
        String reason = Bodies.required(b, "reason");
        return served.db(s -> {
            Adjudicate.Outcome o = Adjudicate.decide(s, party, entry, d, reason, caller.actor());
            inForce[0] = o instanceof Adjudicate.Recorded;
            return o.json();
        });
    }

    static long requestId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw Problem.badInput("id: expected a request id, got '" + ctx.pathParam("id") + "'", "id");
        }
    }

    /** A second officer approves a pending no-match: the adjudication takes effect naming both. */
    public static ObjectNode approve(Served served, long id, Caller caller) {
        return served.db(s -> ScreeningJson.adjudication(Adjudicate.approve(s, id, caller.actor())));
    }

    /** A second officer rejects a pending no-match: the hit stays. */
    public static ObjectNode reject(Served served, long id, String reason, Caller caller) {
        if (reason == null || reason.isBlank()) throw Problem.badInput("reason is required", "reason");
        return served.db(s -> Adjudicate.reject(s, id, caller.actor(), reason).json());
    }
}

package org.clearance.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearance.app.AuditLog;
import org.clearance.app.ReviewQueue;
import org.clearance.app.RestrictedLists;
import org.clearance.app.json.CatalogJson;
import org.clearance.app.json.Json;
import org.clearance.server.Served;
import org.clearance.server.accounts.Role;
import org.clearance.server.api.DecisionRoutes;
import org.clearance.server.api.ScreeningRoutes;
import org.clearance.server.api.SessionRoutes;
import org.clearance.server.http.Bodies;
import org.clearance.server.http.Caller;
import org.clearance.server.http.Problem;
import org.clearance.server.http.Route;
import org.clearance.server.http.Schemas;

/**
 * The workbench: server-rendered pages (JTE) whose forms post back to the same path, enhanced by htmx to swap only
 * the result. Each form turns into the API's request body and goes through the same handlers, so a page shows
 * exactly the API's answer.
 */
public final class WebRoutes {

    public static final String HTML = "text/html";
    private static final Map<String, String> STATIC = Map.of("htmx.min.js", "text/javascript",
            "htmx.LICENSE", "text/plain", "workbench.css", "text/css");

    private WebRoutes() {
    }

    private static Route page(String method, String path, Role role, String summary, Route.Handler h) {
        return new Route(method, path, role, summary, "A workbench page (HTML).", List.of(), null,
                method.equals("POST") ? "application/x-www-form-urlencoded" : null, 200, Schemas.str("HTML"), HTML, h);
    }

    public static List<Route> routes(Served served, org.clearance.server.http.LoginLimiter limiter) {
        return List.of(
                page("GET", "/", null, "The workbench", (ctx, c) -> ctx.redirect(c == null ? "/login" : "/classify")),
                page("GET", "/login", null, "Log in", (ctx, c) -> login(ctx, null)),
                page("POST", "/login", null, "Log in", (ctx, c) -> loginPost(served, limiter, ctx)),
                page("POST", "/logout", Role.ANALYST, "Log out", (ctx, c) -> {
                    SessionRoutes.endSession(served, ctx, c);
                    ctx.redirect("/login");
                }),
                page("GET", "/classify", Role.ANALYST, "Classify", (ctx, c) -> classify(served, ctx, c, null, null)),
                page("POST", "/classify", Role.ANALYST, "Classify", (ctx, c) -> classifyPost(served, ctx, c)),
                page("GET", "/check", Role.ANALYST, "Check a shipment", (ctx, c) -> check(served, ctx, c, null, null)),
                page("POST", "/check", Role.ANALYST, "Check a shipment", (ctx, c) -> checkPost(served, ctx, c)),
                page("GET", "/review", Role.ANALYST, "Review queue", (ctx, c) -> review(served, ctx, c, null)),
                page("POST", "/review", Role.OFFICER, "Review queue", (ctx, c) -> reviewPost(served, ctx, c)),
                page("GET", "/lists", Role.ANALYST, "Lists", (ctx, c) -> Views.html(ctx, 200, "lists", Map.of(
                        "page", Page.of("List versions", "lists", c),
                        "versions", served.db(s -> RestrictedLists.stored(s).json())))),
                page("GET", "/audit", Role.ANALYST, "Audit log", (ctx, c) -> audit(served, ctx, c)),
                new Route("GET", "/static/{file}", null, "The workbench's files", "htmx (with its licence) and CSS.",
                        List.of(new Route.Param("file", "path", true, "string", "A file name.")), null, null, 200,
                        Schemas.str("a file"), "text/javascript", (ctx, c) -> file(ctx)));
    }

    private static void login(Context ctx, String error) {
        Views.html(ctx, error == null ? 200 : 401, "login", params("page", Page.of("Log in", "login", null),
                "error", error));
    }

    private static void loginPost(Served served, org.clearance.server.http.LoginLimiter limiter, Context ctx) {
        try {
            SessionRoutes.login(served, limiter, ctx);
            ctx.result("");
            ctx.redirect("/classify");
        } catch (Problem p) {
            login(ctx, p.getMessage());
            ctx.status(p.status());
        }
    }

    private static ArrayNode catalog(Served served) {
        return CatalogJson.items(served.data().catalog());
    }

    private static void classify(Served served, Context ctx, Caller c, JsonNode result, String error) {
        Views.html(ctx, error == null ? 200 : 400, "classify", params("page", Page.of("Classify", "classify", c),
                "catalog", catalog(served), "result", result, "error", error));
    }

    private static void classifyPost(Served served, Context ctx, Caller c) {
        ObjectNode body = Json.object();
        String item = ctx.formParam("item");
        String spec = ctx.formParam("spec");
        if (spec != null && !spec.isBlank()) {
            try {
                body.set("spec", Bodies.mapper().readTree(spec));
            } catch (IOException e) {
                classify(served, ctx, c, null, "The datasheet is not valid JSON: " + e.getMessage());
                return;
            }
        } else if (item != null && !item.isBlank()) {
            body.put("item", item);
        }
        String asOf = ctx.formParam("as_of");
        if (asOf != null && !asOf.isBlank()) body.put("as_of", asOf);
        try {
            classify(served, ctx, c, DecisionRoutes.classify(served, body), null);
        } catch (RuntimeException e) {
            classify(served, ctx, c, null, org.clearance.server.Server.problemOf(e).getMessage());
        }
    }

    private static void check(Served served, Context ctx, Caller c, JsonNode result, String error) {
        Views.html(ctx, error == null ? 200 : 400, "check", params("page", Page.of("Check a shipment", "check", c),
                "catalog", catalog(served), "result", result, "error", error));
    }

    private static void checkPost(Served served, Context ctx, Caller c) throws IOException {
        ObjectNode body = Json.object();
        for (String f : List.of("item", "quantity", "destination", "date", "end_user", "end_user_id", "end_user_hq",
                "consignee", "purchaser")) {
            String v = ctx.formParam(f);
            if (v != null && !v.isBlank()) body.put(f, v);
        }
        List<String> uses = ctx.formParams("end_use");
        if (!uses.isEmpty()) body.set("end_use", Json.strings(uses));
        try {
            check(served, ctx, c, DecisionRoutes.check(served, body, c), null);
        } catch (RuntimeException e) {
            check(served, ctx, c, null, org.clearance.server.Server.problemOf(e).getMessage());
        }
    }

    private static void review(Served served, Context ctx, Caller c, String message) {
        ArrayNode pending = served.db(s -> ReviewQueue.json(ReviewQueue.pending(s)));
        ArrayNode requests = served.db(s -> {
            ArrayNode a = Json.array();
            org.clearance.app.Adjudicate.requests(s, null, false).forEach(r -> a.add(r.json()));
            return a;
        });
        Views.html(ctx, 200, "review", params("page", Page.of("Screening review queue", "review", c),
                "pending", pending, "requests", requests, "message", message));
    }

    private static void reviewPost(Served served, Context ctx, Caller c) {
        ObjectNode body = Json.object();
        for (String f : List.of("party", "entry", "decision", "reason")) {
            String v = ctx.formParam(f);
            if (v != null) body.put(f, v);
        }
        String message;
        try {
            String approve = ctx.formParam("approve");
            String reject = ctx.formParam("reject");
            if (approve != null) {
                ObjectNode a = ScreeningRoutes.approve(served, Long.parseLong(approve), c);
                message = "Approved: " + a.path("entry").asText() + " is not a match for " + a.path("party_id").asText()
                        + " (asked by " + a.path("decided_by").asText() + ", approved by " + c.actor() + ").";
            } else if (reject != null) {
                ScreeningRoutes.reject(served, Long.parseLong(reject), ctx.formParam("reason"), c);
                message = "Rejected request " + reject + ": the hit stays.";
            } else {
                boolean[] inForce = new boolean[1];
                ObjectNode a = ScreeningRoutes.adjudicate(served, body, c, inForce);
                message = inForce[0] ? "Recorded: " + a.path("entry").asText() + " is " + ("match".equals(
                        a.path("decision").asText()) ? "a match" : "not a match") + " for " + a.path("party_id").asText()
                        + ", by " + c.actor() + "."
                        : "Requested: " + a.path("entry").asText() + " not a match for " + a.path("party_id").asText()
                        + " waits for a second officer's approval (request " + a.path("request").asText() + ").";
            }
        } catch (NumberFormatException e) {
            message = "Not recorded: not a request id";
        } catch (RuntimeException e) {
            message = "Not recorded: " + org.clearance.server.Server.problemOf(e).getMessage();
        }
        review(served, ctx, c, message);
    }

    private static void audit(Served served, Context ctx, Caller c) {
        Map<String, Object> p = served.db(s -> params("page", Page.of("Audit log", "audit", c),
                "verify", AuditLog.json(AuditLog.verify(s.ledger())), "rows", AuditLog.recent(s.ledger(), 100)));
        Views.html(ctx, 200, "audit", p);
    }

    private static void file(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        String type = STATIC.get(name);
        if (type == null) throw Problem.notFound("no file '" + name + "'");
        try (InputStream in = WebRoutes.class.getResourceAsStream("static/" + name)) {
            if (in == null) throw Problem.notFound("no file '" + name + "'");
            ctx.header("Cache-Control", "public, max-age=3600");
            ctx.contentType(type + "; charset=utf-8").result(in.readAllBytes());
        }
    }

    private static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}

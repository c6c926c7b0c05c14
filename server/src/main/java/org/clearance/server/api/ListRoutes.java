package org.clearance.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clearance.app.AuditPayloads;
import org.clearance.app.RestrictedLists;
import org.clearance.app.RuleData;
import org.clearance.app.json.Json;
import org.clearance.ledger.audit.AuditKinds;
import org.clearance.screening.list.Feed;
import org.clearance.server.Served;
import org.clearance.server.accounts.Role;
import org.clearance.server.http.Caller;
import org.clearance.server.http.Problem;
import org.clearance.server.http.Route;
import org.clearance.server.http.Schemas;

/** The restricted-party list versions: lists list, by format, diff, and import (admin). */
public final class ListRoutes {

    private ListRoutes() {
    }

    public static List<Route> routes(Served served) {
        return List.of(
                Route.json("GET", "/api/v1/lists", Role.ANALYST, "The stored list versions",
                        "The body of lists list --json (current: the version screening uses); paginated.",
                        Paging.params(), null, Json.object().put("type", "array"),
                        (ctx, c) -> DecisionRoutes.ok(ctx, Paging.page(ctx, stored(served)))),
                Route.json("GET", "/api/v1/lists/{code}/versions", Role.ANALYST, "The versions of one list format",
                        "As GET lists, only the versions of format {code} (sdn, cons, csl, csl-json, dpl, ftm).",
                        Paging.params(new Route.Param("code", "path", true, "string", "The list format.")), null,
                        Json.object().put("type", "array"), (ctx, c) -> versions(served, ctx)),
                Route.json("GET", "/api/v1/lists/diff", Role.ANALYST, "What changed between two versions",
                        "The body of lists diff --json.",
                        List.of(new Route.Param("from", "query", true, "integer", "A version id."),
                                new Route.Param("to", "query", true, "integer", "A later version id.")),
                        null, Schemas.any("The diff."), (ctx, c) -> diff(served, ctx)),
                new Route("POST", "/api/v1/lists/import", Role.ADMIN, "Import a list publication",
                        "Body: the publication's file as its publisher issues it. The body of lists import --json; "
                                + "every instance screens against the new version from then on.",
                        List.of(new Route.Param("format", "query", true, "string", "sdn, cons, csl, csl-json, dpl, ftm."),
                                new Route.Param("published", "query", false, "string",
                                        "Publication date (default: the date the file carries).")),
                        Schemas.str("The list file"), "application/octet-stream", 201, Schemas.any("The import."),
                        "application/json", (ctx, c) -> importList(served, ctx, c)));
    }

    private static ArrayNode stored(Served served) {
        return served.db(s -> RestrictedLists.stored(s).json());
    }

    private static void versions(Served served, Context ctx) {
        Feed feed = feed(ctx.pathParam("code"), "code");
        ArrayNode out = Json.array();
        for (JsonNode v : stored(served)) if (v.path("format").asText().equals(feed.code())) out.add(v);
        DecisionRoutes.ok(ctx, Paging.page(ctx, out));
    }

    private static Feed feed(String code, String field) {
        try {
            return Feed.of(code);
        } catch (IllegalArgumentException e) {
            throw Problem.badInput(field + ": " + e.getMessage(), field);
        }
    }

    private static long id(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) throw Problem.badInput(name + " is required (a list version id)", name);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw Problem.badInput(name + ": expected a list version id, got '" + v + "'", name);
        }
    }

    private static void diff(Served served, Context ctx) {
        long from = id(ctx, "from");
        long to = id(ctx, "to");
        DecisionRoutes.ok(ctx, served.db(s -> RestrictedLists.diff(s, from, to).json()));
    }

    private static void importList(Served served, Context ctx, Caller caller) throws IOException {
        String format = ctx.queryParam("format");
        if (format == null || format.isBlank()) throw Problem.badInput("format is required", "format");
        Feed feed = feed(format, "format");
        String published = ctx.queryParam("published");
        LocalDate date = published == null || published.isBlank() ? null : RuleData.date(published, "published");
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) throw Problem.badInput("the body must be the list file", null);
        Path dir = Files.createTempDirectory("clearance-import-");
        Path file = dir.resolve("upload." + feed.code());
        try {
            Files.write(file, body);
            ObjectNode json = served.db(s -> {
                RestrictedLists.Imported imported = RestrictedLists.importFile(s, feed, file, date);
                try {
                    Audit.record(s, AuditKinds.LIST_IMPORT, caller,
                            AuditPayloads.listImport(format, file, published, imported));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return imported.json(null);
            });
            served.pool().reopen();
            ctx.status(201).contentType("application/json").result(Json.write(json));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}

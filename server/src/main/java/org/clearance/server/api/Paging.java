package org.clearance.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.clearance.app.json.Json;
import org.clearance.server.http.Problem;
import org.clearance.server.http.Route;

/**
 * Lists are paginated by {@code limit} (default 100, at most 1000) and {@code offset}; the body stays the CLI's JSON
 * array (one page of it), and {@code X-Total-Count} says how many there are in all.
 */
final class Paging {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private Paging() {
    }

    static List<Route.Param> params(Route.Param... more) {
        List<Route.Param> out = new ArrayList<>(List.of(more));
        out.add(new Route.Param("limit", "query", false, "integer", "Page size (default 100, at most 1000)."));
        out.add(new Route.Param("offset", "query", false, "integer", "Items to skip (default 0)."));
        return out;
    }

    static ArrayNode page(Context ctx, ArrayNode all) {
        int limit = number(ctx, "limit", DEFAULT_LIMIT);
        int offset = number(ctx, "offset", 0);
        if (limit < 1 || limit > MAX_LIMIT) throw Problem.badInput("limit: expected 1 to " + MAX_LIMIT, "limit");
        ArrayNode page = Json.array();
        for (int i = offset; i < all.size() && i < (long) offset + limit; i++) page.add(all.get(i));
        ctx.header("X-Total-Count", Integer.toString(all.size()));
        return page;
    }

    private static int number(Context ctx, String name, int otherwise) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return otherwise;
        try {
            int n = Integer.parseInt(v);
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw Problem.badInput(name + ": expected a whole number ≥ 0, got '" + v + "'", name);
        }
    }
}

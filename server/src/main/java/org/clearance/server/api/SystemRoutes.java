package org.clearance.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.app.json.Json;
import org.clearance.server.Served;
import org.clearance.server.accounts.Role;
import org.clearance.server.http.OpenApi;
import org.clearance.server.http.Problem;
import org.clearance.server.http.Route;
import org.clearance.server.http.Schemas;

/**
 * GET /health (no auth), /metrics (Prometheus text, any role), /openapi.json and /docs (Swagger UI, served from its
 * webjar: no network). The OpenAPI document is generated from {@code table}, the same routes the server registers.
 */
public final class SystemRoutes {

    private static final String SWAGGER = "META-INF/resources/webjars/swagger-ui/5.35.0/";
    private static final Map<String, String> ASSETS = Map.of("swagger-ui.css", "text/css",
            "swagger-ui-bundle.js", "text/javascript", "swagger-ui-standalone-preset.js", "text/javascript",
            "docs.js", "text/javascript");

    private SystemRoutes() {
    }

    public static List<Route> routes(Served served, List<Route> table) {
        return List.of(
                Route.json("GET", "/health", null, "Liveness", "200 with {\"status\": \"ok\"} while the server answers.",
                        List.of(), null, Schemas.any("status"), (ctx, c) -> DecisionRoutes.ok(ctx,
                                Json.object().put("status", "ok"))),
                new Route("GET", "/metrics", Role.ANALYST, "Metrics", "Prometheus text format: requests by route and "
                        + "status with latencies, decisions by verdict, screening hits, list versions loaded.",
                        List.of(), null, null, 200, Schemas.str("Prometheus exposition format"), "text/plain",
                        (ctx, c) -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                                .result(served.metrics().scrape())),
                Route.json("GET", "/openapi.json", null, "This API's OpenAPI document", "OpenAPI 3.0, generated "
                        + "from the server's route table.", List.of(), null, Schemas.any("OpenAPI 3.0"),
                        (ctx, c) -> DecisionRoutes.ok(ctx, OpenApi.document(table))),
                new Route("GET", "/docs", null, "API documentation", "Swagger UI on /openapi.json.", List.of(), null,
                        null, 200, Schemas.str("HTML"), "text/html", (ctx, c) -> docs(ctx)),
                new Route("GET", "/docs/assets/{file}", null, "Swagger UI's files", "From the swagger-ui webjar.",
                        List.of(new Route.Param("file", "path", true, "string", "A file name.")), null, null, 200,
                        Schemas.str("CSS or JavaScript"), "text/javascript", (ctx, c) -> asset(ctx)));
    }

    private static void docs(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Clearance API</title>
                <link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
                <body><main id="swagger-ui"></main>
                <script src="/docs/assets/swagger-ui-bundle.js"></script>
                <script src="/docs/assets/docs.js"></script></body></html>
                """);
    }

    private static void asset(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        String type = ASSETS.get(file);
        if (type == null) throw Problem.notFound("no documentation asset '" + file + "'");
        String resource = file.equals("docs.js") ? "org/clearance/server/docs/docs.js" : SWAGGER + file;
        try (InputStream in = SystemRoutes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw Problem.notFound("no documentation asset '" + file + "'");
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.contentType(type + "; charset=utf-8").result(in.readAllBytes());
        }
    }

    static final Set<String> NONE = Set.of();
}

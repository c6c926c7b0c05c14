package org.clearance.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.clearance.app.json.Json;

/**
 * The OpenAPI 3.0 document of a route table: every path and method, its parameters, body and success response, the
 * problem-details errors it can answer, and the roles it needs (in the description and {@code x-clearance-role}).
 */
public final class OpenApi {

    private OpenApi() {
    }

    public static ObjectNode document(List<Route> routes) {
        ObjectNode doc = Json.object();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", "Clearance API").put("version", "v1")
                .put("description", "US export controls on advanced computing as dated, cited rules: classification, "
                        + "shipment decisions, restricted-party screening. Each body is the JSON of the matching "
                        + "command's --json (docs/decision-json.md). Decision support, not legal advice.");
        ObjectNode paths = doc.putObject("paths");
        for (Route r : routes) {
            ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
            path.set(r.method().toLowerCase(Locale.ROOT), operation(r));
        }
        ObjectNode components = doc.putObject("components");
        ObjectNode problem = components.putObject("schemas").putObject("Problem");
        problem.put("type", "object").put("description", "RFC 9457 problem details");
        ObjectNode pp = problem.putObject("properties");
        for (String f : List.of("type", "title", "detail", "field", "instance")) pp.putObject(f).put("type", "string");
        pp.putObject("status").put("type", "integer");
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer");
        schemes.putObject("session").put("type", "apiKey").put("in", "cookie").put("name", "clearance_session");
        return doc;
    }

    private static ObjectNode operation(Route r) {
        ObjectNode op = Json.object();
        op.put("summary", r.summary());
        op.put("operationId", (r.method() + r.path()).replaceAll("[^A-Za-z0-9]+", "_"));
        op.put("description", r.description() + (r.role() == null ? " No authentication."
                : " Role: " + r.role().code() + " or above."));
        if (r.role() != null) {
            op.put("x-clearance-role", r.role().code());
            ArrayNode sec = op.putArray("security");
            sec.addObject().putArray("bearer");
            sec.addObject().putArray("session");
        } else {
            op.putArray("security");
        }
        if (!r.params().isEmpty()) {
            ArrayNode ps = op.putArray("parameters");
            for (Route.Param p : r.params()) {
                ObjectNode o = ps.addObject().put("name", p.name()).put("in", p.in()).put("required", p.required())
                        .put("description", p.description());
                o.putObject("schema").put("type", p.type());
            }
        }
        if (r.body() != null) {
            ObjectNode body = op.putObject("requestBody").put("required", true);
            body.putObject("content").putObject(r.bodyType()).set("schema", r.body());
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses.putObject(Integer.toString(r.status())).put("description", "Success");
        if (r.response() != null) ok.putObject("content").putObject(r.responseType()).set("schema", r.response());
        if (r.body() != null || !r.params().isEmpty()) problem(responses, 400, "Bad input, naming the field");
        if (r.role() != null) {
            problem(responses, 401, "No or a bad token or session");
            problem(responses, 403, "The caller's role is not enough, or the CSRF token is missing");
        }
        if (r.path().contains("{")) problem(responses, 404, "Not found");
        if (r.body() != null) problem(responses, 413, "The body is over the size limit");
        if (r.path().equals("/api/v1/login")) problem(responses, 429, "Too many failed logins");
        return op;
    }

    private static void problem(ObjectNode responses, int status, String description) {
        ObjectNode o = responses.putObject(Integer.toString(status)).put("description", description);
        o.putObject("content").putObject(Problem.MEDIA_TYPE).putObject("schema").put("$ref", "#/components/schemas/Problem");
    }
}

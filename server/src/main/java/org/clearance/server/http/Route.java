package org.clearance.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.clearance.server.accounts.Role;

/**
 * One entry of the route table: what the server registers with Javalin and what {@code /openapi.json} describes, from
 * the same record. {@code role} null: open to anyone (health, the login form); {@code body} the request body's
 * schema (null: none), {@code bodyType} its media type; {@code response} the success body's schema and media type.
 */
public record Route(String method, String path, Role role, String summary, String description, List<Param> params,
                    ObjectNode body, String bodyType, int status, ObjectNode response, String responseType,
                    Handler handler) {

    /** A query or path parameter. */
    public record Param(String name, String in, boolean required, String type, String description) {
    }

    /** A handler that is told who called. */
    @FunctionalInterface
    public interface Handler {
        void handle(Context ctx, Caller caller) throws Exception;
    }

    public Route {
        params = List.copyOf(params);
    }

    /** A JSON route: JSON in (when {@code body} is not null), JSON out. */
    public static Route json(String method, String path, Role role, String summary, String description,
                             List<Param> params, ObjectNode body, ObjectNode response, Handler handler) {
        return new Route(method, path, role, summary, description, params, body,
                body == null ? null : "application/json", 200, response, "application/json", handler);
    }

    public Route withStatus(int s) {
        return new Route(method, path, role, summary, description, params, body, bodyType, s, response, responseType,
                handler);
    }

    public Route withTypes(String in, String out) {
        return new Route(method, path, role, summary, description, params, body, in, status, response, out, handler);
    }

    /** Whether the route changes state (CSRF applies to it under a session). */
    public boolean changesState() {
        return !method.equals("GET") && !method.equals("HEAD");
    }
}

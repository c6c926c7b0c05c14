package org.clearance.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clearance.app.json.Json;

/**
 * An error answer as RFC 9457 problem details ({@code application/problem+json}): the status, a short title, a
 * sentence saying what was wrong, and {@code field} naming the request field at fault when there is one.
 */
public final class Problem extends RuntimeException {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final int status;
    private final String title;
    private final String field;

    public Problem(int status, String title, String detail, String field) {
        super(detail);
        this.status = status;
        this.title = title;
        this.field = field;
    }

    public static Problem badInput(String detail, String field) {
        return new Problem(400, "Bad input", detail, field);
    }

    public static Problem unauthenticated(String detail) {
        return new Problem(401, "Unauthenticated", detail, null);
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "Forbidden", detail, null);
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "Not found", detail, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }

    /** The body; {@code instance} is the request path. */
    public ObjectNode json(String instance) {
        ObjectNode o = Json.object();
        o.put("type", "about:blank");
        o.put("title", title);
        o.put("status", status);
        o.put("detail", getMessage());
        if (field != null) o.put("field", field);
        o.put("instance", instance);
        return o;
    }
}

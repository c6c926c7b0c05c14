package org.clearance.app.licensing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import org.clearance.app.json.Json;

/**
 * What {@code ship} answers for one shipment (docs/ledger.md, "The result"): {@code idempotency_key}, {@code line},
 * {@code status} (accepted, refused, held), {@code duplicate}, {@code reason} ({@code code}, {@code text}, and for a
 * limit the {@code limit} and what was {@code remaining}), {@code verdict}, {@code review_policy}, {@code license},
 * {@code exception}, {@code drawn}, {@code remaining} (per limit, after this shipment), {@code hold_id}.
 */
public record ShipOutcome(ObjectNode json) {

    public enum Status {
        ACCEPTED, REFUSED, HELD;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Why a shipment was refused or held: a stable code, a sentence, and for a limit which one and what remained. */
    public record Reason(String code, String text, String limit, BigDecimal remaining) {
        public Reason(String code, String text) {
            this(code, text, null, null);
        }

        ObjectNode json() {
            ObjectNode o = Json.object().put("code", code).put("text", text);
            if (limit != null) {
                o.put("limit", limit);
                o.put("remaining", Shown.plain(remaining));
            }
            return o;
        }
    }

    public String status() {
        return json.path("status").asText();
    }

    public boolean duplicate() {
        return json.path("duplicate").asBoolean();
    }

    public String reasonCode() {
        return json.path("reason").isObject() ? json.path("reason").path("code").asText() : null;
    }

    /** The outcome as one line of text, then its reason. */
    public String summary() {
        StringBuilder sb = new StringBuilder("Shipment ").append(json.path("idempotency_key").asText()).append(": ")
                .append(status());
        if (duplicate()) sb.append(" (duplicate: the first outcome recorded under this key)");
        if (!json.path("verdict").isNull()) sb.append(" — verdict ").append(json.path("verdict").asText());
        if (!json.path("license").isNull()) sb.append(", license ").append(json.path("license").asText());
        if (!json.path("exception").isNull()) sb.append(", License Exception ").append(json.path("exception").asText());
        if (!json.path("hold_id").isNull()) sb.append(", hold ").append(json.path("hold_id").asText());
        if (json.path("reason").isObject()) {
            sb.append("\nReason (").append(json.path("reason").path("code").asText()).append("): ")
                    .append(json.path("reason").path("text").asText());
        }
        if (json.path("remaining").isObject()) sb.append("\nRemaining: ").append(Json.compact(json.path("remaining")));
        return sb.toString();
    }

    public String text() {
        return Json.compact(json);
    }

    /** The same outcome returned again for its key: {@code duplicate: true}, this request's line. */
    static ShipOutcome replayed(String stored, Integer line) {
        ObjectNode o = (ObjectNode) Licenses.parse(stored);
        o.put("duplicate", true);
        if (line == null) o.putNull("line");
        else o.put("line", line);
        return new ShipOutcome(o);
    }

    static ObjectNode of(String key, Integer line, Status status, Reason reason, String verdict, String policy,
                         String license, String exception, Map<String, ObjectNode> drawnAndRemaining, Long holdId) {
        ObjectNode o = Json.object();
        o.put("idempotency_key", key);
        if (line == null) o.putNull("line");
        else o.put("line", line);
        o.put("status", status.code());
        o.put("duplicate", false);
        if (reason == null) o.putNull("reason");
        else o.set("reason", reason.json());
        o.put("verdict", verdict);
        o.put("review_policy", policy);
        o.put("license", license);
        o.put("exception", exception);
        if (drawnAndRemaining == null) {
            o.putNull("drawn");
            o.putNull("remaining");
        } else {
            o.set("drawn", drawnAndRemaining.get("drawn"));
            o.set("remaining", drawnAndRemaining.get("remaining"));
        }
        if (holdId == null) o.putNull("hold_id");
        else o.put("hold_id", holdId);
        return o;
    }
}

package org.clearance.ledger.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One thing to record: what happened ({@code kind}, one of {@link AuditKinds#ALL}), who did it ({@code actor}: the
 * {@code --by} name or the OS user) and what it took and gave ({@code payload}, a JSON object: inputs, outputs, rule
 * pack hash, list versions, engine version). The time and the chain fields are added by {@link AuditTrail}.
 */
public record AuditEvent(String kind, String actor, JsonNode payload) {

    public AuditEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(payload, "payload");
        if (!AuditKinds.ALL.contains(kind)) {
            throw new IllegalArgumentException("unknown audit kind '" + kind + "': expected one of " + AuditKinds.ALL);
        }
        if (actor.isBlank()) throw new IllegalArgumentException("an audit event needs an actor (--by or the OS user)");
        if (!payload.isObject()) {
            throw new IllegalArgumentException("an audit event's payload must be a JSON object, not " + payload.getNodeType());
        }
    }
}

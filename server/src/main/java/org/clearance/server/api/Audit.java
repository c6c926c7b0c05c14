package org.clearance.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clearance.app.AuditLog;
import org.clearance.ledger.ScreeningService;
import org.clearance.server.http.Caller;

/** Audit rows written by the server: the app's payloads, the caller as actor, and how the caller proved it. */
final class Audit {

    private Audit() {
    }

    static void record(ScreeningService s, String kind, Caller caller, ObjectNode payload) {
        if (caller != null) payload.put("via", caller.via());
        AuditLog.record(s.ledger(), kind, caller == null ? "anonymous" : caller.actor(), payload);
    }
}

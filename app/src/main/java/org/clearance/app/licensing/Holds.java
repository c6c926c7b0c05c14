package org.clearance.app.licensing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.clearance.app.BadInput;
import org.clearance.app.Database;
import org.clearance.app.json.Json;
import org.clearance.ledger.Ledger;
import org.clearance.ledger.licenses.HoldStore;

/** {@code holds list|show}: the shipments held for an unadjudicated restricted-list hit, with what holds them. */
public final class Holds {

    private Holds() {
    }

    public record Listed(List<HoldStore.Hold> holds) {
        public ObjectNode json() {
            ObjectNode o = Json.object();
            ArrayNode a = o.putArray("holds");
            for (HoldStore.Hold h : holds) a.add(Holds.json(h));
            return o;
        }

        public List<String> lines() {
            List<String> out = new ArrayList<>();
            if (holds.isEmpty()) out.add("no holds");
            for (HoldStore.Hold h : holds) {
                out.add("hold " + h.id() + " (" + h.status() + ", " + h.createdAt() + ") shipment " + h.key() + ": "
                        + h.reasonText());
            }
            return out;
        }
    }

    public static Listed list(String url, String status) {
        if (status != null && !List.of("open", "released", "rejected").contains(status)) {
            throw new BadInput("--status: expected open, released or rejected, got '" + status + "'");
        }
        try (Ledger ledger = Ledger.open(Database.url(url))) {
            return new Listed(new HoldStore(ledger.connection()).list(status));
        }
    }

    public static HoldStore.Hold show(String url, long id) {
        try (Ledger ledger = Ledger.open(Database.url(url))) {
            return new HoldStore(ledger.connection()).find(id)
                    .orElseThrow(() -> new BadInput("no hold " + id + " (see: clearance holds list)"));
        }
    }

    public static ObjectNode json(HoldStore.Hold h) {
        ObjectNode o = Json.object();
        o.put("id", h.id());
        o.put("idempotency_key", h.key());
        o.put("status", h.status());
        o.putObject("reason").put("code", h.reasonCode()).put("text", h.reasonText());
        o.set("hits", Licenses.parse(h.hitsJson()));
        o.set("request", Licenses.parse(h.requestJson()));
        o.put("created_at", h.createdAt());
        o.put("decided_at", h.decidedAt());
        return o;
    }

    public static String text(HoldStore.Hold h) {
        return Json.write(json(h));
    }
}

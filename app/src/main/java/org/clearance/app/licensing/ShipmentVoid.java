package org.clearance.app.licensing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import org.clearance.app.AuditLog;
import org.clearance.app.BadInput;
import org.clearance.app.Database;
import org.clearance.ledger.Ledger;
import org.clearance.ledger.audit.AuditEvent;
import org.clearance.ledger.audit.AuditKinds;
import org.clearance.ledger.audit.AuditTrail;
import org.clearance.ledger.licenses.ShipmentLedger;

/** {@code ship void KEY --reason}: reverses an accepted shipment (balance restored, audited, never deleted). */
public final class ShipmentVoid {

    public record Voided(String key, String license, int draws) {
        public String summary() {
            return "shipment " + key + " voided" + (license == null ? "" : "; what it drew on license " + license
                    + " is put back (" + draws + (draws == 1 ? " limit" : " limits") + ")");
        }
    }

    private ShipmentVoid() {
    }

    public static Voided run(String url, String key, String reason, String actor) {
        return run(url, key, reason, actor, Clock.systemUTC());
    }

    static Voided run(String url, String key, String reason, String actor, Clock clock) {
        if (reason == null || reason.isBlank()) throw new BadInput("--reason is required");
        try (Ledger ledger = Ledger.open(Database.url(url))) {
            ShipmentLedger shipments = new ShipmentLedger(ledger.connection());
            int[] draws = new int[1];
            String[] license = new String[1];
            ShipmentLedger.VoidRefusal refusal = shipments.voidShipment(key, actor, reason.strip(),
                    Times.rfc3339(clock.instant()), s -> {
                        var drawn = shipments.draws(s.id());
                        draws[0] = drawn.size();
                        license[0] = s.licenseNumber();
                        ObjectNode p = AuditLog.payload(null);
                        p.put("idempotency_key", s.key()).put("license", s.licenseNumber()).put("reason", reason.strip());
                        var a = p.putArray("restored");
                        for (var d : drawn) {
                            ObjectNode o = a.addObject().put("scope", d.scope());
                            Shown.put(o, d.kind(), d.amount());
                        }
                        return new AuditEvent(AuditKinds.SHIPMENT_VOID, actor, p);
                    });
            if (refusal != null) {
                throw new BadInput(switch (refusal) {
                    case UNKNOWN -> "no shipment is recorded under the idempotency key " + key;
                    case NOT_ACCEPTED -> "shipment " + key + " was not accepted: there is nothing to void";
                    case ALREADY_VOIDED -> "shipment " + key + " is already void";
                });
            }
            new AuditTrail(ledger.connection()).chain();
            return new Voided(key, license[0], draws[0]);
        }
    }
}

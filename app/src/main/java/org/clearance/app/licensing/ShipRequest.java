package org.clearance.app.licensing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import org.clearance.app.BadInput;
import org.clearance.app.ShipmentScreening;
import org.clearance.app.json.Json;
import org.clearance.ledger.audit.ChainHash;
import org.clearance.shipment.ShipmentFields;

/**
 * One shipment to record, as the caller states it: the shipment's fields (as {@code check} takes them), the parties'
 * ids, the authorization used ({@code license} or {@code exception}, with a NAC notification's {@code confirmation}
 * and {@code notified} date), the declared {@code value} in USD, the certifications attested, and the idempotency key
 * that names it. {@code line} is the batch line (null for a single shipment).
 */
public record ShipRequest(String key, ShipmentFields fields, ShipmentScreening.Ids ids, String license,
                          String exception, String confirmation, String notified, String value,
                          List<String> certified, Integer line) {

    private static final ObjectMapper FIELDS = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    static final List<String> EXCEPTIONS = List.of("NAC", "ACA", "HBM");

    public ShipRequest {
        certified = certified == null ? List.of() : List.copyOf(certified);
        ids = ids == null ? ShipmentScreening.Ids.DERIVED : ids;
    }

    /** The declared value: a non-negative decimal with at most 6 decimals, or null when not given. */
    BigDecimal declaredValue(String field) {
        if (value == null || value.isBlank()) return null;
        BigDecimal v;
        try {
            v = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new BadInput(field + ": expected an amount in USD such as 125000.00, got '" + value + "'");
        }
        if (v.signum() < 0) throw new BadInput(field + ": must not be negative, got " + value.strip());
        if (v.stripTrailingZeros().scale() > LicenseFile.SCALE) {
            throw new BadInput(field + ": at most " + LicenseFile.SCALE + " decimals, got " + value.strip());
        }
        return v;
    }

    /**
     * The content the idempotency key is bound to: the fields as stated, the ids, the authorization, the value
     * (as a number: 100 and 100.00 are the same) and the certifications (as a set): SHA-256 of its RFC 8785 JSON.
     */
    String contentHash(BigDecimal declared) {
        ObjectNode o = Json.object();
        ObjectNode f = FIELDS.valueToTree(new ShipmentFields(null, fields.item(), fields.quantity(),
                fields.destination(), fields.endUser(), fields.endUserCountry(), fields.endUserHq(),
                fields.ultimateParentHq(), fields.consignee(), fields.consigneeCountry(), fields.purchaser(),
                fields.endUses() == null ? null : List.copyOf(new TreeSet<>(fields.endUses())), fields.exportFrom(),
                fields.date()));
        o.set("fields", f);
        o.put("end_user_id", ids.endUser()).put("consignee_id", ids.consignee()).put("purchaser_id", ids.purchaser());
        o.put("license", license).put("exception", exception).put("confirmation", confirmation).put("notified", notified);
        o.put("value", declared == null ? null : Shown.plain(declared));
        o.set("certified", Json.strings(new TreeSet<>(certified)));
        return ChainHash.ofJson(Json.compact(o));
    }

    /** The request as the audit row records it. */
    ObjectNode json() {
        ObjectNode o = Json.object();
        o.put("idempotency_key", key);
        o.set("shipment", FIELDS.valueToTree(fields));
        o.put("end_user_id", ids.endUser()).put("consignee_id", ids.consignee()).put("purchaser_id", ids.purchaser());
        o.put("license", license).put("exception", exception).put("confirmation", confirmation).put("notified", notified);
        o.put("value", value);
        o.set("certified", Json.strings(certified));
        if (line != null) o.put("line", line);
        return o;
    }
}

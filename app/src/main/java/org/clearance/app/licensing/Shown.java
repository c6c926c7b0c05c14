package org.clearance.app.licensing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.clearance.app.json.Json;
import org.clearance.ledger.licenses.LicenseStore;
import org.clearance.ledger.licenses.ShipmentLedger;

/**
 * A license as {@code license show} answers: the file's content, status, limits with what is drawn and what remains
 * (the whole license's and each item's), versions, status changes and the shipments recorded against it.
 */
public record Shown(LicenseStore.StoredLicense stored, License license, List<LicenseStore.Limit> limits,
                    List<LicenseStore.Version> versions, List<LicenseStore.StatusChange> statusChanges,
                    List<ShipmentLedger.Stored> shipments) {

    public ObjectNode json() {
        ObjectNode o = LicenseFile.json(license);
        o.put("status", stored.status());
        o.put("version", stored.version());
        o.put("content_hash", stored.contentHash());
        balances(o, "");
        ArrayNode items = (ArrayNode) o.get("items");
        for (int i = 0; i < license.items().size(); i++) {
            License.Item item = license.items().get(i);
            if (item.limits().any()) balances((ObjectNode) items.get(i), item.scope());
        }
        ArrayNode vs = o.putArray("versions");
        for (LicenseStore.Version v : versions) {
            ObjectNode vo = vs.addObject().put("version", v.version()).put("content_hash", v.contentHash())
                    .put("valid_from", v.validFrom().toString()).put("valid_to", v.validTo().toString())
                    .put("recorded_at", v.recordedAt()).put("actor", v.actor());
            if (v.reason() == null) vo.putNull("reason");
            else vo.put("reason", v.reason());
        }
        ArrayNode sc = o.putArray("status_changes");
        for (LicenseStore.StatusChange c : statusChanges) {
            sc.addObject().put("status", c.status()).put("reason", c.reason()).put("actor", c.actor())
                    .put("recorded_at", c.recordedAt());
        }
        ArrayNode sh = o.putArray("shipments");
        for (ShipmentLedger.Stored s : shipments) {
            ObjectNode so = sh.addObject().put("idempotency_key", s.key()).put("status", s.status());
            if (s.reasonCode() != null) so.put("reason", s.reasonCode());
            so.put("date", s.shipDate() == null ? null : s.shipDate().toString());
            so.put("item", s.item());
            if (s.quantity() != null) so.put("quantity", s.quantity());
            if (s.value() != null) so.put("value", plain(s.value()));
            if (s.tpp() != null) so.put("tpp", plain(s.tpp()));
            so.put("voided", s.voided());
        }
        return o;
    }

    /** {@code limits}, {@code drawn}, {@code remaining}: each an object with quantity, value and tpp (null: no limit). */
    private void balances(ObjectNode o, String scope) {
        ObjectNode lim = o.putObject("limits");
        ObjectNode drawn = o.putObject("drawn");
        ObjectNode remaining = o.putObject("remaining");
        for (String kind : List.of("quantity", "value", "tpp")) {
            LicenseStore.Limit l = limits.stream().filter(x -> x.scope().equals(scope) && x.kind().equals(kind))
                    .findFirst().orElse(null);
            if (l == null) {
                lim.putNull(kind);
                drawn.putNull(kind);
                remaining.putNull(kind);
            } else {
                put(lim, kind, l.limit());
                put(drawn, kind, l.drawn());
                put(remaining, kind, l.remaining());
            }
        }
    }

    /** Quantities as whole numbers, value and TPP as decimal strings. */
    static void put(ObjectNode o, String kind, BigDecimal v) {
        if (kind.equals("quantity")) o.put(kind, v.longValue());
        else o.put(kind, plain(v));
    }

    static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** The lines {@code license show} prints. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("License " + license.number() + " (version " + stored.version() + ", " + stored.status() + ") held by "
                + license.holder());
        out.add("Valid " + license.validFrom() + " to " + license.validTo() + " (inclusive); destinations "
                + String.join(", ", license.destinations()));
        out.add("Items: " + String.join(", ", license.items().stream().map(License.Item::scope).toList()));
        if (license.parties().consignee() != null) out.add("Consignee: " + party(license.parties().consignee()));
        if (license.parties().endUser() != null) out.add("End user: " + party(license.parties().endUser()));
        for (LicenseStore.Limit l : limits) {
            out.add("Limit " + (l.scope().isEmpty() ? "" : l.scope() + " ") + l.kind() + ": " + plain(l.limit())
                    + ", drawn " + plain(l.drawn()) + ", remaining " + plain(l.remaining()));
        }
        License.Conditions c = license.conditions();
        if (c.revenueShare() != null) {
            out.add("Revenue share: " + plain(c.revenueShare().percent()) + "% (" + c.revenueShare().confidence() + "; "
                    + c.revenueShare().source() + ")");
        }
        if (!c.certifications().isEmpty()) out.add("Certifications per shipment: " + String.join(", ", c.certifications()));
        if (c.reporting() != null) out.add("Reporting: " + c.reporting());
        for (LicenseStore.Version v : versions) {
            out.add("Version " + v.version() + " recorded " + v.recordedAt() + " by " + v.actor()
                    + (v.reason() == null ? "" : " (" + v.reason() + ")"));
        }
        for (LicenseStore.StatusChange s : statusChanges) {
            out.add("Status " + s.status() + " from " + s.recordedAt() + " by " + s.actor() + ": " + s.reason());
        }
        if (!shipments.isEmpty()) {
            long accepted = shipments.stream().filter(s -> s.status().equals("accepted") && !s.voided()).count();
            out.add("Shipments: " + shipments.size() + " recorded, " + accepted + " accepted and not voided");
        }
        return out;
    }

    private static String party(License.Party p) {
        return p.name() + (p.country() == null ? "" : " (" + p.country() + ")")
                + (p.partyId() == null ? "" : " [" + p.partyId() + "]");
    }
}

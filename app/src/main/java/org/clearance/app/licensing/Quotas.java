package org.clearance.app.licensing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clearance.app.AuditLog;
import org.clearance.app.BadInput;
import org.clearance.app.Database;
import org.clearance.app.RuleData;
import org.clearance.app.json.Json;
import org.clearance.geography.UnknownCountryException;
import org.clearance.law.H100Equivalents;
import org.clearance.ledger.Ledger;
import org.clearance.ledger.audit.AuditEvent;
import org.clearance.ledger.audit.AuditKinds;
import org.clearance.ledger.audit.AuditTrail;
import org.clearance.ledger.licenses.QuotaStore;
import org.clearance.ledger.licenses.ShipmentLedger;

/**
 * Compute-unit quotas (docs/ledger.md, "Quotas"): caps on what accepted shipments to a scope take in a period, in
 * total TPP, in H100-equivalents (units × TPP ÷ the pack's {@code reference/h100_tpp} on the shipment's date), or as a
 * ratio of the units shipped to another scope in the period. Drawn by {@link Ship} in the shipment's transaction.
 */
public final class Quotas {

    private final RuleData data;
    private final String url;
    private final Clock clock;

    public Quotas(RuleData data, String url) {
        this.data = data;
        this.url = Database.url(url);
        this.clock = Clock.systemUTC();
    }

    /** A scope as stored: {@code country:CN} (resolved through the pack's geography) or {@code consignee:PARTY-ID}. */
    public String scope(String text, String field) {
        if (text != null && text.startsWith("country:")) {
            try {
                return "country:" + data.determiner().geography().resolve(text.substring("country:".length()).strip()).code();
            } catch (UnknownCountryException e) {
                throw new BadInput(field + ": " + e.getMessage());
            }
        }
        if (text != null && text.startsWith("consignee:") && !text.substring("consignee:".length()).isBlank()) {
            return "consignee:" + text.substring("consignee:".length()).strip();
        }
        throw new BadInput(field + ": expected country:CC or consignee:PARTY-ID, got '" + text + "'");
    }

    /** Sets the cap of the quota on {@code scope} in {@code period}; exactly one of tpp, h100e, ratio (with of). */
    public QuotaStore.Quota set(String scopeText, String periodText, String tpp, String h100e, String ratio,
                                String ofText, String actor) {
        String scope = scope(scopeText, "--scope");
        Remittance.Period period = Remittance.Period.parse(periodText, "--period");
        int given = (tpp != null ? 1 : 0) + (h100e != null ? 1 : 0) + (ratio != null ? 1 : 0);
        if (given != 1) throw new BadInput("give exactly one of --tpp, --h100e, --ratio");
        String kind = tpp != null ? "tpp" : h100e != null ? "h100e" : "ratio";
        BigDecimal cap = amount(tpp != null ? tpp : h100e != null ? h100e : ratio, "--" + kind);
        String of = null;
        if (kind.equals("ratio")) {
            if (ofText == null) throw new BadInput("--ratio needs --of SCOPE (e.g. --of country:US)");
            of = scope(ofText, "--of");
            if (of.equals(scope)) throw new BadInput("--of: a ratio of a scope to itself");
        } else if (ofText != null) {
            throw new BadInput("--of goes with --ratio");
        }
        try (Ledger ledger = Ledger.open(url)) {
            String finalOf = of;
            Licenses.inTransaction(ledger, c -> {
                QuotaStore store = new QuotaStore(c);
                var old = store.find(scope, period.text(), kind);
                if (old.isPresent() && !kind.equals("ratio") && cap.compareTo(old.get().drawn()) < 0) {
                    throw new BadInput("--" + kind + ": " + Shown.plain(cap) + " is below what has already been drawn ("
                            + Shown.plain(old.get().drawn()) + ")");
                }
                store.set(scope, period.text(), period.from(), period.to(), kind, cap, finalOf,
                        Times.rfc3339(clock.instant()), actor);
                ObjectNode p = AuditLog.payload(null);
                p.put("scope", scope).put("period", period.text()).put("kind", kind).put("cap", Shown.plain(cap))
                        .put("of", finalOf);
                new AuditTrail(c).append(new AuditEvent(AuditKinds.QUOTA_SET, actor, p));
            });
            return new QuotaStore(ledger.connection()).find(scope, period.text(), kind).orElseThrow();
        }
    }

    private static BigDecimal amount(String text, String field) {
        BigDecimal v;
        try {
            v = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInput(field + ": expected a number, got '" + text + "'");
        }
        if (v.signum() <= 0) throw new BadInput(field + ": must be greater than 0, got " + text.strip());
        if (v.stripTrailingZeros().scale() > LicenseFile.SCALE) throw new BadInput(field + ": at most 6 decimals");
        return v.stripTrailingZeros();
    }

    public List<QuotaStore.Quota> all() {
        try (Ledger ledger = Ledger.open(url)) {
            return new QuotaStore(ledger.connection()).all();
        }
    }

    /** The name a result gives a quota: {@code quota:country:CN/2026/tpp}. */
    static String label(QuotaStore.Quota q) {
        return "quota:" + q.scope() + "/" + q.period() + "/" + q.kind();
    }

    public static ObjectNode json(List<QuotaStore.Quota> quotas) {
        ObjectNode o = Json.object();
        ArrayNode a = o.putArray("quotas");
        for (QuotaStore.Quota q : quotas) {
            ObjectNode qo = a.addObject().put("scope", q.scope()).put("period", q.period())
                    .put("from", q.from().toString()).put("to", q.to().toString()).put("kind", q.kind())
                    .put("cap", Shown.plain(q.cap())).put("of", q.ofScope()).put("drawn", Shown.plain(q.drawn()))
                    .put("remaining", Shown.plain(q.remaining()));
            if (q.kind().equals("ratio")) qo.put("base", Shown.plain(q.base()));
            qo.put("recorded_at", q.recordedAt()).put("actor", q.actor());
        }
        return o;
    }

    public static List<String> lines(List<QuotaStore.Quota> quotas) {
        List<String> out = new ArrayList<>();
        if (quotas.isEmpty()) out.add("no quotas set (clearance quota set --scope country:CN --period 2026 --tpp N)");
        for (QuotaStore.Quota q : quotas) {
            String cap = q.kind().equals("ratio") ? "units at most " + Shown.plain(q.cap()) + " × those to " + q.ofScope()
                    + " (" + Shown.plain(q.base()) + ")" : Shown.plain(q.cap()) + " " + q.kind();
            out.add(q.scope() + " " + q.period() + ": " + cap + ", drawn " + Shown.plain(q.drawn()) + ", remaining "
                    + Shown.plain(q.remaining()));
        }
        return out;
    }

    /**
     * What an accepted shipment draws on the quotas it touches: on a quota of its destination or consignee, the
     * total TPP, the H100-equivalents or the units; on a ratio quota whose other side it is, its units as base. Null
     * when a TPP or H100e quota applies and the TPP is not known.
     */
    static List<ShipmentLedger.Draw> draws(List<QuotaStore.Quota> touching, List<String> scopes, int units,
                                           BigDecimal tpp, RuleData data, LocalDate date) {
        List<ShipmentLedger.Draw> out = new ArrayList<>();
        for (QuotaStore.Quota q : touching) {
            if (scopes.contains(q.scope())) {
                BigDecimal amount = switch (q.kind()) {
                    case "tpp" -> tpp;
                    case "h100e" -> tpp == null ? null : H100Equivalents.of(data.pack().at(date), tpp)
                            .setScale(LicenseFile.SCALE, RoundingMode.CEILING);
                    default -> BigDecimal.valueOf(units);
                };
                if (amount == null) return null;
                out.add(ShipmentLedger.Draw.onQuota(q.id(), "drawn", amount));
            }
            if (q.ofScope() != null && scopes.contains(q.ofScope())) {
                out.add(ShipmentLedger.Draw.onQuota(q.id(), "base", BigDecimal.valueOf(units)));
            }
        }
        return out;
    }
}

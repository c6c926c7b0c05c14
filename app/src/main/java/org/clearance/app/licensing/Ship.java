package org.clearance.app.licensing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.clearance.app.AuditLog;
import org.clearance.app.BadInput;
import org.clearance.app.CheckShipment;
import org.clearance.app.Database;
import org.clearance.app.RuleData;
import org.clearance.app.ShipmentScreening;
import org.clearance.app.json.Json;
import org.clearance.determination.Determination;
import org.clearance.determination.DeterminationRules;
import org.clearance.determination.LicenseVerdict;
import org.clearance.determination.Overlay;
import org.clearance.determination.PartyHit;
import org.clearance.determination.PolicyCondition;
import org.clearance.determination.RestrictedList;
import org.clearance.ledger.Ledger;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.audit.AuditEvent;
import org.clearance.ledger.audit.AuditKinds;
import org.clearance.ledger.audit.AuditTrail;
import org.clearance.ledger.licenses.LicenseStore;
import org.clearance.ledger.licenses.ShipmentLedger;
import org.clearance.shipment.HitsReader;
import org.clearance.shipment.ShipmentFields;
import org.clearance.yaml.StrictNode;

/**
 * The {@code ship} use case (docs/ledger.md, "Shipments"): decides the shipment as {@code check} does (with
 * screening), turns the verdict into an outcome by the verdict-to-outcome table ({@link OutcomeTable}), draws what an
 * accepted shipment takes from its license's limits atomically, and records every outcome under its idempotency key
 * with its audit row. A {@link Session} holds one database connection: one per thread.
 */
public final class Ship {

    /** Where the parties' hits come from: screened in the database, a hits file, or not screened. */
    public sealed interface Screening {
        record InDatabase() implements Screening {
        }

        record HitsFile(Path file) implements Screening {
        }

        record NotScreened(String why) implements Screening {
        }
    }

    /** Audit rows are chained every this many shipments of a session, and when it closes. */
    static final int CHAIN_EVERY = 256;

    private final RuleData data;
    private final List<Overlay> overlays;
    private final String url;
    private final Screening screening;
    private final int maxListAgeDays;
    private final UnaryOperator<String> fieldName;
    private final Clock clock;

    /**
     * {@code url}: the database (null: the embedded file); {@code fieldName} names a field as the caller's user knows it
     * ({@code --end-user} on the command line, {@code end_user} in a batch file).
     */
    public Ship(RuleData data, List<Overlay> overlays, String url, Screening screening, int maxListAgeDays,
                UnaryOperator<String> fieldName) {
        this(data, overlays, url, screening, maxListAgeDays, fieldName, Clock.systemUTC());
    }

    Ship(RuleData data, List<Overlay> overlays, String url, Screening screening, int maxListAgeDays,
         UnaryOperator<String> fieldName, Clock clock) {
        this.data = data;
        this.overlays = List.copyOf(overlays);
        this.url = Database.url(url);
        this.screening = screening;
        this.maxListAgeDays = maxListAgeDays;
        this.fieldName = fieldName;
        this.clock = clock;
    }

    /** A connection to ship on (not thread-safe: one per thread). */
    public Session open() {
        return new Session();
    }

    /** One shipment with a session of its own. */
    public ShipOutcome ship(ShipRequest r, String actor) {
        try (Session s = open()) {
            return s.ship(r, actor);
        }
    }

    public final class Session implements AutoCloseable {

        private final ScreeningService service;
        private final Ledger ledger;
        private final CheckShipment check;
        private final Map<String, License> parsed = new HashMap<>();
        private int sinceChain;

        private Session() {
            if (screening instanceof Screening.InDatabase) {
                service = Database.open(url);
                ledger = service.ledger();
            } else {
                service = null;
                ledger = Ledger.open(url);
            }
            check = new CheckShipment(data, overlays, maxListAgeDays);
        }

        public ShipOutcome ship(ShipRequest r, String actor) {
            String keyField = fieldName.apply("idempotency_key");
            if (r.key() == null || r.key().isBlank()) throw new BadInput(keyField + " is required");
            String key = r.key().strip();
            if (key.length() > 200) throw new BadInput(keyField + ": at most 200 characters");
            if (r.license() != null && r.exception() != null) {
                throw new BadInput(fieldName.apply("license") + " and " + fieldName.apply("exception") + ": give one or the other");
            }
            String exception = r.exception() == null ? null : r.exception().strip().toUpperCase(Locale.ROOT);
            if (exception != null && !ShipRequest.EXCEPTIONS.contains(exception)) {
                throw new BadInput(fieldName.apply("exception") + ": unknown license exception '" + r.exception()
                        + "'; expected NAC, ACA or HBM");
            }
            if (exception == null && (r.confirmation() != null || r.notified() != null)) {
                throw new BadInput(fieldName.apply("confirmation") + " and " + fieldName.apply("notified")
                        + " go with " + fieldName.apply("exception"));
            }
            if (r.notified() != null) {
                StrictNode.parseDate(r.notified().strip(), reason -> new org.clearance.yaml.InputException(null,
                        fieldName.apply("notified"), reason));
            }
            for (String c : r.certified()) {
                if (!PolicyCondition.ID.matcher(c).matches()) {
                    throw new BadInput(fieldName.apply("certified") + ": '" + c + "' is not a certification id (a "
                            + "lowercase slug such as us-supply)");
                }
            }
            BigDecimal value = r.declaredValue(fieldName.apply("value"));
            String hash = r.contentHash(value);
            ShipmentLedger shipments = new ShipmentLedger(ledger.connection());
            var first = shipments.byKey(key);
            if (first.isPresent()) return again(first.get(), hash, r.line());

            LicenseStore store = new LicenseStore(ledger.connection());
            LicenseStore.StoredLicense stored = null;
            License license = null;
            if (r.license() != null) {
                String number = r.license().strip();
                stored = store.find(number).orElseThrow(() -> Licenses.unknown(number));
                license = parsed(stored);
                boolean moneyCounts = license.conditions().revenueShare() != null
                        || license.limitsByScope().values().stream().anyMatch(m -> m.containsKey("value"));
                if (value == null && moneyCounts) {
                    throw new BadInput(fieldName.apply("value") + " is required: license " + number + " has "
                            + (license.conditions().revenueShare() != null ? "a revenue share" : "a value limit"));
                }
            }
            ShipmentFields fields = Coverage.withLicenseParties(r.fields(), license);
            ShipmentScreening.Ids ids = Coverage.withLicenseIds(r.fields(), r.ids(), license);
            CheckShipment.Checked checked = check.check(fields, parties(ids), fieldName);
            Determination d = checked.determination();
            if (license != null && (d.date().isBefore(license.validFrom()) || d.date().isAfter(license.validTo()))) {
                throw new BadInput(fieldName.apply("date") + ": " + d.date() + " is outside license " + license.number()
                        + " (valid " + license.validFrom() + " to " + license.validTo() + ")");
            }
            List<PartyHit> open = unadjudicated(checked, fieldsHits());
            OutcomeTable.Planned plan = OutcomeTable.plan(d, open, restricted(), license, stored, exception,
                    r.confirmation(), r.notified(), r.certified(), fields, ids, value, data);
            if (plan.status() == ShipOutcome.Status.ACCEPTED) plan = withQuotas(plan, d, ids);
            return record(r, key, hash, actor, value, d, checked, plan, shipments, store);
        }

        private ShipOutcome record(ShipRequest r, String key, String hash, String actor, BigDecimal value,
                                   Determination d, CheckShipment.Checked checked, OutcomeTable.Planned plan,
                                   ShipmentLedger shipments, LicenseStore store) {
            String now = Times.rfc3339(clock.instant());
            String verdict = d.verdict().name();
            String policy = d.reviewPolicy() == null ? null : d.reviewPolicy().name();
            ShipmentLedger.NewHold hold = plan.status() == ShipOutcome.Status.HELD
                    ? new ShipmentLedger.NewHold(plan.reason().code(), plan.reason().text(),
                    Json.compact(hitsJson(plan.holdHits())), Json.compact(r.json())) : null;
            ShipmentLedger.NewShipment row = new ShipmentLedger.NewShipment(key, hash, plan.status().code(),
                    plan.reason() == null ? null : plan.reason().code(), verdict, plan.licenseNumber(), plan.exception(),
                    r.fields().item(), d.parties().quantity(), plan.tpp(), value, d.parties().destination(), d.date(),
                    actor, now, hold);
            ShipmentLedger.Recorded done = shipments.record(row, plan.draws(), (remaining, holdId) -> {
                ObjectNode out = ShipOutcome.of(key, r.line(), plan.status(), plan.reason(), verdict, policy,
                        plan.licenseNumber(), plan.exception(), balances(plan.draws(), remaining, plan.quotas()), holdId);
                return new ShipmentLedger.Written(Json.compact(out), audit(r, actor, d, checked, out));
            });
            return switch (done) {
                case ShipmentLedger.Recorded.New n -> {
                    chainNow();
                    yield new ShipOutcome((ObjectNode) Licenses.parse(n.outcomeJson()));
                }
                case ShipmentLedger.Recorded.Existing e -> again(e.first(), hash, r.line());
                case ShipmentLedger.Recorded.Short s -> record(r, key, hash, actor, value, d, checked,
                        plan.refusedAt(s.draw(), s.remaining()), shipments, store);
            };
        }

        /** The quotas an accepted shipment touches: by its destination and its consignee's party id. */
        private OutcomeTable.Planned withQuotas(OutcomeTable.Planned plan, Determination d, ShipmentScreening.Ids ids) {
            List<String> scopes = new ArrayList<>();
            scopes.add("country:" + d.parties().destination());
            if (ids.consignee() != null) scopes.add("consignee:" + ids.consignee());
            var touching = new org.clearance.ledger.licenses.QuotaStore(ledger.connection()).touching(scopes, d.date());
            if (touching.isEmpty()) return plan;
            List<ShipmentLedger.Draw> draws = Quotas.draws(touching, scopes, d.parties().quantity(), plan.tpp(), data,
                    d.date());
            if (draws == null) {
                return new OutcomeTable.Planned(ShipOutcome.Status.REFUSED, new ShipOutcome.Reason("tpp_unknown",
                        "a quota on TPP or H100-equivalents applies to this shipment, and the item's TPP is not known "
                        + "from its specification"), List.of(), plan.licenseNumber(), plan.exception(), null, List.of());
            }
            Map<Long, String> labels = new HashMap<>();
            for (var q : touching) labels.put(q.id(), Quotas.label(q));
            return plan.withQuotas(draws, labels);
        }

        private AuditEvent audit(ShipRequest r, String actor, Determination d, CheckShipment.Checked checked,
                                 ObjectNode out) {
            ObjectNode p = AuditLog.payload(d.pack());
            p.set("inputs", r.json());
            ObjectNode decision = p.putObject("decision");
            decision.put("verdict", d.verdict().name());
            decision.put("review_policy", d.reviewPolicy() == null ? null : d.reviewPolicy().name());
            decision.put("eccn", d.eccn());
            decision.put("date", d.date().toString());
            decision.set("missing", Json.strings(d.missing()));
            decision.set("license_exceptions", Json.strings(d.licenseExceptions().stream()
                    .map(Determination.ExceptionOffer::code).toList()));
            decision.set("screening", checked.screening().json());
            if (checked.screening().listVersions() != null) p.put("list_versions", checked.screening().listVersions());
            p.set("output", out);
            return new AuditEvent(AuditKinds.SHIPMENT, actor, p);
        }

        private void chainNow() {
            if (++sinceChain >= CHAIN_EVERY) {
                sinceChain = 0;
                new AuditTrail(ledger.connection()).chain();
            }
        }

        private ShipOutcome again(ShipmentLedger.Stored first, String hash, Integer line) {
            if (first.contentHash().equals(hash)) return ShipOutcome.replayed(first.outcome(), line);
            ObjectNode o = ShipOutcome.of(first.key(), line, ShipOutcome.Status.REFUSED, new ShipOutcome.Reason(
                    "conflict", "the idempotency key " + first.key() + " was recorded on " + first.recordedAt()
                    + " for a shipment with other content; a new shipment takes a new key"), null, null, null, null,
                    null, null);
            return new ShipOutcome(o);
        }

        private License parsed(LicenseStore.StoredLicense s) {
            return parsed.computeIfAbsent(s.number() + "#" + s.version(),
                    k -> LicenseFile.fromStored(s.content(), s.number(), data));
        }

        private CheckShipment.Parties parties(ShipmentScreening.Ids ids) {
            return switch (screening) {
                case Screening.InDatabase i -> new CheckShipment.Parties.Service(service, ids);
                case Screening.HitsFile h -> new CheckShipment.Parties.HitsFile(h.file());
                case Screening.NotScreened n -> new CheckShipment.Parties.NotScreened(n.why());
            };
        }

        private List<PartyHit> fieldsHits() {
            if (!(screening instanceof Screening.HitsFile h)) return List.of();
            List<PartyHit> out = new ArrayList<>();
            HitsReader.read(h.file()).values().forEach(out::addAll);
            return out;
        }

        @Override
        public void close() {
            try {
                new AuditTrail(ledger.connection()).chain();
            } finally {
                if (service != null) service.close();
                else ledger.close();
            }
        }
    }

    private DeterminationRules restricted() {
        return data.pack().section(DeterminationRules.class);
    }

    /** The hits nobody has adjudicated yet (screened now, or from the hits file). */
    static List<PartyHit> unadjudicated(CheckShipment.Checked checked, List<PartyHit> fromFile) {
        List<PartyHit> out = new ArrayList<>();
        for (ShipmentScreening.ScreenedParty p : checked.screening().parties()) {
            for (PartyHit h : p.result().hits()) if (h.adjudicated() == null) out.add(h);
        }
        for (PartyHit h : fromFile) if (h.adjudicated() == null) out.add(h);
        return out;
    }

    static RestrictedList.Effect effect(PartyHit h, DeterminationRules rules) {
        if (h.blocked()) return RestrictedList.Effect.BLOCKED;
        try {
            return rules.restrictedList(h.list()).effect();
        } catch (RuntimeException e) {
            return RestrictedList.Effect.REVIEW;
        }
    }

    private static ArrayNode hitsJson(List<PartyHit> hits) {
        ArrayNode a = Json.array();
        for (PartyHit h : hits) {
            a.addObject().put("list", h.list()).put("entity_id", h.entityId()).put("matched_name", h.matchedName())
                    .put("list_version", h.listVersion()).put("score", h.score() == null ? null : h.score().toPlainString());
        }
        return a;
    }

    /** {@code drawn} and {@code remaining} as the result shows them: the whole license's, then {@code items}. */
    static Map<String, ObjectNode> balances(List<ShipmentLedger.Draw> draws, Map<ShipmentLedger.Draw, BigDecimal> after,
                                            Map<Long, String> quotas) {
        if (draws.isEmpty()) return null;
        ObjectNode drawn = Json.object();
        ObjectNode remaining = Json.object();
        for (ShipmentLedger.Draw d : draws) {
            if (d.quota() != null) {
                if (d.kind().equals("base")) continue;
                String label = quotas.get(d.quota());
                ObjectNode dq = drawn.has("quotas") ? (ObjectNode) drawn.get("quotas") : drawn.putObject("quotas");
                ObjectNode rq = remaining.has("quotas") ? (ObjectNode) remaining.get("quotas") : remaining.putObject("quotas");
                dq.put(label, Shown.plain(d.amount()));
                BigDecimal left = after.get(d);
                if (left != null) rq.put(label, Shown.plain(left));
                continue;
            }
            ObjectNode dn = drawn;
            ObjectNode rn = remaining;
            if (!d.scope().isEmpty()) {
                dn = (drawn.has("items") ? (ObjectNode) drawn.get("items") : drawn.putObject("items"));
                dn = dn.has(d.scope()) ? (ObjectNode) dn.get(d.scope()) : dn.putObject(d.scope());
                rn = (remaining.has("items") ? (ObjectNode) remaining.get("items") : remaining.putObject("items"));
                rn = rn.has(d.scope()) ? (ObjectNode) rn.get(d.scope()) : rn.putObject(d.scope());
            }
            Shown.put(dn, d.kind(), d.amount());
            BigDecimal left = after.get(d);
            if (left != null) Shown.put(rn, d.kind(), left);
        }
        Map<String, ObjectNode> m = new LinkedHashMap<>();
        m.put("drawn", drawn);
        m.put("remaining", remaining);
        return m;
    }

    /** The TPP of {@code units} units, rounded up to the ledger's 6 decimals (never under-counted). */
    static BigDecimal tpp(BigDecimal perUnit, int units) {
        return perUnit.multiply(BigDecimal.valueOf(units)).setScale(LicenseFile.SCALE, RoundingMode.CEILING)
                .stripTrailingZeros();
    }

    static boolean isFile(String item) {
        return item != null && Files.isRegularFile(Path.of(item));
    }
}

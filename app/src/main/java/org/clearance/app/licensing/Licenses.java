package org.clearance.app.licensing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clearance.app.AuditLog;
import org.clearance.app.BadInput;
import org.clearance.app.Database;
import org.clearance.app.RuleData;
import org.clearance.app.json.Json;
import org.clearance.ledger.Ledger;
import org.clearance.ledger.LedgerException;
import org.clearance.ledger.audit.AuditEvent;
import org.clearance.ledger.audit.AuditKinds;
import org.clearance.ledger.audit.AuditTrail;
import org.clearance.ledger.audit.ChainHash;
import org.clearance.ledger.licenses.LicenseStore;
import org.clearance.ledger.licenses.ShipmentLedger;
import org.clearance.yaml.Documents;
import org.clearance.yaml.StrictNode;

/**
 * The license use cases (docs/ledger.md, "Licenses"): add, amend (a new version, the old kept), show, list, import,
 * export, suspend, revoke, reinstate. Each change is one transaction with its audit row.
 */
public final class Licenses {

    private final RuleData data;
    private final String url;
    private final Clock clock;

    /** {@code url}: the database (null: the embedded file). */
    public Licenses(RuleData data, String url) {
        this(data, url, Clock.systemUTC());
    }

    Licenses(RuleData data, String url, Clock clock) {
        this.data = data;
        this.url = Database.url(url);
        this.clock = clock;
    }

    /** Adds the license in {@code file}; one with that number already is refused (amend it instead). */
    public License add(Path file, String actor) throws IOException {
        License l = LicenseFile.read(file, data);
        ObjectNode source = AuditLog.file(file);
        try (Ledger ledger = Ledger.open(url)) {
            inTransaction(ledger, c -> {
                LicenseStore store = new LicenseStore(c);
                if (store.find(l.number()).isPresent()) {
                    throw new BadInput(file + ": license " + l.number() + " is already recorded; change it with "
                            + "license amend " + l.number() + " --file FILE");
                }
                store.add(version(l, actor, null), l.status().code());
                ObjectNode p = payload(l, 1);
                p.set("file", source);
                new AuditTrail(c).append(new AuditEvent(AuditKinds.LICENSE_ADD, actor, p));
            });
        }
        return l;
    }

    /** Records the file as the license's next version: limits kept keep what was drawn on them. */
    public License amend(String number, Path file, String actor, String reason) throws IOException {
        License l = LicenseFile.read(file, data);
        if (!l.number().equals(number)) {
            throw new BadInput(file + ": number: the file is license " + l.number() + ", not " + number);
        }
        ObjectNode source = AuditLog.file(file);
        try (Ledger ledger = Ledger.open(url)) {
            inTransaction(ledger, c -> amendIn(c, l, actor, reason, source));
        }
        return l;
    }

    private int amendIn(Connection c, License l, String actor, String reason, ObjectNode source) {
        LicenseStore store = new LicenseStore(c);
        LicenseStore.StoredLicense old = store.find(l.number()).orElseThrow(() -> unknown(l.number()));
        String canonical = LicenseFile.canonical(l);
        if (canonical.equals(old.content())) return 0;
        Map<String, Map<String, BigDecimal>> limits = l.limitsByScope();
        for (LicenseStore.Limit drawn : store.limits(l.number())) {
            BigDecimal now = limits.getOrDefault(drawn.scope(), Map.of()).get(drawn.kind());
            if (now != null && now.compareTo(drawn.drawn()) < 0) {
                throw new BadInput("license " + l.number() + ": limits" + (drawn.scope().isEmpty() ? "" : " of "
                        + drawn.scope()) + "." + drawn.kind() + ": " + now.toPlainString() + " is below what has "
                        + "already been drawn (" + drawn.drawn().stripTrailingZeros().toPlainString() + ")");
            }
        }
        int version = old.version() + 1;
        store.amend(version(l, actor, reason), version);
        if (!old.status().equals(l.status().code())) {
            store.setStatus(l.number(), l.status().code(), "amended to version " + version, actor, now());
        }
        ObjectNode p = payload(l, version);
        if (reason != null) p.put("reason", reason);
        if (source != null) p.set("file", source);
        new AuditTrail(c).append(new AuditEvent(AuditKinds.LICENSE_AMEND, actor, p));
        return version;
    }

    /** suspend, revoke or reinstate: the transitions a status allows (revoked is final). */
    public enum Change {
        SUSPEND("suspended", AuditKinds.LICENSE_SUSPEND), REVOKE("revoked", AuditKinds.LICENSE_REVOKE),
        REINSTATE("active", AuditKinds.LICENSE_REINSTATE);

        final String status;
        final String kind;

        Change(String status, String kind) {
            this.status = status;
            this.kind = kind;
        }

        boolean allowedFrom(String from) {
            return switch (this) {
                case SUSPEND -> from.equals("active");
                case REVOKE -> from.equals("active") || from.equals("suspended") || from.equals("expired");
                case REINSTATE -> from.equals("suspended");
            };
        }
    }

    public String change(String number, Change change, String reason, String actor) {
        if (reason == null || reason.isBlank()) throw new BadInput("--reason is required");
        try (Ledger ledger = Ledger.open(url)) {
            inTransaction(ledger, c -> {
                LicenseStore store = new LicenseStore(c);
                LicenseStore.StoredLicense l = store.find(number).orElseThrow(() -> unknown(number));
                if (!change.allowedFrom(l.status())) {
                    throw new BadInput("license " + number + " is " + l.status() + ": it cannot be "
                            + change.name().toLowerCase(java.util.Locale.ROOT) + "d");
                }
                store.setStatus(number, change.status, reason.strip(), actor, now());
                ObjectNode p = AuditLog.payload(null);
                p.put("number", number).put("from", l.status()).put("to", change.status).put("reason", reason.strip());
                new AuditTrail(c).append(new AuditEvent(change.kind, actor, p));
            });
        }
        return change.status;
    }

    /** A license with its balances, versions, status changes and shipments. */
    public Shown show(String number) {
        try (Ledger ledger = Ledger.open(url)) {
            LicenseStore store = new LicenseStore(ledger.connection());
            LicenseStore.StoredLicense stored = store.find(number).orElseThrow(() -> unknown(number));
            return new Shown(stored, LicenseFile.fromStored(stored.content(), number, data), store.limits(number),
                    store.versions(number), store.statusChanges(number),
                    new ShipmentLedger(ledger.connection()).forLicense(number));
        }
    }

    public List<Shown> list() {
        List<Shown> out = new ArrayList<>();
        try (Ledger ledger = Ledger.open(url)) {
            LicenseStore store = new LicenseStore(ledger.connection());
            for (LicenseStore.StoredLicense s : store.all()) {
                out.add(new Shown(s, LicenseFile.fromStored(s.content(), s.number(), data), store.limits(s.number()),
                        List.of(), List.of(), List.of()));
            }
        }
        return out;
    }

    /** Writes every license (its current version, with its status) as one JSON array, readable by import. */
    public int export(Path file) throws IOException {
        ArrayNode all = Json.array();
        for (Shown s : list()) {
            ObjectNode o = LicenseFile.json(s.license());
            o.put("status", s.stored().status());
            all.add(o);
        }
        Files.writeString(file, Json.write(all) + "\n", StandardCharsets.UTF_8);
        return all.size();
    }

    public record Imported(int added, int amended, int unchanged) {
        public ObjectNode json() {
            return Json.object().put("added", added).put("amended", amended).put("unchanged", unchanged);
        }
    }

    /**
     * Imports a JSON array of license files (what export writes), all or nothing: a license not recorded yet is
     * added, one recorded with other content becomes its next version, one unchanged is left alone.
     */
    public Imported importFile(Path file, String actor) throws IOException {
        StrictNode root = Documents.read(file, file.toString());
        List<License> licenses = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (StrictNode n : root.list()) {
            License l = LicenseFile.parse(n, data);
            if (numbers.contains(l.number())) throw n.error("license " + l.number() + " appears twice");
            numbers.add(l.number());
            licenses.add(l);
        }
        ObjectNode source = AuditLog.file(file);
        int[] counts = new int[3];
        try (Ledger ledger = Ledger.open(url)) {
            inTransaction(ledger, c -> {
                LicenseStore store = new LicenseStore(c);
                for (License l : licenses) {
                    if (store.find(l.number()).isEmpty()) {
                        store.add(version(l, actor, "imported"), l.status().code());
                        counts[0]++;
                    } else if (amendIn(c, l, actor, "imported", null) > 0) {
                        counts[1]++;
                    } else {
                        counts[2]++;
                    }
                }
                ObjectNode p = AuditLog.payload(null);
                p.set("file", source);
                p.set("licenses", Json.strings(numbers));
                p.put("added", counts[0]).put("amended", counts[1]).put("unchanged", counts[2]);
                new AuditTrail(c).append(new AuditEvent(AuditKinds.LICENSE_IMPORT, actor, p));
            });
        }
        return new Imported(counts[0], counts[1], counts[2]);
    }

    private LicenseStore.NewVersion version(License l, String actor, String reason) {
        String canonical = LicenseFile.canonical(l);
        return new LicenseStore.NewVersion(l.number(), l.holder(), canonical, ChainHash.sha256(
                canonical.getBytes(StandardCharsets.UTF_8)), l.validFrom(), l.validTo(), l.limitsByScope(), actor,
                reason, now());
    }

    private ObjectNode payload(License l, int version) {
        ObjectNode p = AuditLog.payload(null);
        String canonical = LicenseFile.canonical(l);
        p.put("number", l.number()).put("version", version)
                .put("content_hash", ChainHash.sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        p.set("license", LicenseFile.json(l));
        return p;
    }

    private String now() {
        return Times.rfc3339(clock.instant());
    }

    static BadInput unknown(String number) {
        return new BadInput("no license " + number + " is recorded (see: clearance license list)");
    }

    interface Work {
        void run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction, commits, then chains the audit trail. */
    static void inTransaction(Ledger ledger, Work work) {
        Connection c = ledger.connection();
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot write the licenses: " + e.getMessage(), e);
        }
        new AuditTrail(c).chain();
    }

    /** A JSON object as {@code license show --json} prints it (indented). */
    public static String jsonText(ObjectNode o) {
        return Json.write(o);
    }

    /** {@code license list --json}: the licenses with their balances (no versions or shipments). */
    public static String listJson(List<Shown> all) {
        ArrayNode a = Json.array();
        for (Shown s : all) {
            ObjectNode o = s.json();
            o.remove("versions");
            o.remove("status_changes");
            o.remove("shipments");
            a.add(o);
        }
        return Json.write(a);
    }

    static JsonNode parse(String json) {
        return Documents.parse(json.getBytes(StandardCharsets.UTF_8), "stored", true).raw();
    }
}

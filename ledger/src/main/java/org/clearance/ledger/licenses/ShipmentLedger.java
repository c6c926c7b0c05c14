package org.clearance.ledger.licenses;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.clearance.ledger.LedgerException;
import org.clearance.ledger.audit.AuditEvent;
import org.clearance.ledger.audit.AuditTrail;

/**
 * Shipments and their draws (V33), recorded atomically (docs/ledger.md, "Depletion" and "Idempotency").
 *
 * <p>{@link #record} runs one transaction: every draw is one conditional {@code UPDATE ... SET drawn = drawn + ?
 * WHERE ... AND drawn + ? <= limit_amount}, in a fixed order (account, then kind) so that two writers never wait for
 * each other in a cycle; the row lock each UPDATE takes holds the limit until commit, and both H2 and PostgreSQL
 * re-read a row they waited for before testing the condition, so the sum of the draws never passes a limit. If any
 * draw would pass its limit, nothing is drawn. Then the shipment is inserted under its idempotency key (UNIQUE): a key
 * that another process recorded meanwhile rolls everything back and returns that first record. The audit row is
 * appended in the same transaction. Not thread-safe: one per connection.
 */
public final class ShipmentLedger {

    /**
     * What a shipment draws on one limit: a license's ({@code number}, {@code scope}, {@code kind}), or a quota's
     * ({@code quota} id; kind {@code drawn}, or {@code base} for the units a ratio quota counts on its other side,
     * which is added without a condition).
     */
    public record Draw(String number, String scope, String kind, BigDecimal amount, Long quota) {
        public Draw(String number, String scope, String kind, BigDecimal amount) {
            this(number, scope, kind, amount, null);
        }

        public static Draw onQuota(long id, String kind, BigDecimal amount) {
            return new Draw(null, null, kind, amount, id);
        }

        /** Licenses sort before quotas ("license:" &lt; "quota:"): one fixed order for every writer. */
        public String account() {
            return quota != null ? "quota:" + quota : "license:" + number + "|" + scope;
        }

        static Draw of(String account, String kind, BigDecimal amount) {
            if (account.startsWith("quota:")) return onQuota(Long.parseLong(account.substring("quota:".length())), kind, amount);
            int bar = account.indexOf('|');
            return new Draw(account.substring("license:".length(), bar), account.substring(bar + 1), kind, amount);
        }
    }

    /** The shipment's row as first written. */
    public record NewShipment(String key, String contentHash, String status, String reasonCode, String verdict,
                              String licenseNumber, String exceptionCode, String item, Integer quantity,
                              BigDecimal tpp, BigDecimal value, String destination, LocalDate shipDate, String actor,
                              String recordedAt, NewHold hold) {
    }

    /** The hold a held shipment opens (null for any other outcome). */
    public record NewHold(String reasonCode, String reasonText, String hitsJson, String requestJson) {
    }

    /** A recorded shipment. */
    public record Stored(long id, String key, String contentHash, String status, String reasonCode, String verdict,
                         String licenseNumber, String exceptionCode, String item, Integer quantity, BigDecimal tpp,
                         BigDecimal value, String destination, LocalDate shipDate, String outcome, String recordedAt,
                         String actor, String voidedAt, String voidedBy, String voidReason) {
        public boolean voided() {
            return voidedAt != null;
        }
    }

    /** The outcome JSON and the audit row of a shipment, written once its draws' remaining balances are known. */
    public record Written(String outcomeJson, AuditEvent audit) {
    }

    /** What {@link #record} did. */
    public sealed interface Recorded {
        /** Recorded now; {@code remaining} is each drawn limit's balance after this shipment. */
        record New(long id, String outcomeJson) implements Recorded {
        }

        /** The key was already recorded (its first outcome; compare the content hash). */
        record Existing(Stored first) implements Recorded {
        }

        /** Drawing {@code draw} would have passed its limit: nothing was recorded or drawn. */
        record Short(Draw draw, BigDecimal remaining) implements Recorded {
        }
    }

    private final Connection c;

    public ShipmentLedger(Connection c) {
        this.c = c;
    }

    /**
     * Records a shipment under its key with its draws, in one transaction of its own (the connection must have none
     * open). {@code write} gives the outcome JSON and the audit row from the balances after the draws (by draw) and the id of
     * the hold it opened (null when none).
     */
    public Recorded record(NewShipment s, List<Draw> draws, java.util.function.BiFunction<Map<Draw, BigDecimal>, Long, Written> write) {
        try {
            Optional<Stored> first = byKey(s.key());
            if (first.isPresent()) return new Recorded.Existing(first.get());
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Map<Draw, BigDecimal> remaining = new LinkedHashMap<>();
                List<Draw> ordered = new ArrayList<>(draws);
                ordered.sort(Comparator.comparing(Draw::account).thenComparing(Draw::kind));
                for (Draw d : ordered) {
                    if (!draw(d)) {
                        BigDecimal left = balance(d);
                        c.rollback();
                        return new Recorded.Short(d, left);
                    }
                    remaining.put(d, balance(d));
                }
                Written w;
                long id;
                try {
                    Long holdId = s.hold() == null ? null : insertHold(s);
                    w = write.apply(remaining, holdId);
                    id = insert(s, w.outcomeJson());
                } catch (SQLException e) {
                    if (!isUniqueViolation(e)) throw e;
                    c.rollback();
                    return new Recorded.Existing(byKey(s.key()).orElseThrow(() -> new LedgerException(
                            "shipment " + s.key() + " was refused as a duplicate but is not there")));
                }
                try (PreparedStatement ins = c.prepareStatement(
                        "INSERT INTO shipment_draw (shipment_id, account, kind, amount) VALUES (?, ?, ?, ?)")) {
                    for (Draw d : ordered) {
                        ins.setLong(1, id);
                        ins.setString(2, d.account());
                        ins.setString(3, d.kind());
                        ins.setBigDecimal(4, d.amount());
                        ins.addBatch();
                    }
                    if (!ordered.isEmpty()) ins.executeBatch();
                }
                if (w.audit() != null) new AuditTrail(c).append(w.audit());
                c.commit();
                return new Recorded.New(id, w.outcomeJson());
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw LicenseStore.failed("record shipment " + s.key(), e);
        }
    }

    private long insertHold(NewShipment s) throws SQLException {
        try (PreparedStatement i = c.prepareStatement("INSERT INTO hold (idempotency_key, reason_code, reason_text, "
                + "hits, request, status, created_at) VALUES (?, ?, ?, ?, ?, 'open', ?)", Statement.RETURN_GENERATED_KEYS)) {
            i.setString(1, s.key());
            i.setString(2, s.hold().reasonCode());
            i.setString(3, s.hold().reasonText());
            i.setString(4, s.hold().hitsJson());
            i.setString(5, s.hold().requestJson());
            i.setString(6, s.recordedAt());
            i.executeUpdate();
            try (ResultSet keys = i.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private boolean draw(Draw d) throws SQLException {
        if (d.quota() != null) {
            boolean base = d.kind().equals("base");
            try (PreparedStatement u = c.prepareStatement(base ? "UPDATE quota SET base = base + ? WHERE id = ?"
                    : "UPDATE quota SET drawn = drawn + ? WHERE id = ? AND drawn + ? <= CASE WHEN kind = 'ratio' "
                    + "THEN cap * base ELSE cap END")) {
                u.setBigDecimal(1, d.amount());
                u.setLong(2, d.quota());
                if (!base) u.setBigDecimal(3, d.amount());
                return u.executeUpdate() == 1;
            }
        }
        try (PreparedStatement u = c.prepareStatement("UPDATE license_limit SET drawn = drawn + ? WHERE number = ? "
                + "AND scope = ? AND kind = ? AND drawn + ? <= limit_amount")) {
            u.setBigDecimal(1, d.amount());
            u.setString(2, d.number());
            u.setString(3, d.scope());
            u.setString(4, d.kind());
            u.setBigDecimal(5, d.amount());
            return u.executeUpdate() == 1;
        }
    }

    private BigDecimal balance(Draw d) throws SQLException {
        if (d.quota() != null) {
            try (PreparedStatement q = c.prepareStatement("SELECT CASE WHEN kind = 'ratio' THEN cap * base ELSE cap END "
                    + "- drawn, base FROM quota WHERE id = ?")) {
                q.setLong(1, d.quota());
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) return BigDecimal.ZERO;
                    return d.kind().equals("base") ? rs.getBigDecimal(2) : rs.getBigDecimal(1);
                }
            }
        }
        try (PreparedStatement q = c.prepareStatement("SELECT limit_amount - drawn FROM license_limit WHERE number = ? "
                + "AND scope = ? AND kind = ?")) {
            q.setString(1, d.number());
            q.setString(2, d.scope());
            q.setString(3, d.kind());
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getBigDecimal(1) : BigDecimal.ZERO;
            }
        }
    }

    private long insert(NewShipment s, String outcome) throws SQLException {
        try (PreparedStatement i = c.prepareStatement("INSERT INTO shipment (idempotency_key, content_hash, status, "
                + "reason_code, verdict, license_number, exception_code, item, quantity, tpp, declared_value, "
                + "destination, ship_date, outcome, recorded_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            i.setString(1, s.key());
            i.setString(2, s.contentHash());
            i.setString(3, s.status());
            i.setString(4, s.reasonCode());
            i.setString(5, s.verdict());
            i.setString(6, s.licenseNumber());
            i.setString(7, s.exceptionCode());
            i.setString(8, s.item());
            i.setObject(9, s.quantity());
            i.setBigDecimal(10, s.tpp());
            i.setBigDecimal(11, s.value());
            i.setString(12, s.destination());
            i.setObject(13, s.shipDate());
            i.setString(14, outcome);
            i.setString(15, s.recordedAt());
            i.setString(16, s.actor());
            i.executeUpdate();
            try (ResultSet keys = i.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static boolean isUniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) return true;
        }
        return false;
    }

    private static final String SELECT = "SELECT id, idempotency_key, content_hash, status, reason_code, verdict, "
            + "license_number, exception_code, item, quantity, tpp, declared_value, destination, ship_date, outcome, "
            + "recorded_at, actor, voided_at, voided_by, void_reason FROM shipment";

    public Optional<Stored> byKey(String key) {
        try (PreparedStatement q = c.prepareStatement(SELECT + " WHERE idempotency_key = ?")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(stored(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw LicenseStore.failed("read shipment " + key, e);
        }
    }

    /** The shipments recorded against a license, in the order they were recorded. */
    public List<Stored> forLicense(String number) {
        return query(SELECT + " WHERE license_number = ? ORDER BY id", number);
    }

    /** Every shipment dated within [from, to], in the order recorded. */
    public List<Stored> dated(LocalDate from, LocalDate to) {
        try (PreparedStatement q = c.prepareStatement(SELECT + " WHERE ship_date >= ? AND ship_date <= ? ORDER BY id")) {
            q.setObject(1, from);
            q.setObject(2, to);
            return list(q);
        } catch (SQLException e) {
            throw LicenseStore.failed("read the shipments", e);
        }
    }

    private List<Stored> query(String sql, String arg) {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, arg);
            return list(q);
        } catch (SQLException e) {
            throw LicenseStore.failed("read the shipments", e);
        }
    }

    private static List<Stored> list(PreparedStatement q) throws SQLException {
        List<Stored> out = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) out.add(stored(rs));
        }
        return out;
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), (Integer) rs.getObject(10),
                rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getString(13), rs.getObject(14, LocalDate.class),
                rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19),
                rs.getString(20));
    }

    /** What a shipment drew, by limit. */
    public List<Draw> draws(long shipmentId) {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT account, kind, amount FROM shipment_draw WHERE shipment_id = ? ORDER BY account, kind")) {
            q.setLong(1, shipmentId);
            List<Draw> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) out.add(Draw.of(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)));
            }
            return out;
        } catch (SQLException e) {
            throw LicenseStore.failed("read the draws of shipment " + shipmentId, e);
        }
    }

    /** Why a void was refused, or null when it was done. */
    public enum VoidRefusal { UNKNOWN, NOT_ACCEPTED, ALREADY_VOIDED }

    /**
     * Voids an accepted shipment in one transaction: marks its row (never deleted), puts back each draw on the limit
     * it came from (a limit an amendment removed since is left alone), appends {@code audit}.
     */
    public VoidRefusal voidShipment(String key, String by, String reason, String at, Function<Stored, AuditEvent> audit) {
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Stored s;
                try (PreparedStatement q = c.prepareStatement(SELECT + " WHERE idempotency_key = ? FOR UPDATE")) {
                    q.setString(1, key);
                    try (ResultSet rs = q.executeQuery()) {
                        if (!rs.next()) {
                            c.rollback();
                            return VoidRefusal.UNKNOWN;
                        }
                        s = stored(rs);
                    }
                }
                if (!"accepted".equals(s.status())) {
                    c.rollback();
                    return VoidRefusal.NOT_ACCEPTED;
                }
                if (s.voided()) {
                    c.rollback();
                    return VoidRefusal.ALREADY_VOIDED;
                }
                List<Draw> drawn = draws(s.id());
                try (PreparedStatement u = c.prepareStatement("UPDATE license_limit SET drawn = drawn - ? "
                        + "WHERE number = ? AND scope = ? AND kind = ?");
                     PreparedStatement q = c.prepareStatement("UPDATE quota SET drawn = drawn - ? WHERE id = ?");
                     PreparedStatement b = c.prepareStatement("UPDATE quota SET base = base - ? WHERE id = ?")) {
                    for (Draw d : drawn) {
                        if (d.quota() != null) {
                            PreparedStatement back = d.kind().equals("base") ? b : q;
                            back.setBigDecimal(1, d.amount());
                            back.setLong(2, d.quota());
                            back.executeUpdate();
                            continue;
                        }
                        u.setBigDecimal(1, d.amount());
                        u.setString(2, d.number());
                        u.setString(3, d.scope());
                        u.setString(4, d.kind());
                        u.executeUpdate();
                    }
                }
                try (PreparedStatement u = c.prepareStatement("UPDATE shipment SET voided_at = ?, voided_by = ?, "
                        + "void_reason = ? WHERE id = ? AND voided_at IS NULL")) {
                    u.setString(1, at);
                    u.setString(2, by);
                    u.setString(3, reason);
                    u.setLong(4, s.id());
                    u.executeUpdate();
                }
                new AuditTrail(c).append(audit.apply(s));
                c.commit();
                return null;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw LicenseStore.failed("void shipment " + key, e);
        }
    }
}

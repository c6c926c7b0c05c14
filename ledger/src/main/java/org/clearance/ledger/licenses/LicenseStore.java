package org.clearance.ledger.licenses;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clearance.ledger.LedgerException;

/**
 * The licenses' rows (V32): each license, its versions (canonical JSON, never edited), its status changes and its
 * limits with what is drawn on them. Rows only: the caller holds the transaction. Not thread-safe (one per connection).
 */
public final class LicenseStore {

    /** A license as stored: its current version's content. */
    public record StoredLicense(String number, String holder, String status, int version, String content,
                                String contentHash, LocalDate validFrom, LocalDate validTo) {
    }

    /** One version of a license file. */
    public record Version(int version, String contentHash, LocalDate validFrom, LocalDate validTo, String recordedAt,
                          String actor, String reason, String content) {
    }

    public record StatusChange(String status, String reason, String actor, String recordedAt) {
    }

    /** A limit: scope '' is the whole license, else one of its items ({@code catalog_id:X}, {@code eccn:X} …). */
    public record Limit(String scope, String kind, BigDecimal limit, BigDecimal drawn) {
        public BigDecimal remaining() {
            return limit.subtract(drawn);
        }
    }

    /** A version to write: the canonical JSON, its hash, its dates and the limits it sets ({scope → {kind → amount}}). */
    public record NewVersion(String number, String holder, String content, String contentHash, LocalDate validFrom,
                             LocalDate validTo, Map<String, Map<String, BigDecimal>> limits, String actor,
                             String reason, String recordedAt) {
    }

    private final Connection c;

    public LicenseStore(Connection c) {
        this.c = c;
    }

    public Optional<StoredLicense> find(String number) {
        try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE l.number = ?")) {
            s.setString(1, number);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(license(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("read license " + number, e);
        }
    }

    public List<StoredLicense> all() {
        try (PreparedStatement s = c.prepareStatement(SELECT + " ORDER BY l.number")) {
            List<StoredLicense> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(license(rs));
            }
            return out;
        } catch (SQLException e) {
            throw failed("list the licenses", e);
        }
    }

    private static final String SELECT = "SELECT l.number, l.holder, l.status, l.current_version, v.content, "
            + "v.content_hash, v.valid_from, v.valid_to FROM license l JOIN license_version v "
            + "ON v.number = l.number AND v.version = l.current_version";

    private static StoredLicense license(ResultSet rs) throws SQLException {
        return new StoredLicense(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class));
    }

    /** Adds a new license with its first version, status active. */
    public void add(NewVersion v, String status) {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO license (number, holder, status, current_version) VALUES (?, ?, ?, 1)")) {
            s.setString(1, v.number());
            s.setString(2, v.holder());
            s.setString(3, status);
            s.executeUpdate();
            insertVersion(v, 1);
            for (var scope : v.limits().entrySet()) {
                for (var kind : scope.getValue().entrySet()) insertLimit(v.number(), scope.getKey(), kind.getKey(), kind.getValue());
            }
        } catch (SQLException e) {
            throw failed("add license " + v.number(), e);
        }
    }

    /**
     * Writes version {@code version} as the current one and sets the limits it names: a limit kept keeps what was
     * drawn on it, a new one starts at zero, one the new version drops is removed.
     */
    public void amend(NewVersion v, int version) {
        try {
            insertVersion(v, version);
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE license SET current_version = ?, holder = ? WHERE number = ?")) {
                s.setInt(1, version);
                s.setString(2, v.holder());
                s.setString(3, v.number());
                s.executeUpdate();
            }
            List<Limit> before = limits(v.number());
            for (Limit old : before) {
                BigDecimal now = v.limits().getOrDefault(old.scope(), Map.of()).get(old.kind());
                if (now == null) {
                    try (PreparedStatement s = c.prepareStatement(
                            "DELETE FROM license_limit WHERE number = ? AND scope = ? AND kind = ?")) {
                        s.setString(1, v.number());
                        s.setString(2, old.scope());
                        s.setString(3, old.kind());
                        s.executeUpdate();
                    }
                } else {
                    try (PreparedStatement s = c.prepareStatement(
                            "UPDATE license_limit SET limit_amount = ? WHERE number = ? AND scope = ? AND kind = ?")) {
                        s.setBigDecimal(1, now);
                        s.setString(2, v.number());
                        s.setString(3, old.scope());
                        s.setString(4, old.kind());
                        s.executeUpdate();
                    }
                }
            }
            for (var scope : v.limits().entrySet()) {
                for (var kind : scope.getValue().entrySet()) {
                    boolean existed = before.stream().anyMatch(l -> l.scope().equals(scope.getKey())
                            && l.kind().equals(kind.getKey()));
                    if (!existed) insertLimit(v.number(), scope.getKey(), kind.getKey(), kind.getValue());
                }
            }
        } catch (SQLException e) {
            throw failed("amend license " + v.number(), e);
        }
    }

    private void insertVersion(NewVersion v, int version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO license_version (number, version, content, "
                + "content_hash, valid_from, valid_to, recorded_at, actor, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, v.number());
            s.setInt(2, version);
            s.setString(3, v.content());
            s.setString(4, v.contentHash());
            s.setObject(5, v.validFrom());
            s.setObject(6, v.validTo());
            s.setString(7, v.recordedAt());
            s.setString(8, v.actor());
            s.setString(9, v.reason());
            s.executeUpdate();
        }
    }

    private void insertLimit(String number, String scope, String kind, BigDecimal amount) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO license_limit (number, scope, kind, limit_amount, drawn) VALUES (?, ?, ?, ?, 0)")) {
            s.setString(1, number);
            s.setString(2, scope);
            s.setString(3, kind);
            s.setBigDecimal(4, amount);
            s.executeUpdate();
        }
    }

    public void setStatus(String number, String status, String reason, String actor, String recordedAt) {
        try (PreparedStatement s = c.prepareStatement("UPDATE license SET status = ? WHERE number = ?");
             PreparedStatement h = c.prepareStatement("INSERT INTO license_status_change (number, status, reason, "
                     + "actor, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, status);
            s.setString(2, number);
            s.executeUpdate();
            h.setString(1, number);
            h.setString(2, status);
            h.setString(3, reason);
            h.setString(4, actor);
            h.setString(5, recordedAt);
            h.executeUpdate();
        } catch (SQLException e) {
            throw failed("change the status of license " + number, e);
        }
    }

    /** The limits, ordered by scope and kind (the order shipments draw in). */
    public List<Limit> limits(String number) {
        try (PreparedStatement s = c.prepareStatement("SELECT scope, kind, limit_amount, drawn FROM license_limit "
                + "WHERE number = ? ORDER BY scope, kind")) {
            s.setString(1, number);
            List<Limit> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(new Limit(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
            }
            return out;
        } catch (SQLException e) {
            throw failed("read the limits of license " + number, e);
        }
    }

    public List<Version> versions(String number) {
        try (PreparedStatement s = c.prepareStatement("SELECT version, content_hash, valid_from, valid_to, "
                + "recorded_at, actor, reason, content FROM license_version WHERE number = ? ORDER BY version")) {
            s.setString(1, number);
            List<Version> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Version(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed("read the versions of license " + number, e);
        }
    }

    public List<StatusChange> statusChanges(String number) {
        try (PreparedStatement s = c.prepareStatement("SELECT status, reason, actor, recorded_at FROM "
                + "license_status_change WHERE number = ? ORDER BY id")) {
            s.setString(1, number);
            List<StatusChange> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(new StatusChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
            return out;
        } catch (SQLException e) {
            throw failed("read the status changes of license " + number, e);
        }
    }

    static LedgerException failed(String what, SQLException e) {
        return new LedgerException("cannot " + what + ": " + e.getMessage(), e);
    }
}

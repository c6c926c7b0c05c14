package org.clearance.ledger.licenses;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The quotas' rows (V34). Rows only: the caller holds the transaction; shipments draw through {@link ShipmentLedger}. */
public final class QuotaStore {

    public record Quota(long id, String scope, String period, LocalDate from, LocalDate to, String kind,
                        BigDecimal cap, String ofScope, BigDecimal drawn, BigDecimal base, String recordedAt,
                        String actor) {
        /** What may still be drawn: cap − drawn, for a ratio cap × base − drawn. */
        public BigDecimal remaining() {
            return (kind.equals("ratio") ? cap.multiply(base) : cap).subtract(drawn);
        }
    }

    private final Connection c;

    public QuotaStore(Connection c) {
        this.c = c;
    }

    /** Sets a quota's cap (a new one starts at nothing drawn); returns whether it existed. */
    public boolean set(String scope, String period, LocalDate from, LocalDate to, String kind, BigDecimal cap,
                       String ofScope, String at, String actor) {
        try (PreparedStatement u = c.prepareStatement("UPDATE quota SET cap = ?, of_scope = ?, recorded_at = ?, actor = ? "
                + "WHERE scope = ? AND period = ? AND kind = ?")) {
            u.setBigDecimal(1, cap);
            u.setString(2, ofScope);
            u.setString(3, at);
            u.setString(4, actor);
            u.setString(5, scope);
            u.setString(6, period);
            u.setString(7, kind);
            if (u.executeUpdate() == 1) return true;
        } catch (SQLException e) {
            throw LicenseStore.failed("set quota " + scope, e);
        }
        try (PreparedStatement i = c.prepareStatement("INSERT INTO quota (scope, period, period_from, period_to, kind, "
                + "cap, of_scope, drawn, base, recorded_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)")) {
            i.setString(1, scope);
            i.setString(2, period);
            i.setObject(3, from);
            i.setObject(4, to);
            i.setString(5, kind);
            i.setBigDecimal(6, cap);
            i.setString(7, ofScope);
            i.setString(8, at);
            i.setString(9, actor);
            i.executeUpdate();
            return false;
        } catch (SQLException e) {
            throw LicenseStore.failed("set quota " + scope, e);
        }
    }

    private static final String SELECT = "SELECT id, scope, period, period_from, period_to, kind, cap, of_scope, drawn, "
            + "base, recorded_at, actor FROM quota";

    public List<Quota> all() {
        try (PreparedStatement q = c.prepareStatement(SELECT + " ORDER BY scope, period, kind")) {
            return list(q);
        } catch (SQLException e) {
            throw LicenseStore.failed("read the quotas", e);
        }
    }

    public java.util.Optional<Quota> find(String scope, String period, String kind) {
        try (PreparedStatement q = c.prepareStatement(SELECT + " WHERE scope = ? AND period = ? AND kind = ?")) {
            q.setString(1, scope);
            q.setString(2, period);
            q.setString(3, kind);
            return list(q).stream().findFirst();
        } catch (SQLException e) {
            throw LicenseStore.failed("read quota " + scope, e);
        }
    }

    /** The quotas whose scope or ratio base is one of {@code scopes} and whose period contains {@code date}. */
    public List<Quota> touching(List<String> scopes, LocalDate date) {
        if (scopes.isEmpty()) return List.of();
        String in = String.join(", ", java.util.Collections.nCopies(scopes.size(), "?"));
        try (PreparedStatement q = c.prepareStatement(SELECT + " WHERE (scope IN (" + in + ") OR of_scope IN (" + in
                + ")) AND period_from <= ? AND period_to >= ? ORDER BY id")) {
            int k = 1;
            for (String s : scopes) q.setString(k++, s);
            for (String s : scopes) q.setString(k++, s);
            q.setObject(k++, date);
            q.setObject(k, date);
            return list(q);
        } catch (SQLException e) {
            throw LicenseStore.failed("read the quotas", e);
        }
    }

    private static List<Quota> list(PreparedStatement q) throws SQLException {
        List<Quota> out = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.add(new Quota(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getBigDecimal(7), rs.getString(8),
                        rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getString(11), rs.getString(12)));
            }
        }
        return out;
    }
}

package org.clearance.ledger.licenses;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The holds' rows (V33): a held shipment's hits and request, until released or rejected. */
public final class HoldStore {

    public record Hold(long id, String key, String reasonCode, String reasonText, String hitsJson, String requestJson,
                       String status, String createdAt, String decidedAt) {
    }

    private final Connection c;

    public HoldStore(Connection c) {
        this.c = c;
    }

    private static final String SELECT = "SELECT id, idempotency_key, reason_code, reason_text, hits, request, status, "
            + "created_at, decided_at FROM hold";

    /** Every hold, or those with {@code status} (open, released, rejected), oldest first. */
    public List<Hold> list(String status) {
        try (PreparedStatement q = c.prepareStatement(SELECT + (status == null ? "" : " WHERE status = ?") + " ORDER BY id")) {
            if (status != null) q.setString(1, status);
            List<Hold> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) out.add(hold(rs));
            }
            return out;
        } catch (SQLException e) {
            throw LicenseStore.failed("read the holds", e);
        }
    }

    public Optional<Hold> find(long id) {
        try (PreparedStatement q = c.prepareStatement(SELECT + " WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(hold(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw LicenseStore.failed("read hold " + id, e);
        }
    }

    private static Hold hold(ResultSet rs) throws SQLException {
        return new Hold(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }
}

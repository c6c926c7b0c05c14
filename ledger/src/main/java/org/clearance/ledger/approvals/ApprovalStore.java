package org.clearance.ledger.approvals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clearance.ledger.LedgerException;

/**
 * The rows of {@code approval_request}. It neither opens nor commits transactions: the caller (the application's
 * four-eyes use case) runs each step, its effect and its audit row in one.
 */
public final class ApprovalStore {

    private final Connection c;

    public ApprovalStore(Connection c) {
        this.c = c;
    }

    /**
     * Inserts a pending request; empty when one is already pending for the same subject and ref (the unique
     * {@code pending_key} decides, across processes).
     */
    public Optional<ApprovalRequest> insert(String subject, String ref, String payloadJson, String reason, String by)
            throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        if (pendingFor(subject, ref).isPresent()) return Optional.empty();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO approval_request (subject, subject_ref, pending_key,"
                + " payload, reason, requested_by, requested_at, status) VALUES (?,?,?,?,?,?,?,'pending')",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, subject);
            ps.setString(2, ref);
            ps.setString(3, pendingKey(subject, ref));
            ps.setString(4, payloadJson);
            ps.setString(5, reason);
            ps.setString(6, by);
            ps.setTimestamp(7, Timestamp.from(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return Optional.of(new ApprovalRequest(keys.getLong(1), subject, ref, payloadJson, reason, by, now,
                        ApprovalRequest.Status.PENDING, null, null, null));
            }
        } catch (SQLException e) {
            if (isUniqueViolation(e)) return Optional.empty();
            throw e;
        }
    }

    /**
     * Closes a pending request as approved or rejected; false when it was no longer pending (another process decided
     * it first): of two deciders at once, exactly one gets true.
     */
    public boolean close(long id, ApprovalRequest.Status status, String by, String reason) throws SQLException {
        if (status == ApprovalRequest.Status.PENDING) throw new IllegalArgumentException("close with approved or rejected");
        try (PreparedStatement ps = c.prepareStatement("UPDATE approval_request SET status = ?, pending_key = NULL,"
                + " decided_by = ?, decided_at = ?, decision_reason = ? WHERE id = ? AND status = 'pending'")) {
            ps.setString(1, status.code());
            ps.setString(2, by);
            ps.setTimestamp(3, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
            ps.setString(4, reason);
            ps.setLong(5, id);
            return ps.executeUpdate() == 1;
        }
    }

    public Optional<ApprovalRequest> find(long id) {
        return query("SELECT * FROM approval_request WHERE id = ?", ps -> ps.setLong(1, id)).stream().findFirst();
    }

    public Optional<ApprovalRequest> pendingFor(String subject, String ref) {
        return query("SELECT * FROM approval_request WHERE pending_key = ?", ps -> ps.setString(1, pendingKey(subject, ref)))
                .stream().findFirst();
    }

    /** The pending requests of a subject, oldest first. */
    public List<ApprovalRequest> pending(String subject) {
        return query("SELECT * FROM approval_request WHERE subject = ? AND status = 'pending' ORDER BY id",
                ps -> ps.setString(1, subject));
    }

    /** Every request of a subject, newest first. */
    public List<ApprovalRequest> all(String subject) {
        return query("SELECT * FROM approval_request WHERE subject = ? ORDER BY id DESC", ps -> ps.setString(1, subject));
    }

    private static String pendingKey(String subject, String ref) {
        return subject + " " + ref;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<ApprovalRequest> query(String sql, Binder binder) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<ApprovalRequest> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp decided = rs.getTimestamp("decided_at");
                    out.add(new ApprovalRequest(rs.getLong("id"), rs.getString("subject"), rs.getString("subject_ref"),
                            rs.getString("payload"), rs.getString("reason"), rs.getString("requested_by"),
                            rs.getTimestamp("requested_at").toInstant(), ApprovalRequest.Status.of(rs.getString("status")),
                            rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
                            rs.getString("decision_reason")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new LedgerException("cannot read approval requests: " + e.getMessage(), e);
        }
    }

    /** SQLSTATE 23505 (unique violation) on both H2 and PostgreSQL. */
    private static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }
}

package org.clearance.ledger.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.clearance.ledger.LedgerException;

/**
 * The audit trail: appended, never edited, hash-chained (docs/ledger.md, "Audit trail").
 *
 * <p>{@link #append} writes an unchained event inside the caller's open transaction: it commits with the caller's
 * work and vanishes if the caller rolls back, and it takes no lock that another writer waits for. {@link #chain} is the
 * short separate step that takes the head row's lock and gives the pending events their seq, prev_hash and hash, in
 * the order it finds them committed; {@link #head}, verification and export chain first. Not thread-safe (one per
 * connection, like the connection).
 */
public final class AuditTrail {

    /** Events chained per transaction of {@link #chain}: keeps each chaining step short. */
    static final int CHAIN_BATCH = 5_000;
    private static final DateTimeFormatter RFC3339_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final Clock clock;

    public AuditTrail(Connection c) {
        this(c, Clock.systemUTC());
    }

    AuditTrail(Connection c, Clock clock) {
        this.connection = c;
        this.clock = clock;
    }

    /**
     * Appends an event in the caller's transaction (the caller commits). Returns the event's id; its seq is given when
     * it is chained ({@link #chain}).
     */
    public long append(AuditEvent e) {
        String payload;
        try {
            payload = JSON.writeValueAsString(e.payload());
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("cannot write the audit payload as JSON: " + ex.getMessage(), ex);
        }
        try (PreparedStatement event = connection.prepareStatement(
                "INSERT INTO audit_event (recorded_at, actor, kind, payload) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            event.setString(1, rfc3339(clock.instant()));
            event.setString(2, e.actor());
            event.setString(3, e.kind());
            event.setString(4, payload);
            event.executeUpdate();
            long id;
            try (ResultSet keys = event.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            try (PreparedStatement pending = connection.prepareStatement(
                    "INSERT INTO audit_pending (event_id) VALUES (?)")) {
                pending.setLong(1, id);
                pending.executeUpdate();
            }
            return id;
        } catch (SQLException ex) {
            throw new LedgerException("cannot append to the audit trail: " + ex.getMessage(), ex);
        }
    }

    /**
     * Chains every committed pending event, in transactions of its own of at most {@value #CHAIN_BATCH} events, and
     * returns the head. Call it with no transaction of your own open on this connection (it commits).
     */
    public ChainHead chain() {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                ChainHead head;
                int chained;
                do {
                    head = lockHead();
                    chained = 0;
                    try (PreparedStatement pending = connection.prepareStatement(
                            "SELECT e.id, e.recorded_at, e.actor, e.kind, e.payload FROM audit_pending p "
                                    + "JOIN audit_event e ON e.id = p.event_id ORDER BY e.id FETCH FIRST "
                                    + CHAIN_BATCH + " ROWS ONLY");
                         PreparedStatement link = connection.prepareStatement(
                                 "INSERT INTO audit_chain (seq, event_id, prev_hash, hash) VALUES (?, ?, ?, ?)");
                         PreparedStatement drained = connection.prepareStatement(
                                 "DELETE FROM audit_pending WHERE event_id = ?")) {
                        try (ResultSet rs = pending.executeQuery()) {
                            while (rs.next()) {
                                long seq = head.seq() + 1;
                                String hash = ChainHash.of(seq, rs.getString(2), rs.getString(3), rs.getString(4),
                                        rs.getString(5), head.hash());
                                link.setLong(1, seq);
                                link.setLong(2, rs.getLong(1));
                                link.setString(3, head.hash());
                                link.setString(4, hash);
                                link.addBatch();
                                drained.setLong(1, rs.getLong(1));
                                drained.addBatch();
                                head = new ChainHead(seq, hash);
                                chained++;
                            }
                        }
                        if (chained > 0) {
                            link.executeBatch();
                            drained.executeBatch();
                            try (PreparedStatement moved = connection.prepareStatement(
                                    "UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
                                moved.setLong(1, head.seq());
                                moved.setString(2, head.hash());
                                moved.executeUpdate();
                            }
                        }
                    }
                    connection.commit();
                } while (chained == CHAIN_BATCH);
                return head;
            } catch (SQLException | RuntimeException ex) {
                connection.rollback();
                throw ex;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException ex) {
            throw new LedgerException("cannot chain the audit trail: " + ex.getMessage(), ex);
        }
    }

    /** Chains what is pending and returns the last row's {@code seq:hash}. */
    public ChainHead head() {
        return chain();
    }

    /** The head as stored, without chaining (what verification compares the chain's end with). */
    ChainHead storedHead() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit_head WHERE id = 1")) {
            if (!rs.next()) throw new LedgerException("the audit trail's head row is missing (table audit_head)");
            return new ChainHead(rs.getLong(1), rs.getString(2));
        }
    }

    private ChainHead lockHead() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")) {
            if (!rs.next()) throw new LedgerException("the audit trail's head row is missing (table audit_head)");
            return new ChainHead(rs.getLong(1), rs.getString(2));
        }
    }

    static String rfc3339(Instant instant) {
        return RFC3339_MICROS.format(instant.truncatedTo(ChronoUnit.MICROS));
    }
}

package org.clearance.ledger.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Predicate;
import org.clearance.ledger.LedgerException;

/**
 * Reads the chain from the database: verification, export as JSON lines, one row by seq. Each first chains what is
 * pending ({@link AuditTrail#chain}), so it sees every committed event.
 */
public final class AuditReader {

    private static final String ROWS = "SELECT c.seq, e.recorded_at, e.actor, e.kind, e.payload, c.prev_hash, c.hash "
            + "FROM audit_chain c JOIN audit_event e ON e.id = c.event_id";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final AuditTrail trail;

    public AuditReader(Connection c) {
        this.connection = c;
        this.trail = new AuditTrail(c);
    }

    /**
     * Verifies the stored chain from seq 1, and that it ends at the stored head (a cut tail shows even without an
     * expected head); {@code expectedHead}, recorded elsewhere, may be null.
     */
    public ChainVerification verify(ChainHead expectedHead) {
        trail.chain();
        ChainVerifier verifier = new ChainVerifier(expectedHead);
        ChainHead stored;
        try {
            stored = trail.storedHead();
        } catch (SQLException e) {
            throw new LedgerException("cannot read the audit head: " + e.getMessage(), e);
        }
        scan(verifier::accept);
        ChainVerification result = verifier.result();
        if (result.intact() && !stored.equals(result.head())) {
            long bad = Math.min(stored.seq(), result.head().seq()) + 1;
            verifier.fail(bad, "the chain ends at " + result.head() + " but the database's head (audit_head) is "
                    + stored + ": rows were cut or the head was rewritten");
            return verifier.result();
        }
        return result;
    }

    /** Writes every row as one JSON line (seq, time, actor, kind, payload, prev_hash, hash); returns the head. */
    public ChainHead export(Writer out) {
        ChainHead head = trail.chain();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            scan(row -> {
                try {
                    g.writeStartObject();
                    g.writeNumberField("seq", row.seq());
                    g.writeStringField("time", row.time());
                    g.writeStringField("actor", row.actor());
                    g.writeStringField("kind", row.kind());
                    g.writeFieldName("payload");
                    g.writeRawValue(row.payloadJson());
                    g.writeStringField("prev_hash", row.prevHash());
                    g.writeStringField("hash", row.hash());
                    g.writeEndObject();
                    g.writeRaw('\n');
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return head;
    }

    /** The row at a seq, if chained. */
    public Optional<AuditRow> row(long seq) {
        trail.chain();
        try (PreparedStatement s = connection.prepareStatement(ROWS + " WHERE c.seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot read audit row " + seq + ": " + e.getMessage(), e);
        }
    }

    /** Streams the rows in seq order until {@code each} returns false (a cursor: a million rows are not held). */
    private void scan(Predicate<AuditRow> each) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);   // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement s = connection.prepareStatement(ROWS + " ORDER BY c.seq")) {
                s.setFetchSize(5_000);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next() && each.test(read(rs))) {
                        // each row is handled by the predicate
                    }
                }
                connection.commit();
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot read the audit trail: " + e.getMessage(), e);
        }
    }

    private static AuditRow read(ResultSet rs) throws SQLException {
        return new AuditRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7));
    }
}

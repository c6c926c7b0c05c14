package org.clearance.ledger.lists;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clearance.ledger.LedgerException;

/** The {@code list_fetch} table: one row per downloaded source, replaced at every download. */
public final class FetchStateStore {

    private final Connection c;

    public FetchStateStore(Connection connection) {
        this.c = connection;
    }

    public Optional<FetchState> get(String source) {
        return query("SELECT * FROM list_fetch WHERE source = ?", source).stream().findFirst();
    }

    public List<FetchState> all() {
        return query("SELECT * FROM list_fetch ORDER BY source", null);
    }

    /** Replaces the source's row (delete and insert in one transaction: portable, no MERGE dialects). */
    public void put(FetchState s) {
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement del = c.prepareStatement("DELETE FROM list_fetch WHERE source = ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO list_fetch (source, url, etag, last_modified, "
                         + "checked_at, outcome, message, version_id) VALUES (?,?,?,?,?,?,?,?)")) {
                del.setString(1, s.source());
                del.executeUpdate();
                ins.setString(1, s.source());
                ins.setString(2, truncate(s.url(), 2000));
                ins.setString(3, truncate(s.etag(), 1000));
                ins.setString(4, truncate(s.lastModified(), 100));
                ins.setTimestamp(5, Timestamp.from(s.checkedAt()));
                ins.setString(6, s.outcome());
                ins.setString(7, truncate(s.message(), 4000));
                if (s.versionId() == null) ins.setNull(8, Types.BIGINT);
                else ins.setLong(8, s.versionId());
                ins.executeUpdate();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot record the download of " + s.source() + ": " + e.getMessage(), e);
        }
    }

    private List<FetchState> query(String sql, String source) {
        List<FetchState> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (source != null) ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("version_id");
                    Long v = rs.wasNull() ? null : id;
                    out.add(new FetchState(rs.getString("source"), rs.getString("url"), rs.getString("etag"),
                            rs.getString("last_modified"), rs.getTimestamp("checked_at").toInstant(),
                            rs.getString("outcome"), rs.getString("message"), v));
                }
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot read the list downloads: " + e.getMessage(), e);
        }
        return out;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

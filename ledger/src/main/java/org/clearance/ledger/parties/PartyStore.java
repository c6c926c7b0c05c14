package org.clearance.ledger.parties;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clearance.ledger.LedgerException;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.list.Feed;

/**
 * The parties Clearance keeps, their screenings and latest hits, the adjudications officers record, and how far
 * re-screening has got. Plain JDBC over the one schema (H2 or PostgreSQL).
 */
public final class PartyStore {

    private final Connection c;

    public PartyStore(Connection connection) {
        this.c = connection;
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs in one transaction: all or nothing. */
    <T> T transaction(String what, Work<T> work) {
        try {
            boolean auto = c.getAutoCommit();
            if (!auto) return work.run();   // inside the caller's transaction (a four-eyes approval): it commits
            c.setAutoCommit(false);
            try {
                T result = work.run();
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    public Connection connection() {
        return c;
    }

    public Optional<Party> find(String id) {
        return parties("SELECT * FROM party WHERE id = ?", id).stream().findFirst();
    }

    public List<Party> all() {
        return parties("SELECT * FROM party ORDER BY id", null);
    }

    private List<Party> parties(String sql, String id) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) ps.setString(1, id);
            List<Party> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Party(rs.getString("id"), rs.getString("name"), rs.getString("country"),
                            EntityType.valueOf(rs.getString("entity_type")), threshold(rs),
                            rs.getTimestamp("first_screened").toInstant(),
                            rs.getTimestamp("last_screened").toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new LedgerException("cannot read parties: " + e.getMessage(), e);
        }
    }

    private static Double threshold(ResultSet rs) throws SQLException {
        double t = rs.getDouble("threshold");
        return rs.wasNull() ? null : t;
    }

    /** One screening to keep: the party, the algorithm and list versions, the threshold, the hits, how many suppressed. */
    public record ScreeningRecord(Party party, String algorithm, String listVersions, Double threshold,
                                  List<StoredHit> hits, int suppressed) {
    }

    /**
     * Keeps screenings in one transaction: each party (added, or its name and country refreshed), the screening with
     * its list versions, and its hits as the party's latest.
     */
    public void recordScreenings(List<ScreeningRecord> records) {
        if (records.isEmpty()) return;
        transaction("keep " + records.size() + " screenings", () -> {
            java.util.Set<String> known = existing(records.stream().map(r -> r.party().id()).distinct().toList());
            try (PreparedStatement update = c.prepareStatement("UPDATE party SET name = ?, country = ?, entity_type = ?,"
                         + " threshold = ?, last_screened = ? WHERE id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO party (id, name, country, entity_type,"
                         + " threshold, first_screened, last_screened) VALUES (?,?,?,?,?,?,?)");
                 PreparedStatement screening = c.prepareStatement("INSERT INTO party_screening (party_id, screened_at,"
                         + " algorithm, list_versions, threshold, hit_count, suppressed) VALUES (?,?,?,?,?,?,?)");
                 PreparedStatement clear = c.prepareStatement("DELETE FROM party_hit WHERE party_id = ?");
                 PreparedStatement hit = c.prepareStatement("INSERT INTO party_hit (party_id, list_code, entity_id,"
                         + " version_id, entry_hash, entry_name, matched_name, score) VALUES (?,?,?,?,?,?,?,?)")) {
                for (ScreeningRecord r : records) {
                    Party p = r.party();
                    if (known.add(p.id())) {
                        insert.setString(1, p.id());
                        insert.setString(2, truncate(p.name(), 4000));
                        insert.setString(3, p.country());
                        insert.setString(4, p.type().name());
                        setThreshold(insert, 5, p.threshold());
                        insert.setTimestamp(6, Timestamp.from(p.firstScreened()));
                        insert.setTimestamp(7, Timestamp.from(p.lastScreened()));
                        insert.addBatch();
                    } else {
                        update.setString(1, truncate(p.name(), 4000));
                        update.setString(2, p.country());
                        update.setString(3, p.type().name());
                        setThreshold(update, 4, p.threshold());
                        update.setTimestamp(5, Timestamp.from(p.lastScreened()));
                        update.setString(6, p.id());
                        update.addBatch();
                        clear.setString(1, p.id());
                        clear.addBatch();
                    }
                    screening.setString(1, p.id());
                    screening.setTimestamp(2, Timestamp.from(p.lastScreened()));
                    screening.setString(3, r.algorithm());
                    screening.setString(4, truncate(r.listVersions(), 2000));
                    setThreshold(screening, 5, r.threshold());
                    screening.setInt(6, r.hits().size());
                    screening.setInt(7, r.suppressed());
                    screening.addBatch();
                }
                // parties first (the others refer to them), then the old hits out, then the new in
                insert.executeBatch();
                update.executeBatch();
                screening.executeBatch();
                clear.executeBatch();
                java.util.Map<String, List<StoredHit>> latest = new LinkedHashMap<>();
                for (ScreeningRecord r : records) latest.put(r.party().id(), r.hits()); // a party screened twice: its last
                for (List<StoredHit> hits : latest.values()) {
                    for (StoredHit h : hits) {
                        bind(hit, h);
                        hit.addBatch();
                    }
                }
                hit.executeBatch();
            }
            return null;
        });
    }

    /** Which of these party ids are stored, asked 500 at a time. */
    private java.util.Set<String> existing(List<String> ids) throws SQLException {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM party WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static void bind(PreparedStatement i, StoredHit h) throws SQLException {
        i.setString(1, h.partyId());
        i.setString(2, h.list());
        i.setString(3, h.entityId());
        i.setLong(4, h.versionId());
        i.setString(5, h.entryHash());
        i.setString(6, truncate(h.entryName(), 4000));
        i.setString(7, truncate(h.matchedName(), 4000));
        i.setDouble(8, h.score());
    }

    /** Every party's kept hits, by party id. */
    public Map<String, List<StoredHit>> hits() {
        Map<String, List<StoredHit>> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM party_hit ORDER BY party_id, list_code, entity_id")) {
            while (rs.next()) {
                StoredHit h = new StoredHit(rs.getString("party_id"), rs.getString("list_code"), rs.getString("entity_id"),
                        rs.getLong("version_id"), rs.getString("entry_hash"), rs.getString("entry_name"),
                        rs.getString("matched_name"), rs.getDouble("score"));
                out.computeIfAbsent(h.partyId(), k -> new ArrayList<>()).add(h);
            }
            return out;
        } catch (SQLException e) {
            throw new LedgerException("cannot read kept hits: " + e.getMessage(), e);
        }
    }

    public int screeningCount(String partyId) {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM party_screening WHERE party_id = ?")) {
            ps.setString(1, partyId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot count screenings: " + e.getMessage(), e);
        }
    }

    public Adjudication addAdjudication(String partyId, String list, String entityId, Adjudication.Decision decision,
                                        String reason, String by, String entryHash, String entryName, long versionId) {
        return addAdjudication(partyId, list, entityId, decision, reason, by, entryHash, entryName, versionId, null, null);
    }

    /** Records an adjudication; one made effective by an approved request names it and its approver. */
    public Adjudication addAdjudication(String partyId, String list, String entityId, Adjudication.Decision decision,
                                        String reason, String by, String entryHash, String entryName, long versionId,
                                        Long requestId, String approvedBy) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return transaction("record the adjudication", () -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO adjudication (party_id, list_code, entity_id,"
                    + " decision, reason, decided_by, decided_at, entry_hash, entry_name, version_id, request_id,"
                    + " approved_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, partyId);
                ps.setString(2, list);
                ps.setString(3, entityId);
                ps.setString(4, decision.code());
                ps.setString(5, truncate(reason, 4000));
                ps.setString(6, truncate(by, 200));
                ps.setTimestamp(7, Timestamp.from(now));
                ps.setString(8, entryHash);
                ps.setString(9, truncate(entryName, 4000));
                ps.setLong(10, versionId);
                if (requestId == null) ps.setNull(11, java.sql.Types.BIGINT);
                else ps.setLong(11, requestId);
                ps.setString(12, approvedBy == null ? null : truncate(approvedBy, 200));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Adjudication(keys.getLong(1), partyId, list, entityId, decision, reason, by, now,
                            entryHash, entryName, versionId, requestId, approvedBy);
                }
            }
        });
    }

    /** Adjudications, newest first; of one party when {@code partyId} is given. */
    public List<Adjudication> adjudications(String partyId) {
        String sql = "SELECT * FROM adjudication" + (partyId != null ? " WHERE party_id = ?" : "") + " ORDER BY id DESC";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (partyId != null) ps.setString(1, partyId);
            List<Adjudication> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Adjudication(rs.getLong("id"), rs.getString("party_id"), rs.getString("list_code"),
                            rs.getString("entity_id"), Adjudication.Decision.of(rs.getString("decision")),
                            rs.getString("reason"), rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant(),
                            rs.getString("entry_hash"), rs.getString("entry_name"), rs.getLong("version_id"),
                            rs.getObject("request_id") == null ? null : rs.getLong("request_id"),
                            rs.getString("approved_by")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new LedgerException("cannot read adjudications: " + e.getMessage(), e);
        }
    }

    /** The decision in force for each (party, entry) pair: the latest recorded. Of one party, or of all. */
    public Map<String, Adjudication> latestAdjudications(String partyId) {
        Map<String, Adjudication> out = new HashMap<>();
        List<Adjudication> all = adjudications(partyId);
        for (int i = all.size() - 1; i >= 0; i--) out.put(all.get(i).pairKey(), all.get(i));
        return out;
    }

    public Optional<Long> rescreenedVersion(Feed feed) {
        try (PreparedStatement ps = c.prepareStatement("SELECT version_id FROM rescreen_state WHERE feed = ?")) {
            ps.setString(1, feed.code());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot read the re-screening state: " + e.getMessage(), e);
        }
    }

    public void setRescreenedVersion(Feed feed, long versionId) {
        transaction("record the re-screening state", () -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE rescreen_state SET version_id = ? WHERE feed = ?")) {
                u.setLong(1, versionId);
                u.setString(2, feed.code());
                if (u.executeUpdate() == 0) {
                    try (PreparedStatement i = c.prepareStatement("INSERT INTO rescreen_state (feed, version_id) VALUES (?,?)")) {
                        i.setString(1, feed.code());
                        i.setLong(2, versionId);
                        i.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    private static void setThreshold(PreparedStatement ps, int index, Double threshold) throws SQLException {
        if (threshold == null) ps.setNull(index, java.sql.Types.DOUBLE);
        else ps.setDouble(index, threshold);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

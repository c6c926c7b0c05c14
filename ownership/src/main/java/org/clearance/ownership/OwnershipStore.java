package org.clearance.ownership;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clearance.ledger.LedgerException;
import org.clearance.ledger.lists.ListStore;
import org.clearance.ledger.lists.ListVersion;
import org.clearance.screening.list.EntityLink;
import org.clearance.screening.list.LinkKind;
import org.clearance.screening.list.ListEntry;

/**
 * Ownership versions and their holdings in Clearance's database (tables of V24). An import stores a whole snapshot
 * or nothing; a snapshot identical to the source's latest adds no version.
 */
public final class OwnershipStore {

    private static final int BATCH = 5000;
    private final Connection c;

    public OwnershipStore(Connection connection) {
        this.c = connection;
    }

    /** What an import did: a new version, or none because the content equals the source's latest. */
    public record Imported(OwnershipVersion version, boolean unchanged, OwnershipVersion replaced) {
    }

    public Imported importHoldings(String source, String format, String file, String contentHash, List<Holding> holdings) {
        Optional<OwnershipVersion> latest = latest(source);
        if (latest.isPresent() && latest.get().contentHash().equals(contentHash)) {
            return new Imported(latest.get(), true, null);
        }
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                OwnershipVersion v = insert(source, format, file, contentHash, holdings, latest.map(OwnershipVersion::seq).orElse(0) + 1);
                c.commit();
                return new Imported(v, false, latest.orElse(null));
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot store the ownership data of " + source + " from " + file + ": " + e.getMessage(), e);
        }
    }

    private OwnershipVersion insert(String source, String format, String file, String hash, List<Holding> holdings, int seq)
            throws SQLException {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ownership_version (source, seq, format, file, "
                + "content_hash, holding_count, imported_at) VALUES (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, source);
            ps.setInt(2, seq);
            ps.setString(3, format);
            ps.setString(4, cut(file, 2000));
            ps.setString(5, hash);
            ps.setInt(6, holdings.size());
            ps.setTimestamp(7, Timestamp.from(now));
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ownership_holding (version_id, ordinal, line, "
                + "owner_name, owner_ref, owner_id, owner_country, owned_name, owned_ref, owned_id, owned_country, "
                + "pct_low, pct_high, pct_text, as_of, valid_from, valid_to, holding_source) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int n = 0;
            for (Holding h : holdings) {
                ps.setLong(1, id);
                ps.setInt(2, n);
                ps.setLong(3, h.line());
                party(ps, 4, h.owner());
                party(ps, 8, h.owned());
                Percent p = h.percent();
                ps.setBigDecimal(12, p.stated() ? p.low() : null);
                ps.setBigDecimal(13, p.stated() ? p.high() : null);
                ps.setString(14, cut(p.text(), 100));
                ps.setDate(15, Date.valueOf(h.asOf()));
                ps.setDate(16, Date.valueOf(h.validFrom()));
                ps.setDate(17, h.validTo() == null ? null : Date.valueOf(h.validTo()));
                ps.setString(18, cut(h.source(), 1000));
                ps.addBatch();
                if (++n % BATCH == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
        return new OwnershipVersion(id, source, seq, format, file, hash, holdings.size(), now);
    }

    private static void party(PreparedStatement ps, int at, HoldingParty p) throws SQLException {
        ps.setString(at, cut(p.name(), 1000));
        ps.setString(at + 1, p.ref());
        ps.setString(at + 2, cut(p.partyId(), 200));
        ps.setString(at + 3, p.country());
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /**
     * Whether a {@code LIST:ENTRY_ID} reference names an entry of the current list versions, looked up by the entry
     * index (without building the screening index), each reference once.
     */
    public java.util.function.Predicate<String> knownReferences(ListStore lists) {
        List<Long> current = lists.current().stream().map(ListVersion::id).toList();
        Map<String, Boolean> seen = new HashMap<>();
        return ref -> seen.computeIfAbsent(ref, r -> {
            int colon = r.indexOf(':');
            try (PreparedStatement ps = c.prepareStatement("SELECT version_id FROM list_entry WHERE list_code = ? AND entity_id = ?")) {
                ps.setString(1, r.substring(0, colon));
                ps.setString(2, r.substring(colon + 1));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) if (current.contains(rs.getLong(1))) return true;
                }
                return false;
            } catch (SQLException e) {
                throw new LedgerException("cannot look up the list entry " + r + ": " + e.getMessage(), e);
            }
        });
    }

    /** Every version, oldest first. */
    public List<OwnershipVersion> versions() {
        List<OwnershipVersion> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, source, seq, format, file, content_hash, holding_count, "
                + "imported_at FROM ownership_version ORDER BY id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new OwnershipVersion(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getTimestamp(8).toInstant()));
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot read the ownership versions: " + e.getMessage(), e);
        }
        return out;
    }

    /** The latest version of each source, by source name. */
    public List<OwnershipVersion> current() {
        Map<String, OwnershipVersion> latest = new LinkedHashMap<>();
        for (OwnershipVersion v : versions()) latest.put(v.source(), v);
        return List.copyOf(new java.util.TreeMap<>(latest).values());
    }

    public Optional<OwnershipVersion> latest(String source) {
        OwnershipVersion found = null;
        for (OwnershipVersion v : versions()) if (v.source().equals(source)) found = v;
        return Optional.ofNullable(found);
    }

    /** A version's holdings, in file order. */
    public List<Holding> holdings(long versionId) {
        List<Holding> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT line, owner_name, owner_ref, owner_id, owner_country, "
                + "owned_name, owned_ref, owned_id, owned_country, pct_low, pct_high, pct_text, as_of, valid_from, "
                + "valid_to, holding_source FROM ownership_holding WHERE version_id = ? ORDER BY ordinal")) {
            ps.setLong(1, versionId);
            ps.setFetchSize(BATCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    HoldingParty owner = new HoldingParty(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                    HoldingParty owned = new HoldingParty(rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
                    BigDecimal low = rs.getBigDecimal(10);
                    BigDecimal high = rs.getBigDecimal(11);
                    String text = rs.getString(12);
                    Percent p = low == null ? (text == null ? Percent.NOT_STATED : new Percent(BigDecimal.ZERO, Percent.HUNDRED, text))
                            : new Percent(low.stripTrailingZeros(), high.stripTrailingZeros(), text);
                    Date to = rs.getDate(15);
                    out.add(new Holding(rs.getLong(1), owner, owned, p, rs.getDate(13).toLocalDate(),
                            rs.getDate(14).toLocalDate(), to == null ? null : to.toLocalDate(), rs.getString(16)));
                }
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot read the holdings of ownership version " + versionId + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The holdings in force as data: the latest version of every imported source, and the ownership links of each
     * current list version that publishes some (FtM), as a source named after that list version ("FTM@2025-10-01#5").
     */
    public List<SourcedHolding> currentHoldings(ListStore lists) {
        List<SourcedHolding> out = new ArrayList<>();
        for (OwnershipVersion v : current()) {
            for (Holding h : holdings(v.id())) out.add(new SourcedHolding(h, v));
        }
        for (ListVersion lv : lists.current()) {
            List<EntityLink> links = lists.links(lv.id());
            if (links.stream().noneMatch(l -> l.kind() == LinkKind.OWNERSHIP)) continue;
            Map<String, ListEntry> byId = new HashMap<>();
            for (ListEntry e : lists.entries(lv.id())) byId.putIfAbsent(e.entityId(), e);
            OwnershipVersion v = new OwnershipVersion(0, lv.ref().label(), 1, "ftm", lv.source(), lv.contentHash(),
                    links.size(), lv.importedAt());
            long line = 0;
            for (EntityLink l : links) {
                line++;
                if (l.kind() != LinkKind.OWNERSHIP) continue;
                LocalDate start = OwnershipFtm.date(l.startDate());
                out.add(new SourcedHolding(new Holding(line, listed(l.from(), byId), listed(l.to(), byId),
                        Percent.parseText(l.percentage()), lv.published(), start == null ? OwnershipFtm.NO_START : start,
                        null, lv.ref().label() + " (" + (l.id() == null ? "link " + line : l.id()) + ")"), v));
            }
        }
        return out;
    }

    private static HoldingParty listed(String id, Map<String, ListEntry> byId) {
        ListEntry e = byId.get(id);
        if (e == null) return new HoldingParty(id, null, "ftm:" + id, null);
        String country = e.allCountries().isEmpty() ? null : e.allCountries().iterator().next();
        return new HoldingParty(e.name(), e.list().code() + ":" + e.entityId(), "ftm:" + id, country);
    }
}

package org.clearance.ledger.lists;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clearance.ledger.LedgerException;
import org.clearance.screening.list.Address;
import org.clearance.screening.list.Alias;
import org.clearance.screening.list.AliasKind;
import org.clearance.screening.list.EntityLink;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.list.Feed;
import org.clearance.screening.list.ImportPolicy;
import org.clearance.screening.list.LinkKind;
import org.clearance.screening.list.ListCode;
import org.clearance.screening.list.ListEntry;
import org.clearance.screening.list.ParseWarning;
import org.clearance.screening.list.ParsedList;

/**
 * The stored versions of the restricted-party lists. An import is one transaction: either the whole version (entries,
 * aliases, addresses, links, warnings) is stored, or nothing is, and the versions already stored are never touched.
 */
public final class ListStore {

    private static final int BATCH = 1000;
    private final Connection c;

    public ListStore(Connection connection) {
        this.c = connection;
    }

    /**
     * Stores a parsed publication as the next version of its feed, unless its content hash equals the latest
     * version's (then nothing is added). Refuses, storing nothing, a publication the {@link ImportPolicy} rejects.
     */
    public ImportOutcome importList(ParsedList parsed, LocalDate published, String source) {
        return importList(parsed, published, source, Coverage.COMPLETE);
    }

    /**
     * As {@link #importList(ParsedList, LocalDate, String)}, recording whether the publication is the whole list or
     * a subset. The shrink test compares with the previous version only when that one was a complete list from its
     * publisher: a subset's or the shipped sample's count says nothing about what a whole publication should hold.
     */
    public ImportOutcome importList(ParsedList parsed, LocalDate published, String source, Coverage coverage) {
        Optional<ListVersion> latest = latest(parsed.feed());
        if (latest.isPresent() && latest.get().contentHash().equals(parsed.contentHash())) {
            return new ImportOutcome.Unchanged(latest.get(), parsed.warnings());
        }
        Integer previous = latest.filter(v -> v.coverage() == Coverage.COMPLETE && !v.shipped())
                .map(ListVersion::entryCount).orElse(null);
        Optional<String> refusal = ImportPolicy.refusal(parsed, previous);
        if (refusal.isPresent()) {
            throw new ImportRefusedException(source + ": " + parsed.feed().code() + " import refused: " + refusal.get());
        }
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                ListVersion v = insert(parsed, published, source, coverage);
                c.commit();
                return new ImportOutcome.Imported(v, parsed.warnings());
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot store the " + parsed.feed().code() + " list from " + source + ": "
                    + e.getMessage(), e);
        }
    }

    private ListVersion insert(ParsedList parsed, LocalDate published, String source, Coverage coverage)
            throws SQLException {
        int aliases = 0;
        int addresses = 0;
        java.util.Set<ListCode> lists = new java.util.HashSet<>();
        for (ListEntry e : parsed.entries()) {
            aliases += e.aliases().size();
            addresses += e.addresses().size();
            lists.add(e.list());
        }
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // as the database keeps it
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO list_version (feed, published, imported_at, "
                + "content_hash, source, entry_count, alias_count, address_count, warning_count, coverage, list_count) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, parsed.feed().code());
            ps.setDate(2, Date.valueOf(published));
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setString(4, parsed.contentHash());
            ps.setString(5, truncate(source, 2000));
            ps.setInt(6, parsed.entries().size());
            ps.setInt(7, aliases);
            ps.setInt(8, addresses);
            ps.setInt(9, parsed.warnings().size());
            ps.setString(10, coverage.code());
            ps.setInt(11, lists.size());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement entry = c.prepareStatement("INSERT INTO list_entry (version_id, ordinal, list_code, "
                + "entity_id, entity_type, name, programs, countries, title, license_requirement, license_policy, "
                + "fr_citation, footnotes, start_date, end_date, remarks, source_url, content_hash) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement alias = c.prepareStatement(
                     "INSERT INTO list_alias (version_id, entry_ordinal, ordinal, name, kind) VALUES (?,?,?,?,?)");
             PreparedStatement address = c.prepareStatement(
                     "INSERT INTO list_address (version_id, entry_ordinal, ordinal, address, country) VALUES (?,?,?,?,?)")) {
            int n = 0;
            for (ListEntry e : parsed.entries()) {
                entry.setLong(1, id);
                entry.setInt(2, n);
                entry.setString(3, e.list().code());
                entry.setString(4, e.entityId());
                entry.setString(5, e.type().name());
                entry.setString(6, truncate(e.name(), 4000));
                entry.setString(7, join(e.programs(), 4000));
                entry.setString(8, join(e.countries(), 1000));
                entry.setString(9, truncate(e.title(), 4000));
                entry.setString(10, truncate(e.licenseRequirement(), 8000));
                entry.setString(11, truncate(e.licensePolicy(), 8000));
                entry.setString(12, truncate(e.frCitation(), 4000));
                entry.setString(13, join(e.footnotes().stream().map(String::valueOf).toList(), 200));
                entry.setString(14, truncate(e.startDate(), 32));
                entry.setString(15, truncate(e.endDate(), 32));
                entry.setString(16, truncate(e.remarks(), 100000));
                entry.setString(17, truncate(e.sourceUrl(), 2000));
                entry.setString(18, e.contentHash());
                entry.addBatch();
                for (int k = 0; k < e.aliases().size(); k++) {
                    Alias a = e.aliases().get(k);
                    alias.setLong(1, id);
                    alias.setInt(2, n);
                    alias.setInt(3, k);
                    alias.setString(4, truncate(a.name(), 4000));
                    alias.setString(5, a.kind().name());
                    alias.addBatch();
                }
                for (int k = 0; k < e.addresses().size(); k++) {
                    Address a = e.addresses().get(k);
                    address.setLong(1, id);
                    address.setInt(2, n);
                    address.setInt(3, k);
                    address.setString(4, truncate(a.text(), 4000));
                    address.setString(5, a.country());
                    address.addBatch();
                }
                n++;
                if (n % BATCH == 0) {
                    entry.executeBatch();
                    alias.executeBatch();
                    address.executeBatch();
                }
            }
            entry.executeBatch();
            alias.executeBatch();
            address.executeBatch();
        }
        try (PreparedStatement w = c.prepareStatement(
                "INSERT INTO list_import_warning (version_id, ordinal, file, line, reason) VALUES (?,?,?,?,?)")) {
            int k = 0;
            for (ParseWarning pw : parsed.warnings()) {
                w.setLong(1, id);
                w.setInt(2, k++);
                w.setString(3, truncate(pw.file(), 2000));
                w.setLong(4, pw.line());
                w.setString(5, truncate(pw.reason(), 2000));
                w.addBatch();
            }
            w.executeBatch();
        }
        insertLinks(id, parsed.links());
        return new ListVersion(id, parsed.feed(), published, now, parsed.contentHash(), source,
                parsed.entries().size(), aliases, addresses, parsed.warnings().size(), coverage, lists.size());
    }

    private void insertLinks(long versionId, List<EntityLink> links) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO list_entity_link (version_id, ordinal, kind, "
                + "link_id, from_entity, to_entity, percentage, start_date) VALUES (?,?,?,?,?,?,?,?)")) {
            int k = 0;
            for (EntityLink l : links) {
                ps.setLong(1, versionId);
                ps.setInt(2, k++);
                ps.setString(3, l.kind().name());
                ps.setString(4, l.id());
                ps.setString(5, l.from());
                ps.setString(6, l.to());
                ps.setString(7, truncate(l.percentage(), 64));
                ps.setString(8, truncate(l.startDate(), 32));
                ps.addBatch();
                if (k % BATCH == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
    }

    /** All versions, oldest first. */
    public List<ListVersion> versions() {
        return query("SELECT * FROM list_version ORDER BY id", ps -> { });
    }

    public Optional<ListVersion> version(long id) {
        return query("SELECT * FROM list_version WHERE id = ?", ps -> ps.setLong(1, id)).stream().findFirst();
    }

    public Optional<ListVersion> latest(Feed feed) {
        List<ListVersion> v = query("SELECT * FROM list_version WHERE feed = ? ORDER BY id DESC", ps -> ps.setString(1, feed.code()));
        return v.stream().findFirst();
    }

    /** The latest version of every feed that has one: what the screening index is built from. */
    public List<ListVersion> current() {
        List<ListVersion> out = new ArrayList<>();
        for (Feed f : Feed.values()) latest(f).ifPresent(out::add);
        return out;
    }

    public boolean isEmpty() {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM list_version")) {
            rs.next();
            return rs.getLong(1) == 0;
        } catch (SQLException e) {
            throw new LedgerException("cannot read list versions: " + e.getMessage(), e);
        }
    }

    /** The entries of one version, in file order, with their aliases and addresses. */
    public List<ListEntry> entries(long versionId) {
        try {
            Map<Integer, List<Alias>> aliases = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT entry_ordinal, name, kind FROM list_alias "
                    + "WHERE version_id = ? ORDER BY entry_ordinal, ordinal")) {
                ps.setLong(1, versionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        aliases.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                                .add(new Alias(rs.getString(2), AliasKind.valueOf(rs.getString(3))));
                    }
                }
            }
            Map<Integer, List<Address>> addresses = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT entry_ordinal, address, country FROM list_address "
                    + "WHERE version_id = ? ORDER BY entry_ordinal, ordinal")) {
                ps.setLong(1, versionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        addresses.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                                .add(new Address(rs.getString(2), rs.getString(3)));
                    }
                }
            }
            List<ListEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ordinal, list_code, entity_id, entity_type, name, "
                    + "programs, countries, title, license_requirement, license_policy, fr_citation, footnotes, "
                    + "start_date, end_date, remarks, source_url FROM list_entry WHERE version_id = ? ORDER BY ordinal")) {
                ps.setLong(1, versionId);
                ps.setFetchSize(2000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int ordinal = rs.getInt(1);
                        out.add(new ListEntry(new ListCode(rs.getString(2)), rs.getString(3),
                                EntityType.valueOf(rs.getString(4)), rs.getString(5),
                                aliases.getOrDefault(ordinal, List.of()), addresses.getOrDefault(ordinal, List.of()),
                                split(rs.getString(7)), split(rs.getString(6)), rs.getString(8), rs.getString(9),
                                rs.getString(10), rs.getString(11),
                                split(rs.getString(12)).stream().map(Integer::valueOf).toList(), rs.getString(13),
                                rs.getString(14), rs.getString(15), rs.getString(16)));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new LedgerException("cannot read the entries of list version " + versionId + ": " + e.getMessage(), e);
        }
    }

    /** The ownership and directorship links a version published, in file order (none for most feeds). */
    public List<EntityLink> links(long versionId) {
        List<EntityLink> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT link_id, kind, from_entity, to_entity, percentage, "
                + "start_date FROM list_entity_link WHERE version_id = ? ORDER BY ordinal")) {
            ps.setLong(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EntityLink(rs.getString(1), LinkKind.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot read the links of list version " + versionId + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The warnings recorded when a version was imported. */
    public List<ParseWarning> warnings(long versionId) {
        List<ParseWarning> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT file, line, reason FROM list_import_warning WHERE version_id = ? ORDER BY ordinal")) {
            ps.setLong(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new ParseWarning(rs.getString(1), rs.getLong(2), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot read import warnings: " + e.getMessage(), e);
        }
        return out;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<ListVersion> query(String sql, Binder binder) {
        List<ListVersion> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ListVersion(rs.getLong("id"), Feed.of(rs.getString("feed")),
                            rs.getDate("published").toLocalDate(), rs.getTimestamp("imported_at").toInstant(),
                            rs.getString("content_hash"), rs.getString("source"), rs.getInt("entry_count"),
                            rs.getInt("alias_count"), rs.getInt("address_count"), rs.getInt("warning_count"),
                            Coverage.of(rs.getString("coverage")), rs.getInt("list_count")));
                }
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot read list versions: " + e.getMessage(), e);
        }
        return out;
    }

    private static String join(List<String> values, int max) {
        return values.isEmpty() ? null : truncate(String.join("; ", values), max);
    }

    private static List<String> split(String joined) {
        if (joined == null || joined.isEmpty()) return List.of();
        return List.of(joined.split("; "));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

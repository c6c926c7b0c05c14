package org.clearance.ledger.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clearance.ledger.Ledger;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail's behaviour, run on H2 (unit test) and on PostgreSQL (integration test). */
abstract class AuditTrailContract {

    static final ObjectMapper JSON = new ObjectMapper();

    protected String url;
    protected Ledger ledger;
    protected Connection c;

    protected abstract String freshDatabaseUrl() throws Exception;

    /** Writers and events each in the concurrency test (the PostgreSQL suite runs more). */
    protected int writers() {
        return 8;
    }

    protected int eventsPerWriter() {
        return 200;
    }

    @BeforeEach
    void open() throws Exception {
        url = freshDatabaseUrl();
        ledger = Ledger.open(url);
        c = ledger.connection();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    static AuditEvent event(int n) {
        ObjectNode payload = JSON.createObjectNode().put("n", n).put("text", "shipment \"" + n + "\" ✓");
        payload.putObject("nested").put("b", 2.50).put("a", List.of(1, 2).size());
        return new AuditEvent(AuditKinds.CHECK, "officer-" + (n % 3), payload);
    }

    /** Appends n events, each in a transaction of its own that commits. */
    ChainHead appendCommitted(int n) throws Exception {
        AuditTrail trail = new AuditTrail(c);
        c.setAutoCommit(false);
        for (int i = 1; i <= n; i++) {
            trail.append(event(i));
            c.commit();
        }
        c.setAutoCommit(true);
        return trail.chain();
    }

    static String sha256Hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    void execute(String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    String export() {
        StringWriter out = new StringWriter();
        new AuditReader(c).export(out);
        return out.toString();
    }

    static ChainVerification verifyExport(String text, ChainHead head) throws Exception {
        return ExportVerifier.verify(new BufferedReader(new StringReader(text)), "export.jsonl", head);
    }

    @Test
    void the_first_row_links_to_64_zeros_and_each_hash_is_sha256_of_the_rfc8785_row_without_hash() throws Exception {
        appendCommitted(2);
        List<String> lines = export().lines().toList();
        assertThat(lines).hasSize(2);
        String prev = "0".repeat(64);
        for (int i = 0; i < 2; i++) {
            ObjectNode row = (ObjectNode) JSON.readTree(lines.get(i));
            assertThat(row.properties().stream().map(e -> e.getKey()))
                    .containsExactly("seq", "time", "actor", "kind", "payload", "prev_hash", "hash");
            assertThat(row.get("seq").asLong()).isEqualTo(i + 1);
            assertThat(row.get("prev_hash").asText()).isEqualTo(prev);
            assertThat(row.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
            String hash = row.remove("hash").asText();
            // Independently of ChainHash: the library's canonical form, hashed here.
            assertThat(sha256Hex(new JsonCanonicalizer(row.toString()).getEncodedUTF8())).isEqualTo(hash);
            prev = hash;
        }
        assertThat(new AuditTrail(c).head()).isEqualTo(new ChainHead(2, prev));
    }

    @Test
    void an_event_appended_in_a_transaction_that_rolls_back_is_not_recorded() throws Exception {
        AuditTrail trail = new AuditTrail(c);
        c.setAutoCommit(false);
        trail.append(event(1));
        c.rollback();
        trail.append(event(2));
        c.commit();
        c.setAutoCommit(true);
        assertThat(trail.head().seq()).isEqualTo(1);
        assertThat(new AuditReader(c).row(1).orElseThrow().payloadJson()).contains("\"n\":2");
    }

    @Test
    void the_chain_order_is_the_commit_order_not_the_order_of_appending() throws Exception {
        try (Connection other = DriverManager.getConnection(url)) {
            other.setAutoCommit(false);
            new AuditTrail(other).append(event(1));   // appended first, committed last
            AuditTrail trail = new AuditTrail(c);
            c.setAutoCommit(false);
            trail.append(event(2));
            c.commit();
            c.setAutoCommit(true);
            assertThat(trail.chain().seq()).isEqualTo(1);
            other.commit();
            assertThat(trail.chain().seq()).isEqualTo(2);
        }
        AuditReader reader = new AuditReader(c);
        assertThat(reader.row(1).orElseThrow().payloadJson()).contains("\"n\":2");
        assertThat(reader.row(2).orElseThrow().payloadJson()).contains("\"n\":1");
        assertThat(reader.verify(null).intact()).isTrue();
    }

    @Test
    void an_unknown_kind_or_a_blank_actor_is_refused() {
        assertThatThrownBy(() -> new AuditEvent("chek", "me", JSON.createObjectNode()))
                .hasMessageContaining("unknown audit kind 'chek'");
        assertThatThrownBy(() -> new AuditEvent(AuditKinds.CHECK, " ", JSON.createObjectNode()))
                .hasMessageContaining("actor");
    }

    @Test
    void an_intact_chain_verifies_and_reaches_the_head_recorded_earlier() throws Exception {
        ChainHead earlier = appendCommitted(5);
        appendCommitted(3);
        ChainVerification v = new AuditReader(c).verify(earlier);
        assertThat(v.intact()).as(v.problem()).isTrue();
        assertThat(v.rows()).isEqualTo(8);
        assertThat(v.head().seq()).isEqualTo(8);
        assertThat(verifyExport(export(), earlier).intact()).isTrue();
    }

    @Test
    void a_row_altered_in_the_database_is_detected_at_its_seq() throws Exception {
        appendCommitted(6);
        execute("UPDATE audit_event SET payload = '{\"n\":99}' WHERE id = (SELECT event_id FROM audit_chain WHERE seq = 4)");
        ChainVerification v = new AuditReader(c).verify(null);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBadSeq()).isEqualTo(4);
        assertThat(v.problem()).contains("altered");
    }

    @Test
    void an_actor_altered_in_the_database_is_detected_at_its_seq() throws Exception {
        appendCommitted(3);
        execute("UPDATE audit_event SET actor = 'someone-else' WHERE id = (SELECT event_id FROM audit_chain WHERE seq = 2)");
        assertThat(new AuditReader(c).verify(null).firstBadSeq()).isEqualTo(2);
    }

    @Test
    void a_row_removed_from_the_database_is_detected_at_its_seq() throws Exception {
        appendCommitted(6);
        execute("DELETE FROM audit_chain WHERE seq = 3");
        ChainVerification v = new AuditReader(c).verify(null);
        assertThat(v.firstBadSeq()).isEqualTo(3);
        assertThat(v.problem()).contains("missing");
    }

    @Test
    void two_rows_swapped_in_the_database_are_detected_at_the_first() throws Exception {
        appendCommitted(6);
        long e2 = eventOf(2);
        long e5 = eventOf(5);
        execute("CREATE TABLE swap AS SELECT * FROM audit_chain WHERE seq IN (2, 5)");
        execute("DELETE FROM audit_chain WHERE seq IN (2, 5)");
        execute("INSERT INTO audit_chain SELECT seq, CASE WHEN seq = 2 THEN " + e5 + " ELSE " + e2
                + " END, prev_hash, hash FROM swap");
        ChainVerification v = new AuditReader(c).verify(null);
        assertThat(v.firstBadSeq()).isEqualTo(2);
    }

    long eventOf(long seq) throws Exception {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT event_id FROM audit_chain WHERE seq = " + seq)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void a_tail_cut_in_the_database_is_detected_by_the_stored_head_and_by_the_expected_head() throws Exception {
        ChainHead head = appendCommitted(6);
        execute("DELETE FROM audit_chain WHERE seq >= 5");
        ChainVerification v = new AuditReader(c).verify(null);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBadSeq()).isEqualTo(5);
        // Even with the head row rewritten to match, the head recorded elsewhere shows the cut.
        String h4 = new AuditReader(c).row(4).orElseThrow().hash();
        execute("UPDATE audit_head SET seq = 4, hash = '" + h4 + "'");
        assertThat(new AuditReader(c).verify(null).intact()).isTrue();
        ChainVerification cut = new AuditReader(c).verify(head);
        assertThat(cut.firstBadSeq()).isEqualTo(5);
        assertThat(cut.problem()).contains("cut");
    }

    @Test
    void an_export_verifies_with_no_database_and_each_tampering_names_the_first_bad_seq() throws Exception {
        ChainHead head = appendCommitted(6);
        String text = export();
        assertThat(verifyExport(text, head).intact()).isTrue();
        List<String> lines = new ArrayList<>(text.lines().toList());

        List<String> altered = new ArrayList<>(lines);
        altered.set(3, altered.get(3).replace("\"n\":4", "\"n\":40"));
        assertThat(verifyExport(String.join("\n", altered), head).firstBadSeq()).isEqualTo(4);

        List<String> added = new ArrayList<>(lines);
        added.set(2, added.get(2).replace("{\"seq\"", "{\"note\":\"x\",\"seq\""));
        assertThat(verifyExport(String.join("\n", added), head).firstBadSeq()).isEqualTo(3);

        List<String> removed = new ArrayList<>(lines);
        removed.remove(1);
        assertThat(verifyExport(String.join("\n", removed), head).firstBadSeq()).isEqualTo(2);

        List<String> swapped = new ArrayList<>(lines);
        swapped.set(2, lines.get(4));
        swapped.set(4, lines.get(2));
        assertThat(verifyExport(String.join("\n", swapped), head).firstBadSeq()).isEqualTo(3);

        List<String> inserted = new ArrayList<>(lines);
        inserted.add(3, lines.get(3));
        assertThat(verifyExport(String.join("\n", inserted), head).firstBadSeq()).isEqualTo(5);

        String cut = String.join("\n", lines.subList(0, 4));
        assertThat(verifyExport(cut, null).intact()).isTrue();   // without the head a cut tail cannot show
        ChainVerification v = verifyExport(cut, head);
        assertThat(v.firstBadSeq()).isEqualTo(5);
        assertThat(v.problem()).contains("cut");

        ChainVerification garbled = verifyExport(String.join("\n", lines.subList(0, 2)) + "\n{not json", head);
        assertThat(garbled.firstBadSeq()).isEqualTo(3);
        assertThat(garbled.problem()).contains("export.jsonl line 3");
    }

    @Test
    void an_export_whose_whole_chain_was_recomputed_is_caught_by_the_expected_head() throws Exception {
        ChainHead head = appendCommitted(3);
        // A forger who rewrites row 2 and recomputes every hash after it: consistent, but not the head recorded.
        List<String> lines = export().lines().toList();
        StringBuilder forged = new StringBuilder();
        String prev = ChainHash.GENESIS;
        for (String line : lines) {
            ObjectNode row = (ObjectNode) JSON.readTree(line.replace("\"n\":2", "\"n\":20"));
            row.remove("hash");
            row.put("prev_hash", prev);
            prev = ChainHash.ofJson(row.toString());
            row.put("hash", prev);
            forged.append(row).append('\n');
        }
        assertThat(verifyExport(forged.toString(), null).intact()).isTrue();
        assertThat(verifyExport(forged.toString(), head).firstBadSeq()).isEqualTo(3);
    }

    @Test
    void concurrent_writers_and_chainers_lose_nothing_and_chain_each_committed_event_once() throws Exception {
        int writers = writers();
        int each = eventsPerWriter();
        Set committed = new Set();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                futures.add(pool.submit(() -> {
                    try (Connection own = DriverManager.getConnection(url)) {
                        own.setAutoCommit(false);
                        AuditTrail trail = new AuditTrail(own);
                        for (int i = 0; i < each; i++) {
                            int n = writer * 1_000_000 + i;
                            trail.append(event(n));
                            if (i % 10 == 9) {
                                own.rollback();   // every tenth is rolled back: never recorded
                            } else {
                                own.commit();
                                committed.add(n);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (int k = 0; k < 2; k++) {
                futures.add(pool.submit(() -> {
                    try (Connection own = DriverManager.getConnection(url)) {
                        AuditTrail trail = new AuditTrail(own);
                        while (writing.get()) trail.chain();
                    }
                    return null;
                }));
            }
            for (int w = 0; w < writers; w++) futures.get(w).get();
            writing.set(false);
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdownNow();
        }
        ChainVerification v = new AuditReader(c).verify(null);
        assertThat(v.intact()).as(v.problem()).isTrue();
        assertThat(v.rows()).isEqualTo(committed.size()).isEqualTo(writers * (long) each * 9 / 10);
        List<Integer> chained = new ArrayList<>();
        for (String line : export().lines().toList()) chained.add(JSON.readTree(line).at("/payload/n").asInt());
        assertThat(chained).doesNotHaveDuplicates();
        assertThat(chained).containsExactlyInAnyOrderElementsOf(committed.values());
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_pending")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    /** The committed event numbers, from many threads. */
    static final class Set {
        private final java.util.Set<Integer> values = ConcurrentHashMap.newKeySet();

        void add(int n) {
            values.add(n);
        }

        int size() {
            return values.size();
        }

        java.util.Set<Integer> values() {
            return values;
        }
    }
}

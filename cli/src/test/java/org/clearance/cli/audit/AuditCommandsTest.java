package org.clearance.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.clearance.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail end to end through the command line on an embedded H2 file: check, check --batch and screen each
 * record a row; head, verify, export and verify --file read them; tampering exits 3 naming the first bad seq.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    String db;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    static Run ok(String... args) {
        Run r = run(args);
        assertThat(r.status()).as(r.err()).isZero();
        return r;
    }

    @BeforeAll
    void recordSome() throws Exception {
        db = "jdbc:h2:file:" + tmp.resolve("clearance").toAbsolutePath();
        ok("check", "--item", "nvidia-h100-sxm5-80gb", "--destination", "CN", "--date", "2025-06-01",
                "--no-screening", "--by", "A. Officer", "--json", "--database", db);
        ok("screen", "Northwestern Polytechnical University", "--party-id", "CUST-NPU", "--by", "B. Officer",
                "--json", "--database", db);
        Path batch = tmp.resolve("batch.csv");
        Files.writeString(batch, "id,item,quantity,destination,date\n"
                + "1,nvidia-h100-sxm5-80gb,1,CN,2025-06-01\n2,nvidia-h100-sxm5-80gb,2,DE,2025-06-01\n3,nosuchitem,1,DE,2025-06-01\n");
        ok("check", "--batch", batch.toString(), "--output", tmp.resolve("out.jsonl").toString(), "--no-screening",
                "--database", db);
    }

    List<JsonNode> exported(Path file) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) rows.add(JSON.readTree(line));
        return rows;
    }

    @Test
    void check_screen_and_check_batch_each_record_a_row_with_actor_inputs_outputs_and_rule_pack() throws Exception {
        Path file = tmp.resolve("rows.jsonl");
        ok("audit", "export", "--output", file.toString(), "--database", db);
        List<JsonNode> rows = exported(file);
        assertThat(rows).extracting(r -> r.get("kind").asText()).startsWith("check", "screen", "check.batch");
        JsonNode check = rows.get(0);
        assertThat(check.get("actor").asText()).isEqualTo("A. Officer");
        assertThat(check.at("/payload/engine").asText()).startsWith("clearance ");
        assertThat(check.at("/payload/rule_pack/hash").asText()).matches("sha256:[0-9a-f]{64}");
        assertThat(check.at("/payload/inputs/shipment/destination").asText()).isEqualTo("CN");
        assertThat(check.at("/payload/output/verdict").isMissingNode()).isFalse();
        JsonNode screen = rows.get(1);
        assertThat(screen.get("actor").asText()).isEqualTo("B. Officer");
        assertThat(screen.at("/payload/inputs/party_id").asText()).isEqualTo("CUST-NPU");
        assertThat(screen.at("/payload/list_versions")).isNotEmpty();
        JsonNode batch = rows.get(2);
        assertThat(batch.get("actor").asText()).isEqualTo(System.getProperty("user.name"));
        assertThat(batch.at("/payload/inputs/batch/sha256").asText())
                .isEqualTo(sha256(Files.readAllBytes(tmp.resolve("batch.csv"))));
        assertThat(batch.at("/payload/output/file/sha256").asText())
                .isEqualTo(sha256(Files.readAllBytes(tmp.resolve("out.jsonl"))));
        assertThat(batch.at("/payload/output/lines").asInt()).isEqualTo(3);
        assertThat(batch.at("/payload/output/errors").asInt()).isEqualTo(1);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void head_verify_and_an_export_verified_without_the_database_agree() throws Exception {
        String head = ok("audit", "head", "--database", db).out().strip();
        assertThat(head).matches("\\d+:[0-9a-f]{64}");
        JsonNode v = JSON.readTree(ok("audit", "verify", "--json", "--expect-head", head, "--database", db).out());
        assertThat(v.get("intact").asBoolean()).isTrue();
        assertThat(v.get("head").asText()).isEqualTo(head);
        Path file = tmp.resolve("verified.jsonl");
        ok("audit", "export", "--output", file.toString(), "--database", db);
        assertThat(ok("audit", "verify", "--file", file.toString(), "--expect-head", head).out())
                .startsWith("intact: ");
    }

    @Test
    void an_altered_or_cut_export_exits_3_naming_the_first_bad_seq() throws Exception {
        String head = ok("audit", "head", "--database", db).out().strip();
        Path file = tmp.resolve("tampered.jsonl");
        ok("audit", "export", "--output", file.toString(), "--database", db);
        List<String> lines = Files.readAllLines(file);
        Files.write(file, List.of(lines.get(0).replace("A. Officer", "Z. Officer"), lines.get(1)), StandardCharsets.UTF_8);
        Run altered = run("audit", "verify", "--file", file.toString());
        assertThat(altered.status()).isEqualTo(3);
        assertThat(altered.out()).startsWith("BROKEN at seq 1: its content was altered");
        Files.write(file, lines.subList(0, 1), StandardCharsets.UTF_8);
        Run cut = run("audit", "verify", "--file", file.toString(), "--expect-head", head, "--json");
        assertThat(cut.status()).isEqualTo(3);
        assertThat(JSON.readTree(cut.out()).get("first_bad_seq").asLong()).isEqualTo(2);
    }

    @Test
    void a_row_altered_in_the_database_exits_3_naming_its_seq_and_a_bad_head_is_bad_input() throws Exception {
        Path copy = tmp.resolve("copy");
        Files.createDirectories(copy);
        String other = "jdbc:h2:file:" + copy.resolve("clearance").toAbsolutePath();
        ok("check", "--item", "nvidia-h100-sxm5-80gb", "--destination", "DE", "--no-screening", "--database", other);
        ok("check", "--item", "nvidia-h100-sxm5-80gb", "--destination", "FR", "--no-screening", "--database", other);
        try (Connection c = DriverManager.getConnection(other); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_event SET payload = REPLACE(payload, '\"FR\"', '\"GB\"') "
                    + "WHERE id = (SELECT event_id FROM audit_chain WHERE seq = 2)");
        }
        Run broken = run("audit", "verify", "--database", other);
        assertThat(broken.status()).isEqualTo(3);
        assertThat(broken.out()).startsWith("BROKEN at seq 2");
        Run bad = run("audit", "verify", "--expect-head", "2:xyz", "--database", other);
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--expect-head").contains("SEQ:HASH");
    }
}

package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ship --batch as real processes against one license: several at once draw exactly the limit; a batch killed with
 * SIGKILL at random points and re-run on the same file loses nothing and ships nothing twice, and the audit chain
 * stays intact. Run on H2 (a few rounds, unit test) and PostgreSQL (the counts, integration test).
 */
abstract class ShipReliabilityContract {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String LICENSE = """
            {"number": "REL-1", "holder": "Example Semiconductor Inc.", "valid_from": "2026-01-01",
             "valid_to": "2026-12-31", "items": [{"catalog_id": "nvidia-h200-sxm-141gb"}], "destinations": ["CN"],
             "limits": {"quantity": %d}}
            """;

    @TempDir
    Path dir;
    String url;

    protected abstract String freshDatabaseUrl() throws Exception;

    protected abstract int processes();

    protected abstract int linesPerProcess();

    protected abstract int killRounds();

    protected abstract int killLines();

    Path csv(String name, String prefix, int lines) throws Exception {
        StringBuilder sb = new StringBuilder("idempotency_key,item,quantity,destination,date,license\n");
        for (int i = 0; i < lines; i++) {
            sb.append(prefix).append(i).append(",nvidia-h200-sxm-141gb,1,CN,2026-03-01,REL-1\n");
        }
        Path f = dir.resolve(name);
        Files.writeString(f, sb);
        return f;
    }

    void license(int limit) throws Exception {
        url = freshDatabaseUrl();
        Path l = dir.resolve("license.json");
        Files.writeString(l, LICENSE.formatted(limit));
        CliRun add = CliRun.of("license", "add", "--file", l.toString(), "--database", url);
        assertThat(add.status()).as(add.err()).isZero();
    }

    Process start(Path in, Path out) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ship", "--batch", in.toString(), "--output", out.toString(), "--no-screening", "--database", url)
                .redirectErrorStream(true).redirectOutput(dir.resolve(out.getFileName() + ".log").toFile()).start();
    }

    long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    List<JsonNode> lines(Path out) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        for (String line : Files.readAllLines(out)) all.add(JSON.readTree(line));
        return all;
    }

    void assertChainIntact() {
        CliRun verify = CliRun.of("audit", "verify", "--json", "--database", url);
        assertThat(verify.status()).as(verify.out() + verify.err()).isZero();
    }

    @Test
    void several_batch_processes_against_one_license_draw_exactly_its_limit() throws Exception {
        int total = processes() * linesPerProcess();
        license(total / 2);
        List<Process> running = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (int p = 0; p < processes(); p++) {
            Path out = dir.resolve("out-" + p + ".jsonl");
            outputs.add(out);
            running.add(start(csv("in-" + p + ".csv", "p" + p + "-", linesPerProcess()), out));
        }
        for (int p = 0; p < running.size(); p++) {
            assertThat(running.get(p).waitFor(20, TimeUnit.MINUTES)).isTrue();
            assertThat(running.get(p).exitValue()).as(Files.readString(dir.resolve("out-" + p + ".jsonl.log"))).isZero();
        }
        int accepted = 0;
        for (Path out : outputs) {
            for (JsonNode o : lines(out)) {
                if (o.get("status").asText().equals("accepted")) accepted++;
                else assertThat(o.at("/reason/code").asText()).isEqualTo("limit");
            }
        }
        assertThat(accepted).isEqualTo(total / 2);
        assertThat(count("SELECT SUM(drawn) FROM license_limit WHERE number = 'REL-1'")).isEqualTo(total / 2);
        assertThat(count("SELECT COUNT(*) FROM shipment")).isEqualTo(total);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE kind = 'shipment'")).isEqualTo(total);
        assertChainIntact();
    }

    @Test
    void a_batch_killed_at_random_points_and_rerun_loses_nothing_and_ships_nothing_twice() throws Exception {
        int n = killLines();
        license(n / 2);
        Random random = new Random(12);
        for (int round = 0; round < killRounds(); round++) {
            Path in = csv("in-" + round + ".csv", "r" + round + "-", n);
            Path out = dir.resolve("out-" + round + ".jsonl");
            Process p = start(in, out);
            Thread.sleep(1500 + random.nextInt(4000));
            p.destroyForcibly().waitFor();
            Process again = start(in, out);
            assertThat(again.waitFor(20, TimeUnit.MINUTES)).isTrue();
            assertThat(again.exitValue()).as(Files.readString(dir.resolve(out.getFileName() + ".log"))).isZero();
            List<JsonNode> results = lines(out);
            assertThat(results).hasSize(n);
            Set<String> keys = new HashSet<>();
            for (JsonNode o : results) {
                assertThat(o.get("status").asText()).isIn("accepted", "refused");
                keys.add(o.get("idempotency_key").asText());
            }
            assertThat(keys).hasSize(n);
            assertThat(count("SELECT COUNT(*) FROM shipment WHERE idempotency_key LIKE 'r" + round + "-%'")).isEqualTo(n);
            assertThat(count("SELECT COUNT(*) FROM audit_event WHERE kind = 'shipment' AND payload LIKE '%\"r" + round
                    + "-%'")).isEqualTo(n);
        }
        long accepted = count("SELECT COUNT(*) FROM shipment WHERE status = 'accepted'");
        assertThat(count("SELECT SUM(drawn) FROM license_limit WHERE number = 'REL-1'")).isEqualTo(accepted);
        assertThat(accepted).isLessThanOrEqualTo(n / 2);
        assertChainIntact();
    }
}

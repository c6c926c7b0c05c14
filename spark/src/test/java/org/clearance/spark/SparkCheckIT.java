package org.clearance.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same answers as the command line (issue 15): 100,000 generated lines decided by {@code check --batch} and by the
 * Spark job, in local mode and on a real standalone cluster on loopback (a master and two workers), compared line by
 * line, byte for byte, with screening against the same database.
 */
class SparkCheckIT {

    private static final int LINES = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static Path input;
    private static String database;
    private static List<String> expected;

    @BeforeAll
    static void decideWithTheCommandLine() throws IOException {
        input = tmp.resolve("shipments.csv");
        ShipmentFile.write(input, LINES, 20261207L);
        database = "jdbc:h2:file:" + tmp.resolve("db").resolve("clearance");
        Path out = tmp.resolve("cli.jsonl");
        StringWriter err = new StringWriter();
        int status = org.clearance.cli.Main.run(new String[] {"check", "--batch", input.toString(), "--output",
                out.toString(), "--database", database}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();
        expected = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(expected).hasSize(LINES);   // one record per row, bad rows too; blank lines are not rows
        assertThat(expected).anyMatch(l -> l.contains("\"error\"")).anyMatch(l -> l.contains("Adjudicate "));
    }

    @Test
    void local_mode_writes_the_same_bytes_as_check_batch() throws IOException {
        Path out = tmp.resolve("local");
        StringWriter err = new StringWriter();
        int status = SparkCommand.run(new String[] {"check", "--input", input.toString(), "--output", out.toString(),
                "--master", "local[2]", "--database", database}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();
        assertSameLines(out);
        assertCounts(out);
    }

    @Test
    void a_standalone_cluster_of_two_workers_writes_the_same_bytes_as_check_batch() throws Exception {
        Path out = tmp.resolve("cluster");
        try (LoopbackCluster cluster = LoopbackCluster.start(tmp.resolve("cluster-dir"), 2)) {
            Path log = tmp.resolve("submit.log");
            int status = cluster.submit(log, "check", "--input", input.toString(), "--output", out.toString(),
                    "--database", database);
            assertThat(status).as(Files.exists(log) ? tail(log) : "no log").isZero();
        }
        assertSameLines(out);
        JsonNode summary = assertCounts(out);
        assertThat(summary.path("master").asText()).startsWith("spark://127.0.0.1:");
    }

    private static void assertSameLines(Path dir) throws IOException {
        List<String> actual = records(dir);
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                throw new AssertionError("record " + i + " differs:\n  check --batch: " + expected.get(i)
                        + "\n  spark check:   " + actual.get(i));
            }
        }
    }

    /** The summary beside the parts: rows in = decided + errors, the same as the command line's counts. */
    private static JsonNode assertCounts(Path dir) throws IOException {
        JsonNode s = JSON.readTree(dir.resolve("_clearance.json").toFile());
        long errors = expected.stream().filter(l -> l.contains("\"error\"")).count();
        assertThat(s.at("/counts/rows").asLong()).isEqualTo(expected.size());
        assertThat(s.at("/counts/errors").asLong()).isEqualTo(errors);
        assertThat(s.at("/counts/decided").asLong() + s.at("/counts/errors").asLong()).isEqualTo(expected.size());
        assertThat(s.at("/rule_pack/hash").asText()).startsWith("sha256:");
        assertThat(s.path("list_versions").asText()).contains("SDN@");
        return s;
    }

    static List<String> records(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(dir)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static String tail(Path log) throws IOException {
        List<String> l = Files.readAllLines(log);
        return String.join("\n", l.subList(Math.max(0, l.size() - 60), l.size()));
    }
}

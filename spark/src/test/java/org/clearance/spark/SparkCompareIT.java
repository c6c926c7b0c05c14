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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spark compare} (issue 15) agrees with the command line: the order book decided by {@code check --batch} twice,
 * once with every date set to the first day and once to the second, gives the rows whose verdict, license requirement
 * or review policy changed; the job must report exactly those rows, with the same answers, and count every row.
 */
class SparkCompareIT {

    private static final int LINES = 20_000;
    private static final String FROM = "2023-06-01";
    private static final String TO = "2026-01-15";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static Path input;
    private static String database;
    /** By row id (unique in the generated file): the command line's answers on the first and second date. */
    private static Map<String, JsonNode[]> cli;

    @BeforeAll
    static void decideBothDatesWithTheCommandLine() throws IOException {
        input = tmp.resolve("orders.csv");
        ShipmentFile.write(input, LINES, 20261208L);
        database = "jdbc:h2:file:" + tmp.resolve("db").resolve("clearance");
        List<JsonNode> a = checkBatch(FROM);
        List<JsonNode> b = checkBatch(TO);
        assertThat(a).hasSameSizeAs(b).hasSize(LINES);
        cli = new LinkedHashMap<>();
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).path("id").asText()).isEqualTo(b.get(i).path("id").asText());
            cli.put(a.get(i).path("id").asText(), new JsonNode[] {a.get(i), b.get(i)});
        }
        assertThat(cli).hasSize(LINES);
    }

    private static List<JsonNode> checkBatch(String date) throws IOException {
        Path file = tmp.resolve("orders-" + date + ".csv");
        ShipmentFile.write(file, LINES, 20261208L, date);
        Path out = tmp.resolve("cli-" + date + ".jsonl");
        StringWriter err = new StringWriter();
        int status = org.clearance.cli.Main.run(new String[] {"check", "--batch", file.toString(), "--output",
                out.toString(), "--database", database}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();
        List<JsonNode> nodes = new ArrayList<>();
        for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) nodes.add(JSON.readTree(l));
        return nodes;
    }

    @Test
    void reports_exactly_the_rows_whose_answer_changes_between_the_two_dates() throws IOException {
        Path out = tmp.resolve("compare");
        StringWriter err = new StringWriter();
        StringWriter said = new StringWriter();
        int status = SparkCommand.run(new String[] {"compare", "--input", input.toString(), "--output", out.toString(),
                "--from", FROM, "--to", TO, "--master", "local[2]", "--database", database},
                new PrintWriter(said), new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();

        Map<String, JsonNode> expectedChanged = new LinkedHashMap<>();
        int expectedErrors = 0;
        for (Map.Entry<String, JsonNode[]> e : cli.entrySet()) {
            JsonNode a = e.getValue()[0];
            JsonNode b = e.getValue()[1];
            if (a.has("error") || b.has("error")) expectedErrors++;
            else if (!a.path("verdict").equals(b.path("verdict")) || !a.path("license_required").equals(b.path("license_required"))
                    || !Objects.equals(a.path("review_policy"), b.path("review_policy"))) {
                expectedChanged.put(e.getKey(), a);
            }
        }
        assertThat(expectedChanged).as("the generated order book has rows that the 2023 and 2025 rules change").hasSizeGreaterThan(100);

        List<JsonNode> records = new ArrayList<>();
        for (String l : SparkCheckIT.records(out)) records.add(JSON.readTree(l));
        List<Integer> lines = records.stream().map(r -> r.path("line").asInt()).toList();
        assertThat(lines).as("in input order").isSorted();
        int errors = 0;
        for (JsonNode r : records) {
            int line = r.path("line").asInt();
            String id = r.path("id").asText();
            JsonNode[] both = cli.get(id);
            assertThat(both).as("line %d id %s is a row of the input", line, id).isNotNull();
            if (r.has("error")) {
                errors++;
                JsonNode bad = both[0].has("error") ? both[0] : both[1];
                assertThat(r.path("error").asText()).endsWith(bad.path("error").asText());
                continue;
            }
            assertThat(expectedChanged).as("line %d reported as changed", line).containsKey(id);
            for (int side = 0; side < 2; side++) {
                JsonNode got = r.path(side == 0 ? "from" : "to");
                assertThat(got.path("date").asText()).isEqualTo(side == 0 ? FROM : TO);
                assertThat(got.path("verdict")).as("line %d", line).isEqualTo(both[side].path("verdict"));
                assertThat(got.path("license_required")).isEqualTo(both[side].path("license_required"));
                assertThat(got.path("review_policy")).isEqualTo(both[side].path("review_policy"));
            }
            assertThat(r.path("differences")).as("line %d names the rules that made the difference", line).isNotEmpty();
        }
        assertThat(records.size() - errors).isEqualTo(expectedChanged.size());
        assertThat(errors).isEqualTo(expectedErrors);

        JsonNode s = JSON.readTree(out.resolve("_clearance.json").toFile());
        assertThat(s.path("job").asText()).isEqualTo("compare");
        assertThat(s.at("/counts/rows").asLong()).isEqualTo(LINES);
        assertThat(s.at("/counts/changed").asLong()).isEqualTo(expectedChanged.size());
        assertThat(s.at("/counts/errors").asLong()).isEqualTo(expectedErrors);
        assertThat(s.at("/counts/unchanged").asLong() + s.at("/counts/changed").asLong() + s.at("/counts/errors").asLong())
                .isEqualTo(LINES);
        long transitions = 0;
        for (JsonNode n : s.at("/counts/transitions")) transitions += n.asLong();
        assertThat(transitions).isEqualTo(expectedChanged.size());
        assertThat(s.at("/counts/rules").has("742.6-a6-advanced-a")).isTrue();
        assertThat(s.path("list_versions").asText()).contains("SDN@");
        assertThat(said.toString()).contains(String.format("%,d changed", expectedChanged.size()));
    }

    @Test
    void a_date_before_the_rule_pack_covers_is_refused_naming_the_option() {
        StringWriter err = new StringWriter();
        int status = SparkCommand.run(new String[] {"compare", "--input", input.toString(), "--output",
                tmp.resolve("never").toString(), "--from", "2019-01-01", "--to", TO, "--master", "local[1]",
                "--no-screening"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--from/--to").contains("2019-01-01");
        assertThat(tmp.resolve("never")).doesNotExist();
    }
}

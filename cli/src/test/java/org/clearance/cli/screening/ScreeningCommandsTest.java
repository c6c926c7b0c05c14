package org.clearance.cli.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clearance.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screening commands end to end, on an embedded database filled with the shipped lists. */
class ScreeningCommandsTest {

    record Run(int status, String out, String err) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void database() {
        db = "jdbc:h2:file:" + dir.resolve("clearance").toAbsolutePath();
        assertThat(run("lists", "list", "--database", db).status()).isZero();
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void screen_json_has_query_threshold_algorithm_list_versions_and_hits() throws Exception {
        Run r = run("screen", "Hangzhou Hikvision Digital Technology", "--country", "CN", "--json", "--database", db);
        assertThat(r.status()).isZero();
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("query").asText()).isEqualTo("Hangzhou Hikvision Digital Technology");
        assertThat(o.get("threshold").asDouble()).isEqualTo(0.8);
        assertThat(o.get("algorithm").asText()).isEqualTo("clearance-name-v1");
        assertThat(o.get("list_versions")).hasSize(4);
        JsonNode hit = o.get("hits").get(0);
        assertThat(hit.get("list").asText()).isEqualTo("CMIC");
        assertThat(hit.get("entity_id").asText()).isEqualTo("30946");
        assertThat(hit.get("matched_name").asText()).isNotBlank();
        assertThat(hit.get("score").asDouble()).isBetween(0.8, 1.0);
        assertThat(hit.get("features").get(0).get("name").asText()).isEqualTo("name_similarity");
        for (String field : List.of("list_version", "license_requirement", "license_policy", "fr_citation", "footnotes",
                "blocked", "adjudicated", "addresses", "programs")) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
    }

    @Test
    void screen_prints_the_matched_name_and_the_features_as_text() {
        Run r = run("screen", "西北工业大学", "--database", db);
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Northwestern Polytechnical University").contains("matched native \"西北工业大学\"")
                .contains("name_similarity").contains("license requirement:");
    }

    @Test
    void a_database_url_of_another_kind_is_bad_input() {
        Run r = run("lists", "list", "--database", "jdbc:mysql://localhost/x");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--database: 'jdbc:mysql://localhost/x' is not a JDBC URL Clearance can use");
    }

    @Test
    void a_query_with_no_letters_is_bad_input() {
        Run r = run("screen", "12345 !!", "--database", db);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("has no letters");
    }

    @Test
    void the_threshold_option_is_checked_and_applied() throws Exception {
        assertThat(run("screen", "Putin", "--threshold", "1.5", "--database", db).status()).isEqualTo(2);
        JsonNode o = JSON.readTree(run("screen", "Vladimir Petrov", "--threshold", "0.5", "--json", "--database", db).out());
        assertThat(o.get("threshold").asDouble()).isEqualTo(0.5);
        assertThat(o.get("hits").size()).isPositive();
    }

    @Test
    void batch_writes_one_line_per_row_and_reports_malformed_rows_without_stopping(@TempDir Path work) throws Exception {
        Path in = work.resolve("parties.csv");
        Files.writeString(in, """
                id,name,country
                p1,Rosoboronexport,RU
                p2,Acme Widgets of Ohio,
                p3,12345,
                p4,"unbalanced,RU,extra
                """);
        Path out = work.resolve("results.jsonl");
        Run r = run("screen", "--batch", in.toString(), "--output", out.toString(), "--database", db);
        assertThat(r.status()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(4);
        JsonNode p1 = JSON.readTree(lines.get(0));
        assertThat(p1.get("id").asText()).isEqualTo("p1");
        List<String> keys = new java.util.ArrayList<>();
        p1.get("hits").forEach(h -> keys.add(h.get("list").asText() + ":" + h.get("entity_id").asText()));
        assertThat(keys).contains("SDN:18782", "SSI:18782");
        assertThat(p1.get("hits").get(0).get("score").asDouble()).isGreaterThanOrEqualTo(p1.get("hits").get(1).get("score").asDouble());
        for (String field : List.of("list", "entity_id", "name", "matched_name", "score", "features")) {
            assertThat(p1.get("hits").get(0).has(field)).as(field).isTrue();
        }
        assertThat(JSON.readTree(lines.get(1)).get("hits")).isEmpty();
        JsonNode p3 = JSON.readTree(lines.get(2));
        assertThat(p3.get("id").asText()).isEqualTo("p3");
        assertThat(p3.get("line").asInt()).isEqualTo(4);
        assertThat(p3.get("error").asText()).contains("no letters");
        assertThat(JSON.readTree(lines.get(3)).has("error")).isTrue();
    }

    @Test
    void lists_import_adds_a_version_refuses_an_empty_file_and_diffs(@TempDir Path work) throws Exception {
        String own = "jdbc:h2:file:" + work.resolve("own").toAbsolutePath();
        Path fixture = Path.of("../ledger/src/test/resources/fixtures/sdn-2024-05-02.csv");
        Run imported = run("lists", "import", fixture.toString(), "--format", "sdn", "--published", "2024-05-02", "--database", own);
        assertThat(imported.status()).isZero();
        assertThat(imported.out()).contains("Imported sdn as version 5 (published 2024-05-02): 14,973 entries");
        Run again = run("lists", "import", fixture.toString(), "--format", "sdn", "--database", own);
        assertThat(again.out()).startsWith("Unchanged");
        Path empty = work.resolve("sdn.csv");
        Files.writeString(empty, "");
        Run refused = run("lists", "import", empty.toString(), "--format", "sdn", "--published", "2024-05-04", "--database", own);
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("import refused: the file has no entries");
        Run diff = run("lists", "diff", "5", "1", "--database", own);
        assertThat(diff.out()).contains("0 added, 8 removed, 0 changed").contains("- SDN 38556 EMPEROR AVIATION LTD");
        Run list = run("lists", "list", "--json", "--database", own);
        assertThat(JSON.readTree(list.out())).hasSize(5);
        assertThat(run("lists", "import", fixture.toString(), "--format", "xml", "--database", own).status()).isEqualTo(2);
        assertThat(run("lists", "import", "no-such-file.csv", "--format", "csl", "--database", own).status()).isEqualTo(2);
    }

    @Test
    void the_dirty_csl_imports_with_warnings_and_exit_zero(@TempDir Path work) throws Exception {
        String own = "jdbc:h2:file:" + work.resolve("own").toAbsolutePath();
        Path csl = work.resolve("consolidated-2023-11-20.csv");
        Files.copy(Path.of("../lists/csl-2023-11/consolidated.csv"), csl);
        Files.writeString(csl, Files.readString(csl).replace("Northwestern Polytechnical University", "Northwestern Polytechnical Univ."));
        Run r = run("lists", "import", csl.toString(), "--format", "csl", "--database", own);
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("warning: " + csl + ":2: the header row is repeated")
                .contains(":4233: expected 29 columns, found 8");
        assertThat(r.out()).contains("published 2023-11-20");
    }
}

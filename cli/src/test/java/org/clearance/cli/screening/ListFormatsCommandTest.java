package org.clearance.cli.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lists import --format ftm and --format csl-json end to end, each into a fresh embedded database. */
class ListFormatsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FTM = Path.of("../screening/src/test/resources/fixtures/ftm/entities.ftm.json");
    private static final Path CSL_JSON = Path.of("../screening/src/test/resources/fixtures/csl-json/consolidated.json");

    private static ScreeningCommandsTest.Run run(String... args) {
        return ScreeningCommandsTest.run(args);
    }

    private static List<String> hits(String json) throws Exception {
        List<String> keys = new ArrayList<>();
        JSON.readTree(json).get("hits").forEach(h -> keys.add(h.get("list").asText() + ":" + h.get("entity_id").asText()));
        return keys;
    }

    @Test
    void imports_an_ftm_file_screens_its_parties_and_refuses_a_shrunk_or_empty_one(@TempDir Path work) throws Exception {
        String db = "jdbc:h2:file:" + work.resolve("clearance").toAbsolutePath();
        Path file = work.resolve("entities.ftm.json");
        Files.copy(FTM, file);
        ScreeningCommandsTest.Run imported = run("lists", "import", file.toString(), "--format", "ftm", "--database", db);
        assertThat(imported.status()).isZero();
        assertThat(imported.out()).contains("Imported ftm as version 5 (published 2024-02-29): 7 entries, 12 aliases, "
                + "4 addresses, 2 ownership and directorship links; 0 rows skipped.");
        assertThat(run("lists", "import", file.toString(), "--format", "ftm", "--database", db).out()).startsWith("Unchanged");

        ScreeningCommandsTest.Run screen = run("screen", "ООО Стройгазмонтаж", "--json", "--database", db);
        assertThat(screen.status()).isZero();
        assertThat(hits(screen.out())).contains("SDN:NK-StroyGazMontazh0SGM00");
        JsonNode o = JSON.readTree(screen.out());
        assertThat(o.get("list_versions")).extracting(v -> v.get("format").asText()).contains("ftm");
        assertThat(hits(run("screen", "杭州海康威视数字技术股份有限公司", "--json", "--database", db).out()))
                .contains("OS:NK-Hikvision0Hangzhou000");
        assertThat(hits(run("screen", "Hu Yangzhong", "--json", "--database", db).out())).isEmpty();

        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.stream().filter(l -> !l.contains("\"schema\": \"Airplane\"")).toList());
        ScreeningCommandsTest.Run shrunk = run("lists", "import", file.toString(), "--format", "ftm", "--database", db);
        assertThat(shrunk.status()).isEqualTo(2);
        assertThat(shrunk.err()).contains("ftm import refused: the file has 6 entries, 14.3 % fewer than the 7");

        List<String> grown = new ArrayList<>(lines);
        grown.add("{\"id\": \"NK-New\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Example Trading FZE\"]}, "
                + "\"datasets\": [\"us_ofac_sdn\"], \"target\": true}");
        grown.add("not json");
        Files.write(file, grown);
        ScreeningCommandsTest.Run again = run("lists", "import", file.toString(), "--format", "ftm", "--published",
                "2024-03-01", "--database", db);
        assertThat(again.status()).isZero();
        assertThat(again.err()).contains("warning: " + file + ":16: malformed JSON at column 1");
        assertThat(run("lists", "diff", "5", "6", "--database", db).out())
                .contains("ftm version 5 (2024-02-29) -> ftm version 6 (2024-03-01): 1 added, 0 removed, 0 changed")
                .contains("+ SDN NK-New Example Trading FZE");
        JsonNode versions = JSON.readTree(run("lists", "list", "--json", "--database", db).out());
        assertThat(versions).extracting(v -> v.get("format").asText() + (v.get("current").asBoolean() ? "*" : ""))
                .containsExactly("sdn*", "cons*", "csl*", "dpl*", "ftm", "ftm*");
        assertThat(run("lists", "list", "--database", db).out()).contains("6*   ftm ");

        Path empty = work.resolve("empty.ftm.json");
        Files.writeString(empty, "");
        ScreeningCommandsTest.Run refused = run("lists", "import", empty.toString(), "--format", "ftm", "--published",
                "2024-03-02", "--database", db);
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("import refused: the file has no entries");
    }

    @Test
    void imports_the_csl_json_as_a_feed_of_its_own_and_screens_its_entries(@TempDir Path work) throws Exception {
        String db = "jdbc:h2:file:" + work.resolve("clearance").toAbsolutePath();
        ScreeningCommandsTest.Run imported = run("lists", "import", CSL_JSON.toString(), "--format", "csl-json",
                "--published", "2024-01-02", "--database", db);
        assertThat(imported.status()).isZero();
        assertThat(imported.out()).startsWith("Imported csl-json as version 5 (published 2024-01-02): 13 entries");
        assertThat(hits(run("screen", "Sarah Li", "--type", "individual", "--json", "--database", db).out()))
                .contains("DTC:7c1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a");
        assertThat(run("lists", "import", CSL_JSON.toString(), "--format", "csl-json", "--database", db).out())
                .startsWith("Unchanged: the content is identical to csl-json version 5");

        // The shipped CSL (the csl feed) has the same Entity List party under the same id: one hit, not two.
        Path changed = work.resolve("consolidated-2024-01-03.json");
        Files.writeString(changed, Files.readString(CSL_JSON).replace("\"Farid\", \"and Engineer Idris\"",
                "\"Farid\", \"and Engineer Idrees\""));
        assertThat(run("lists", "import", changed.toString(), "--format", "csl-json", "--database", db).status()).isZero();
        assertThat(run("lists", "diff", "5", "6", "--database", db).out())
                .contains("csl-json version 5 (2024-01-02) -> csl-json version 6 (2024-01-03): 0 added, 0 removed, 1 changed")
                .contains("~ EL ef773baf03e047f916e2fc565c0cc19b87548fdde5d11c8611a87211 Fazal Rahim Farid (aliases)");
        assertThat(hits(run("screen", "Fazal Rahim Farid", "--json", "--database", db).out()))
                .containsOnlyOnce("EL:ef773baf03e047f916e2fc565c0cc19b87548fdde5d11c8611a87211");

        Path broken = work.resolve("broken.json");
        Files.writeString(broken, "{\"results\": [\n{\"name\": \"x\" \"source\": \"y\"}]}");
        ScreeningCommandsTest.Run refused = run("lists", "import", broken.toString(), "--format", "csl-json",
                "--database", db);
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains(broken + ": malformed JSON at line 2, column 14: expected ',' or '}'");
        ScreeningCommandsTest.Run unknown = run("lists", "import", broken.toString(), "--format", "xml", "--database", db);
        assertThat(unknown.err()).contains("expected sdn, cons, csl, csl-json, dpl or ftm");
    }
}

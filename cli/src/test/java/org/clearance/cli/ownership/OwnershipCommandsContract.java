package org.clearance.cli.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clearance.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ownership import|list|show} end to end through the command line, on a database with the shipped lists:
 * embedded H2 ({@link OwnershipCommandsH2Test}) and PostgreSQL ({@link OwnershipCommandsPostgresIT}).
 */
abstract class OwnershipCommandsContract {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String HEADER = "owner,owned,percent,as_of,source,owned_country\n";
    @TempDir
    Path tmp;
    String db;

    protected abstract String freshDatabaseUrl() throws Exception;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @BeforeEach
    void database() throws Exception {
        db = freshDatabaseUrl();
    }

    Path csv(String name, String rows) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, HEADER + rows);
        return f;
    }

    JsonNode json(String... args) throws Exception {
        Run r = run(args);
        assertThat(r.status()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void a_source_is_versioned_its_latest_replaces_the_previous_and_sources_combine() throws Exception {
        Path v1 = csv("kyc1.csv", "SDN:36,Caribe Holdings SA,50,2026-01-15,registry extract,PA\n");
        JsonNode first = json("ownership", "import", v1.toString(), "--format", "csv", "--source", "kyc", "--json", "--database", db);
        assertThat(first.get("version").asText()).isEqualTo("kyc#1");
        assertThat(first.get("holdings").asInt()).isEqualTo(1);
        assertThat(json("ownership", "import", v1.toString(), "--format", "csv", "--source", "kyc", "--json", "--database", db)
                .get("outcome").asText()).isEqualTo("unchanged");
        Path v2 = csv("kyc2.csv", """
                SDN:36,Caribe Holdings SA,45.5,2026-02-01,registry extract,PA
                Caribe Holdings SA,Caribe Logistics,100,2026-02-01,registry extract,PA
                """);
        JsonNode second = json("ownership", "import", v2.toString(), "--format", "csv", "--source", "kyc", "--json", "--database", db);
        assertThat(second.get("version").asText()).isEqualTo("kyc#2");
        assertThat(second.get("replaces").asText()).isEqualTo("kyc#1");
        Path vendor = csv("vendor.csv", "Other Owner,Caribe Holdings SA,10,2026-03-01,vendor file,PA\n");
        json("ownership", "import", vendor.toString(), "--format", "csv", "--source", "vendor", "--json", "--database", db);

        JsonNode versions = json("ownership", "list", "--json", "--database", db);
        assertThat(versions).extracting(v -> v.get("version").asText() + (v.get("current").asBoolean() ? "*" : ""))
                .containsExactly("kyc#1", "kyc#2*", "vendor#1*");

        JsonNode shown = json("ownership", "show", "caribe holdings s.a.", "--json", "--database", db);
        assertThat(shown.get("owners")).extracting(h -> h.get("owner").get("name").asText() + " " + h.get("percent").asText()
                        + " " + h.get("version").asText())
                .containsExactlyInAnyOrder("SDN:36 45.5 kyc#2", "Other Owner 10 vendor#1");
        assertThat(shown.get("holdings")).singleElement().satisfies(h -> {
            assertThat(h.get("owned").get("name").asText()).isEqualTo("Caribe Logistics");
            assertThat(h.get("valid_from").asText()).isEqualTo("2026-02-01");
            assertThat(h.get("source").asText()).isEqualTo("registry extract");
        });
        Run text = run("ownership", "show", "SDN:36", "--database", db);
        assertThat(text.out()).contains("Holdings:").contains("45.5%").contains("Caribe Holdings SA (PA)").contains("kyc#2, line 2");
    }

    @Test
    void a_bad_row_refuses_the_whole_file_with_line_and_reason_and_stores_nothing() throws Exception {
        Path bad = csv("bad.csv", """
                SDN:36,Caribe Holdings SA,50,2026-01-15,registry,PA
                SDN:999999999,Caribe Holdings SA,10,2026-01-15,registry,PA
                A,B,120,2026-01-15,registry,
                C,Caribe Holdings SA,45,2026-01-15,registry,PA
                D,E,5,2026-01-15,,
                """);
        Run r = run("ownership", "import", bad.toString(), "--format", "csv", "--source", "kyc", "--database", db);
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("bad.csv: refused, nothing stored")
                .contains("bad.csv:3: owner SDN:999999999: no such entry in the current lists")
                .contains("bad.csv:4: percent 120 is outside 0–100")
                .contains("bad.csv:6: missing source");
        assertThat(json("ownership", "list", "--json", "--database", db)).isEmpty();

        Path over = csv("over.csv", """
                SDN:36,Caribe Holdings SA,50,2026-01-15,registry,PA
                C,Caribe Holdings SA,50.01,2026-01-15,registry,PA
                """);
        Run o = run("ownership", "import", over.toString(), "--format", "csv", "--source", "kyc", "--database", db);
        assertThat(o.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.err()).contains("over.csv:3: the holders of Caribe Holdings SA (PA) sum to 100.01% on 2026-01-15");
        assertThat(json("ownership", "list", "--json", "--database", db)).isEmpty();
    }

    @Test
    void ftm_files_and_the_links_of_ftm_lists_are_sources_with_ranged_percentages() throws Exception {
        Path ftm = tmp.resolve("own.ftm.json");
        Files.writeString(ftm, """
                {"id": "p1", "schema": "Company", "properties": {"name": ["Owner Holdings"], "jurisdiction": ["cn"]}}
                {"id": "c1", "schema": "Company", "properties": {"name": ["Owned Trading Ltd"], "country": ["hk"]}}
                {"id": "own-1", "schema": "Ownership", "properties": {"owner": ["p1"], "asset": ["c1"], "percentage": ["more than 25%"], "startDate": ["2019-05-01"]}}
                """);
        JsonNode imported = json("ownership", "import", ftm.toString(), "--format", "ftm", "--source", "opensanctions", "--json", "--database", db);
        assertThat(imported.get("version").asText()).isEqualTo("opensanctions#1");
        JsonNode shown = json("ownership", "show", "Owned Trading Ltd", "--json", "--database", db);
        assertThat(shown.get("owners")).singleElement().satisfies(h -> {
            assertThat(h.get("percent").asText()).isEqualTo("more than 25%");
            assertThat(h.get("percent_low").decimalValue()).isEqualByComparingTo("25");
            assertThat(h.get("percent_high").decimalValue()).isEqualByComparingTo("100");
            assertThat(h.get("owner").get("country").asText()).isEqualTo("CN");
        });

        Path list = Path.of("../screening/src/test/resources/fixtures/ftm/entities.ftm.json").toAbsolutePath();
        assertThat(run("lists", "import", list.toString(), "--format", "ftm", "--published", "2024-02-29", "--database", db).status()).isZero();
        JsonNode versions = json("ownership", "list", "--json", "--database", db);
        assertThat(versions).anySatisfy(v -> {
            assertThat(v.path("from_list").asBoolean()).isTrue();
            assertThat(v.get("version").asText()).startsWith("FTM@2024-02-29");
        });
    }
}

package org.clearance.cli.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.clearance.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lists update} and the list warnings of {@code screen} and {@code check} as a user runs them, against a
 * publisher on 127.0.0.1 started by the test.
 */
class ListsUpdateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DPL = "\"Name\"\t\"Street_Address\"\t\"City\"\t\"State\"\t\"Country\"\t\"Postal_Code\"\t"
            + "\"Effective_Date\"\t\"Expiration_Date\"\t\"Standard_Order\"\t\"Last_Update\"\t\"Action\"\t\"FR_Citation\"\n"
            + "\"AARON ABRAHAM VILLA\"\t\"3415 RIVERA AVENUE\"\t\"EL PASO\"\t\"TX\"\t\"\"\t\"79905\"\t\"08/24/2022\"\t"
            + "\"01/14/2026\"\t\"Y\"\t\"2022-08-29\"\t\"F.R. NOTICE ADDED\"\t\"87 F.R. 52741 8/29/2022\"\n";

    @TempDir
    Path dir;
    HttpServer server;
    String db;
    String base;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @BeforeEach
    void start() throws IOException {
        Map<String, String[]> files = Map.of(
                "/bis/dpl.txt", new String[] {"text/plain", DPL},
                "/bis/moved.txt", new String[] {"text/html", "<!DOCTYPE html><html><body>We have moved</body></html>"});
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            try (x) {
                String[] f = files.get(x.getRequestURI().getPath());
                if (f == null) {
                    x.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] body = f[1].getBytes(StandardCharsets.UTF_8);
                x.getResponseHeaders().set("Content-Type", f[0]);
                x.sendResponseHeaders(200, body.length);
                try (OutputStream out = x.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        db = "jdbc:h2:file:" + dir.resolve("clearance").toAbsolutePath();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void the_first_screening_says_the_lists_are_sample_data_and_old_first_in_text_and_json() throws Exception {
        Run text = run("screen", "Banco Nacional de Cuba", "--database", db);
        assertThat(text.status()).isZero();
        String[] lines = text.out().split("\n");
        assertThat(lines[0]).startsWith("warning: this fresh database was filled with the sample lists shipped with "
                + "Clearance").contains("clearance lists update");
        long age = ChronoUnit.DAYS.between(LocalDate.of(2024, 5, 3), LocalDate.now(java.time.ZoneOffset.UTC));
        assertThat(lines[1]).isEqualTo(String.format(java.util.Locale.ROOT, "warning: SDN@2024-05-03#1 was published on "
                + "2024-05-03, %,d days before %s (more than the 7 days allowed by --max-list-age); it is the sample "
                + "shipped with Clearance: update it with `clearance lists update --source sdn`", age,
                LocalDate.now(java.time.ZoneOffset.UTC)));
        assertThat(text.out()).contains("warning: CSL@2023-11-16#3 is a subset of the list its publisher issues: 4,226 entries");

        JsonNode o = JSON.readTree(run("screen", "Banco Nacional de Cuba", "--json", "--database", db).out());
        assertThat(o.get("warnings")).hasSize(5);   // no longer a fresh database: four old lists and the subset
        assertThat(o.at("/list_warnings/0/kind").asText()).isEqualTo("list-stale");
        assertThat(o.at("/list_warnings/0/age_days").asLong()).isEqualTo(age);
        JsonNode lenient = JSON.readTree(run("screen", "Banco Nacional de Cuba", "--json", "--max-list-age", "100000",
                "--database", db).out());
        assertThat(lenient.get("warnings")).singleElement().satisfies(w -> assertThat(w.asText()).contains("is a subset"));
    }

    @Test
    void check_names_the_lists_too_old_on_the_shipment_date_before_the_rule_packs_warnings() throws Exception {
        run("lists", "list", "--database", db);
        Run r = run("check", "--item", "nvidia-l40", "--destination", "VN", "--date", "2024-05-10", "--end-user",
                "Banco Nacional de Cuba", "--json", "--database", db);
        assertThat(r.status()).isZero();
        JsonNode o = JSON.readTree(r.out());
        // on 2024-05-10 the SDN of 2024-05-03 was 7 days old: fine; the CONS of 2025-12-01 was not yet published;
        // the CSL of 2023-11-16 and the DPL of 2022-09-02 were too old
        assertThat(o.get("warnings").get(0).asText()).startsWith("CSL@2023-11-16#3 was published on 2023-11-16, 176 days "
                + "before 2024-05-10");
        assertThat(o.at("/screening/list_warnings").findValuesAsText("kind"))
                .containsExactly("list-stale", "list-subset", "list-stale");
        assertThat(o.at("/screening/list_warnings").findValuesAsText("list_version"))
                .containsExactly("CSL@2023-11-16#3", "CSL@2023-11-16#3", "DPL@2022-09-02#4");
        assertThat(o.get("warnings").get(3).asText()).doesNotStartWith("DPL@").doesNotStartWith("CSL@");   // the pack's
        Run text = run("check", "--item", "nvidia-l40", "--destination", "VN", "--date", "2024-05-10", "--end-user",
                "Banco Nacional de Cuba", "--database", db);
        assertThat(text.out()).startsWith("warning: CSL@2023-11-16#3 was published on 2023-11-16");
        Run unscreened = run("check", "--item", "nvidia-l40", "--destination", "VN", "--date", "2024-05-10", "--json");
        assertThat(JSON.readTree(unscreened.out()).at("/screening/list_warnings")).isEmpty();
    }

    @Test
    void update_imports_from_another_address_and_the_list_stops_being_named_old() throws Exception {
        Run r = run("lists", "update", "--source", "dpl", "--from", base + "/bis/dpl.txt", "--database", db);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("dpl   IMPORTED     " + base + "/bis/dpl.txt\n      imported as version 5 (published "
                + LocalDate.now(java.time.ZoneOffset.UTC) + "): 1 entries, 0 rows skipped");
        JsonNode o = JSON.readTree(run("screen", "Aaron Abraham Villa", "--json", "--database", db).out());
        assertThat(o.at("/list_warnings").findValuesAsText("format")).doesNotContain("dpl");
        assertThat(o.at("/hits/0/list").asText()).isEqualTo("DPL");
    }

    @Test
    void a_web_page_in_place_of_the_list_is_refused_with_exit_2_and_the_json_says_so() throws Exception {
        Run r = run("lists", "update", "--source", "dpl", "--from", base + "/bis/moved.txt", "--json", "--database", db);
        assertThat(r.status()).isEqualTo(2);
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("ok").asBoolean()).isFalse();
        assertThat(o.at("/sources/0/outcome").asText()).isEqualTo("refused");
        assertThat(o.at("/sources/0/message").asText()).contains("the server sent a web page (text/html");
        assertThat(o.at("/sources/0/version/published").asText()).isEqualTo("2022-09-02");   // the last good one
        assertThat(r.err()).contains("not every list could be updated");
    }

    @Test
    void bad_sources_addresses_and_configuration_files_are_bad_input() throws Exception {
        assertThat(run("lists", "update", "--source", "uk", "--database", db).err())
                .contains("--source: unknown list source 'uk': expected sdn, cons, csl, dpl or all");
        assertThat(run("lists", "update", "--from", base + "/x.csv", "--database", db).status()).isEqualTo(2);
        assertThat(run("lists", "update", "--source", "sdn", "--from", "sdn.csv", "--database", db).err())
                .contains("--from: 'sdn.csv' is not an http or https URL");
        Path config = dir.resolve("lists.yaml");
        Files.writeString(config, "sources:\n  sdn: {urll: \"https://x\"}\n");
        Run bad = run("lists", "update", "--config", config.toString(), "--database", db);
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains(config + ": sources.sdn.urll: unknown key");
    }
}

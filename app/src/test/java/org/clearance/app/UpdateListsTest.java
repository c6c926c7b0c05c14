package org.clearance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.clearance.fetch.EnvironmentProxySelector;
import org.clearance.fetch.ListUpdater;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.lists.ListWarning;
import org.clearance.ledger.parties.PartyQuery;
import org.clearance.screening.list.EntityType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every source updated from a publisher on 127.0.0.1 named in a user's configuration file, then the screening
 * answers' warnings on fixed days: none while the lists are current, each list named with its date and age once
 * they are older than the maximum, and a 304 that makes an unchanged list current again.
 */
class UpdateListsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAST_MODIFIED = "Mon, 07 Dec 2026 06:00:00 GMT";
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("/ofac/sdn.csv", "lists/ofac-sdn-2024-05-03/sdn.csv"),
            Map.entry("/ofac/alt.csv", "lists/ofac-cons-2025-12/cons_alt.csv"),
            Map.entry("/ofac/add.csv", "lists/ofac-cons-2025-12/cons_add.csv"),
            Map.entry("/ofac/sdn_comments.csv", "lists/ofac-cons-2025-12/cons_comments.csv"),
            Map.entry("/ofac/cons_prim.csv", "lists/ofac-cons-2025-12/cons_prim.csv"),
            Map.entry("/ofac/cons_alt.csv", "lists/ofac-cons-2025-12/cons_alt.csv"),
            Map.entry("/ofac/cons_add.csv", "lists/ofac-cons-2025-12/cons_add.csv"),
            Map.entry("/ofac/cons_comments.csv", "lists/ofac-cons-2025-12/cons_comments.csv"),
            Map.entry("/trade/consolidated.csv", "lists/csl-2023-11/consolidated.csv"),
            Map.entry("/bis/dpl.txt", "lists/bis-dpl-2022-09/dpl.txt"));

    @TempDir
    Path dir;
    HttpServer server;
    Path config;

    @BeforeEach
    void publish() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            try (x) {
                String resource = FILES.get(x.getRequestURI().getPath());
                if (resource == null) {
                    x.sendResponseHeaders(404, -1);
                    return;
                }
                String etag = "\"" + resource.hashCode() + "\"";
                x.getResponseHeaders().set("ETag", etag);
                x.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
                if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                    x.sendResponseHeaders(304, -1);
                    return;
                }
                byte[] bytes;
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                    bytes = in.readAllBytes();
                }
                if (!x.getRequestURI().getPath().startsWith("/ofac/sdn")) bytes = withoutLastLine(bytes);
                x.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = x.getResponseBody()) {
                    out.write(bytes);
                }
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        config = dir.resolve("lists.yaml");
        Files.writeString(config, "max_list_age_days: 7\nhttp: {timeout_seconds: 20, backoff_seconds: 0.01}\nsources:\n"
                + "  sdn: {url: \"" + base + "/ofac/sdn.csv\"}\n"
                + "  cons: {url: \"" + base + "/ofac/cons_prim.csv\"}\n"
                + "  csl: {url: \"" + base + "/trade/consolidated.csv\"}\n"
                + "  dpl: {url: \"" + base + "/bis/dpl.txt\"}\n");
    }

    /** Today's publication differs from the shipped copy: its last line is gone. */
    private static byte[] withoutLastLine(byte[] bytes) {
        int end = bytes.length - 1;
        while (end > 0 && (bytes[end] == '\n' || bytes[end] == '\r')) end--;
        while (end > 0 && bytes[end] != '\n') end--;
        return java.util.Arrays.copyOf(bytes, end + 1);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static Clock on(String day) {
        return Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
    }

    private UpdateLists.Report update(ScreeningService service, String day) {
        return UpdateLists.run(service, new UpdateLists.Request("all", null, config, false),
                new EnvironmentProxySelector(Map.of()), on(day));
    }

    private static List<ListWarning> warnings(ScreeningService service, String day) {
        return Screen.one(service, new PartyQuery(null, "Banco Nacional de Cuba", null, EntityType.UNKNOWN, null), false,
                new ListAge(7, on(day))).listWarnings();
    }

    @Test
    void every_source_is_updated_and_answers_warn_only_once_the_lists_are_older_than_the_maximum() throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        try (ScreeningService service = ScreeningService.open(db)) {
            UpdateLists.Report report = update(service, "2026-12-07");
            assertThat(report.results()).extracting(r -> r.source() + " " + r.outcome()).containsExactly(
                    "sdn IMPORTED", "cons IMPORTED", "csl IMPORTED", "dpl IMPORTED");
            assertThat(report.ok()).isTrue();
            JsonNode json = JSON.readTree(org.clearance.app.json.Json.write(report.json()));
            assertThat(json.at("/sources/0/version/published").asText()).isEqualTo("2026-12-07");
            assertThat(json.at("/sources/2/version/coverage").asText()).isEqualTo("complete");
        }
        try (ScreeningService service = ScreeningService.open(db)) {
            assertThat(warnings(service, "2026-12-14")).isEmpty();
            List<ListWarning> later = warnings(service, "2026-12-15");
            assertThat(later).extracting(ListWarning::kind).containsOnly(ListWarning.Kind.STALE);
            assertThat(later).extracting(w -> w.version().feed().code()).containsExactly("sdn", "cons", "csl", "dpl");
            assertThat(later.get(0).message()).startsWith("SDN@2026-12-07#5 was published on 2026-12-07, 8 days "
                    + "before 2026-12-15 (more than the 7 days allowed by --max-list-age)");
        }
        try (ScreeningService service = ScreeningService.open(db)) {
            UpdateLists.Report again = update(service, "2026-12-20");
            assertThat(again.results()).extracting(ListUpdater.Result::outcome).containsOnly(ListUpdater.Outcome.NOT_MODIFIED);
            assertThat(service.ledger().lists().versions()).hasSize(8);
        }
        try (ScreeningService service = ScreeningService.open(db)) {
            assertThat(warnings(service, "2026-12-27")).isEmpty();   // the 304s of 2026-12-20 count as found current
        }
    }

    @Test
    void a_fresh_databases_first_answer_says_its_lists_are_the_shipped_sample_and_the_csl_a_subset() {
        try (ScreeningService service = ScreeningService.open("jdbc:h2:file:" + dir.resolve("fresh").toAbsolutePath())) {
            List<ListWarning> w = warnings(service, "2026-12-07");
            assertThat(w.get(0).kind()).isEqualTo(ListWarning.Kind.SAMPLE);
            assertThat(w).filteredOn(x -> x.kind() == ListWarning.Kind.SUBSET).singleElement()
                    .satisfies(x -> assertThat(x.message()).startsWith("CSL@2023-11-16#3 is a subset"));
            assertThat(w).filteredOn(x -> x.kind() == ListWarning.Kind.STALE).hasSize(4);
            Screen.Answer answer = Screen.one(service, new PartyQuery(null, "Banco Nacional de Cuba", null,
                    EntityType.UNKNOWN, null), false, new ListAge(100_000, on("2026-12-07")));
            assertThat(answer.json().get("warnings")).hasSize(2);   // no list too old for 100,000 days
            assertThat(answer.json().at("/list_warnings/0/kind").asText()).isEqualTo("list-sample");
            assertThat(answer.json().at("/list_warnings/1/kind").asText()).isEqualTo("list-subset");
            assertThat(answer.json().at("/list_warnings/1/published").asText()).isEqualTo("2023-11-16");
        }
    }

    @Test
    void a_source_the_configuration_does_not_name_or_from_without_a_source_is_bad_input() {
        var config = UpdateLists.config(this.config);
        assertThatThrownBy(() -> UpdateLists.sources(config, new UpdateLists.Request("ofac", null, null, false)))
                .isInstanceOf(BadInput.class).hasMessage("--source: unknown list source 'ofac': expected sdn, cons, csl, dpl or all");
        assertThatThrownBy(() -> UpdateLists.sources(config, new UpdateLists.Request("all", "https://x/sdn.csv", null, false)))
                .isInstanceOf(BadInput.class).hasMessageContaining("--from gives the address of one source");
        assertThatThrownBy(() -> UpdateLists.sources(config, new UpdateLists.Request("sdn", "file:///tmp/sdn.csv", null, false)))
                .isInstanceOf(BadInput.class).hasMessageContaining("--from: 'file:///tmp/sdn.csv' is not an http or https URL");
        assertThat(UpdateLists.sources(config, new UpdateLists.Request("sdn", "https://mirror.example/x/sdn.csv", null, false)))
                .singleElement().satisfies(s -> assertThat(s.sibling("alt.csv").toString())
                        .isEqualTo("https://mirror.example/x/alt.csv"));
        assertThat(LocalDate.now(on("2026-12-07"))).isEqualTo(LocalDate.of(2026, 12, 7));
    }
}

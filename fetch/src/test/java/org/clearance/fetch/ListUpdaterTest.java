package org.clearance.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ProxySelector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.clearance.ledger.Ledger;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.lists.FetchState;
import org.clearance.ledger.lists.ListVersion;
import org.clearance.screening.list.Feed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lists update} against a publisher on 127.0.0.1 started by the test: every answer a real publisher or the
 * network in between gives (a list, the same list, 304, an empty or truncated file, a web page, a stall, 500s), and
 * what is stored after each. Nothing leaves the machine.
 */
class ListUpdaterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
    private static final ProxySelector DIRECT = new EnvironmentProxySelector(Map.of());

    @TempDir
    Path dir;
    FixturePublisher publisher;
    Ledger ledger;

    @BeforeEach
    void start() throws Exception {
        publisher = new FixturePublisher();
        ledger = Ledger.open("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
    }

    @AfterEach
    void stop() {
        ledger.close();
        publisher.close();
    }

    private ListUpdater updater(FetchConfig config) {
        return new ListUpdater(ledger, new HttpFetcher(config, DIRECT), CLOCK);
    }

    private static FetchConfig config(long maxBytes) {
        return new FetchConfig(Map.of(), Duration.ofMillis(400), 3, Duration.ofMillis(10), maxBytes, 7, List.of());
    }

    private ListUpdater.Result update(String name, Feed format, String path) {
        return updater(config(1 << 20)).update(new ListSourceConfig(name, format, publisher.url(path)));
    }

    private void publishSdn(String dir, byte[] sdn) {
        publisher.serve(dir + "sdn.csv", sdn);
        for (String f : List.of("alt.csv", "add.csv", "sdn_comments.csv")) publisher.serve(dir + f, FixturePublisher.fixture("sdn/" + f));
    }

    private static byte[] sdn() {
        return FixturePublisher.fixture("sdn/sdn.csv");
    }

    @Test
    void a_published_sdn_set_is_fetched_with_its_siblings_and_imported_with_the_publishers_date() {
        publishSdn("/ofac/", sdn());
        ListUpdater.Result r = update("sdn", Feed.SDN, "/ofac/sdn.csv");
        assertThat(r.outcome()).isEqualTo(ListUpdater.Outcome.IMPORTED);
        ListVersion v = ledger.lists().latest(Feed.SDN).orElseThrow();
        assertThat(v.entryCount()).isEqualTo(3);
        assertThat(v.aliasCount()).isGreaterThanOrEqualTo(2);   // alt.csv was read
        assertThat(v.published()).isEqualTo(LocalDate.of(2026, 12, 7));   // Last-Modified
        assertThat(v.source()).isEqualTo(publisher.url("/ofac/sdn.csv").toString());
        assertThat(publisher.count("/ofac/alt.csv")).isEqualTo(1);
        assertThat(publisher.count("/ofac/add.csv")).isEqualTo(1);
        assertThat(publisher.count("/ofac/sdn_comments.csv")).isEqualTo(1);
        FetchState s = ledger.fetches().get("sdn").orElseThrow();
        assertThat(s.outcome()).isEqualTo("imported");
        assertThat(s.etag()).isNotBlank();
        assertThat(s.lastModified()).isEqualTo("Mon, 07 Dec 2026 06:00:00 GMT");
        assertThat(s.versionId()).isEqualTo(v.id());
    }

    @Test
    void an_unchanged_list_costs_one_conditional_request_and_adds_no_version() {
        publishSdn("/ofac/", sdn());
        update("sdn", Feed.SDN, "/ofac/sdn.csv");
        int before = publisher.requests.size();
        ListUpdater.Result r = update("sdn", Feed.SDN, "/ofac/sdn.csv");
        assertThat(r.outcome()).isEqualTo(ListUpdater.Outcome.NOT_MODIFIED);
        assertThat(publisher.requests.size() - before).isEqualTo(1);
        FixturePublisher.Request last = publisher.requests.get(publisher.requests.size() - 1);
        assertThat(last.path()).isEqualTo("/ofac/sdn.csv");
        assertThat(last.ifNoneMatch()).isNotBlank();
        assertThat(last.ifModifiedSince()).isEqualTo("Mon, 07 Dec 2026 06:00:00 GMT");
        assertThat(ledger.lists().versions()).hasSize(1);
        assertThat(ledger.fetches().get("sdn").orElseThrow().outcome()).isEqualTo("not-modified");
    }

    @Test
    void the_same_content_under_new_validators_adds_no_version() {
        publishSdn("/ofac/", sdn());
        update("sdn", Feed.SDN, "/ofac/sdn.csv");
        publisher.serve("/ofac/sdn.csv", new FixturePublisher.File(sdn(), "text/csv", "Tue, 08 Dec 2026 06:00:00 GMT"));
        ledger.fetches().put(withoutValidators(ledger.fetches().get("sdn").orElseThrow()));
        ListUpdater.Result r = update("sdn", Feed.SDN, "/ofac/sdn.csv");
        assertThat(r.outcome()).isEqualTo(ListUpdater.Outcome.UNCHANGED);
        assertThat(ledger.lists().versions()).hasSize(1);
    }

    private static FetchState withoutValidators(FetchState s) {
        return new FetchState(s.source(), s.url(), null, null, s.checkedAt(), s.outcome(), s.message(), s.versionId());
    }

    @Test
    void an_empty_publication_is_refused_the_last_good_version_kept_and_fetched_again_next_time() {
        publishSdn("/ofac/", sdn());
        update("sdn", Feed.SDN, "/ofac/sdn.csv");
        FetchState good = ledger.fetches().get("sdn").orElseThrow();
        publisher.serve("/ofac/sdn.csv", new byte[0]);
        ListUpdater.Result r = update("sdn", Feed.SDN, "/ofac/sdn.csv");
        assertThat(r.outcome()).isEqualTo(ListUpdater.Outcome.REFUSED);
        assertThat(r.message()).contains("no entries").contains("last good version is kept");
        assertThat(ledger.lists().versions()).hasSize(1);
        assertThat(ledger.lists().latest(Feed.SDN).orElseThrow().entryCount()).isEqualTo(3);
        FetchState s = ledger.fetches().get("sdn").orElseThrow();
        assertThat(s.outcome()).isEqualTo("refused");
        assertThat(s.etag()).isEqualTo(good.etag());   // the validators of the good content, not of the refused one
    }

    @Test
    void a_truncated_publication_is_refused_as_shrunk() {
        publishSdn("/ofac/", sdn());
        update("sdn", Feed.SDN, "/ofac/sdn.csv");
        byte[] whole = sdn();
        int secondRow = new String(whole, StandardCharsets.ISO_8859_1).indexOf("\n306,") + 1;
        publisher.serve("/ofac/sdn.csv", Arrays.copyOf(whole, secondRow + 20));   // cut inside the second record
        ListUpdater.Result r = update("sdn", Feed.SDN, "/ofac/sdn.csv");
        assertThat(r.outcome()).isEqualTo(ListUpdater.Outcome.REFUSED);
        assertThat(r.message()).contains("fewer than the 3 of the previous version");
        assertThat(ledger.lists().versions()).hasSize(1);
    }

    @Test
    void a_web_page_instead_of_the_list_is_refused_not_imported_as_an_empty_list() {
        publisher.serve("/dpl.txt", new FixturePublisher.File(
                "<!DOCTYPE html>\n<html><head><title>Bureau of Industry and Security</title></head></html>"
                        .getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", "Mon, 07 Dec 2026 06:00:00 GMT"));
        ListUpdater.Result r = update("dpl", Feed.DPL, "/dpl.txt");
        assertThat(r.outcome()).isEqualTo(ListUpdater.Outcome.REFUSED);
        assertThat(r.message()).contains("the server sent a web page (text/html; charset=utf-8, starting \"<!DOCTYPE html>\")")
                .contains("not the Denied Persons List text file");
        assertThat(ledger.lists().versions()).isEmpty();
        assertThat(ledger.fetches().get("dpl").orElseThrow().outcome()).isEqualTo("refused");
    }

    @Test
    void a_web_page_served_as_text_is_refused_too() {
        publishSdn("/ofac/", "<html><body>Service unavailable</body></html>".getBytes(StandardCharsets.UTF_8));
        ListUpdater.Result r = update("sdn", Feed.SDN, "/ofac/sdn.csv");
        assertThat(r.outcome()).isEqualTo(ListUpdater.Outcome.REFUSED);
        assertThat(r.message()).contains("web page");
        assertThat(publisher.count("/ofac/alt.csv")).isZero();   // nothing more fetched
    }

    @Test
    void a_publisher_that_stalls_is_given_up_after_the_timeout_and_every_try() {
        publisher.serve("/slow/consolidated.csv", new FixturePublisher.Stall(1500));
        long start = System.nanoTime();
        ListUpdater.Result r = update("csl", Feed.CSL, "/slow/consolidated.csv");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.outcome()).isEqualTo(ListUpdater.Outcome.FAILED);
        assertThat(r.message()).contains("no complete answer within 400 ms").contains("after 3 tries")
                .contains("last good version is kept");
        assertThat(ms).isLessThan(1400 * 3);   // each try stopped at the timeout, not at the server's 1.5 s
        assertThat(ledger.lists().versions()).isEmpty();
    }

    @Test
    void a_server_error_is_retried_then_given_up() {
        publisher.serve("/csl/consolidated.csv", new FixturePublisher.Status(500));
        ListUpdater.Result r = update("csl", Feed.CSL, "/csl/consolidated.csv");
        assertThat(r.outcome()).isEqualTo(ListUpdater.Outcome.FAILED);
        assertThat(r.message()).contains("HTTP 500 after 3 tries");
        assertThat(publisher.count("/csl/consolidated.csv")).isEqualTo(3);
        assertThat(ledger.fetches().get("csl").orElseThrow().outcome()).isEqualTo("failed");
    }

    @Test
    void a_server_error_that_passes_is_retried_and_the_list_imported() {
        publisher.serve("/csl/consolidated.csv", new FixturePublisher.FailFirst(2, 503, new FixturePublisher.File(
                FixturePublisher.fixture("consolidated.csv"), "text/csv", "Sun, 06 Dec 2026 23:00:00 GMT")));
        ListUpdater.Result r = update("csl", Feed.CSL, "/csl/consolidated.csv");
        assertThat(r.outcome()).isEqualTo(ListUpdater.Outcome.IMPORTED);
        assertThat(r.attempts()).isEqualTo(3);
        assertThat(ledger.lists().latest(Feed.CSL).orElseThrow().entryCount()).isEqualTo(13);
        assertThat(ledger.lists().latest(Feed.CSL).orElseThrow().published()).isEqualTo(LocalDate.of(2026, 12, 6));
    }

    @Test
    void a_client_error_is_not_retried() {
        ListUpdater.Result r = update("dpl", Feed.DPL, "/missing/dpl.txt");
        assertThat(r.outcome()).isEqualTo(ListUpdater.Outcome.FAILED);
        assertThat(r.message()).contains("HTTP 404 (not retried)");
        assertThat(publisher.count("/missing/dpl.txt")).isEqualTo(1);
    }

    @Test
    void a_body_over_the_size_limit_is_refused_unread() {
        publisher.serve("/csl/consolidated.csv", FixturePublisher.fixture("consolidated.csv"));
        ListUpdater.Result r = updater(config(1000)).update(new ListSourceConfig("csl", Feed.CSL,
                publisher.url("/csl/consolidated.csv")));
        assertThat(r.outcome()).isEqualTo(ListUpdater.Outcome.FAILED);
        assertThat(r.message()).contains("larger than the 1000 bytes allowed");
        assertThat(publisher.count("/csl/consolidated.csv")).isEqualTo(1);
        assertThat(ledger.lists().versions()).isEmpty();
    }

    @Test
    void a_missing_sibling_fails_the_whole_set() {
        publisher.serve("/ofac/sdn.csv", sdn());
        publisher.serve("/ofac/sdn_comments.csv", FixturePublisher.fixture("sdn/sdn_comments.csv"));
        ListUpdater.Result r = update("sdn", Feed.SDN, "/ofac/sdn.csv");
        assertThat(r.outcome()).isEqualTo(ListUpdater.Outcome.FAILED);
        assertThat(r.message()).contains("/ofac/alt.csv: the server answered HTTP 404");
        assertThat(ledger.lists().versions()).isEmpty();
    }

    @Test
    void the_dpl_and_the_csl_json_import_from_their_addresses() {
        publisher.serve("/dpl/dpl.txt", FixturePublisher.fixture("dpl.txt"));
        publisher.serve("/csl/consolidated.json", new FixturePublisher.File(FixturePublisher.fixture("consolidated.json"),
                "application/json", "Mon, 07 Dec 2026 06:00:00 GMT"));
        assertThat(update("dpl", Feed.DPL, "/dpl/dpl.txt").outcome()).isEqualTo(ListUpdater.Outcome.IMPORTED);
        assertThat(update("csl", Feed.CSL_JSON, "/csl/consolidated.json").outcome()).isEqualTo(ListUpdater.Outcome.IMPORTED);
        assertThat(ledger.lists().latest(Feed.DPL).orElseThrow().entryCount()).isPositive();
        assertThat(ledger.lists().latest(Feed.CSL_JSON).orElseThrow().entryCount()).isEqualTo(13);
    }

    @Test
    void the_download_goes_through_the_proxy_the_environment_names() {
        publisher.serve("/dpl/dpl.txt", FixturePublisher.fixture("dpl.txt"));
        String proxy = "http://127.0.0.1:" + publisher.url("/").getPort();   // the publisher answers as the proxy
        ListUpdater viaProxy = new ListUpdater(ledger, new HttpFetcher(config(1 << 20),
                new EnvironmentProxySelector(Map.of("http_proxy", proxy))), CLOCK);
        ListUpdater.Result r = viaProxy.update(new ListSourceConfig("dpl", Feed.DPL,
                java.net.URI.create("http://dpl.publisher.invalid/dpl/dpl.txt")));
        assertThat(r.outcome()).isEqualTo(ListUpdater.Outcome.IMPORTED);
        assertThat(publisher.count("/dpl/dpl.txt")).isEqualTo(1);
    }

    @Test
    void a_changed_url_is_asked_unconditionally() {
        publishSdn("/ofac/", sdn());
        publishSdn("/mirror/", sdn());
        update("sdn", Feed.SDN, "/ofac/sdn.csv");
        ListUpdater.Result r = update("sdn", Feed.SDN, "/mirror/sdn.csv");
        assertThat(r.outcome()).isEqualTo(ListUpdater.Outcome.UNCHANGED);
        assertThat(publisher.requests.get(publisher.requests.size() - 4).ifNoneMatch()).isNull();
    }

    @Test
    void the_first_download_over_the_shipped_sample_is_not_held_to_its_size() throws Exception {
        ledger.close();
        String url = "jdbc:h2:file:" + dir.resolve("fresh").toAbsolutePath();
        try (ScreeningService fresh = ScreeningService.open(url)) {
            assertThat(fresh.freshSample()).isTrue();
            ledger = fresh.ledger();
            publishSdn("/ofac/", sdn());
            ListUpdater.Result r = update("sdn", Feed.SDN, "/ofac/sdn.csv");
            assertThat(r.outcome()).isEqualTo(ListUpdater.Outcome.IMPORTED);   // 3 entries after the sample's 14,965
        }
        ledger = Ledger.open(url);
    }
}

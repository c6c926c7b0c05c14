package org.clearance.ledger.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clearance.ledger.Ledger;
import org.clearance.ledger.LedgerException;
import org.clearance.screening.list.EntityLink;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.list.Feed;
import org.clearance.screening.list.LinkKind;
import org.clearance.screening.list.ListCode;
import org.clearance.screening.list.ListDiff;
import org.clearance.screening.list.ListEntry;
import org.clearance.screening.list.ParsedList;
import org.clearance.screening.parse.ListParsers;
import org.clearance.screening.parse.ListSource;
import org.clearance.screening.parse.ShippedLists;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list store's behaviour, run on H2 (unit test) and on PostgreSQL (integration test). */
abstract class ListStoreContract {

    protected Ledger ledger;
    protected ListStore store;
    @TempDir
    Path tmp;

    /** A JDBC URL to a database of the test's own. */
    protected abstract String freshDatabaseUrl() throws Exception;

    @BeforeEach
    void open() throws Exception {
        ledger = Ledger.open(freshDatabaseUrl());
        store = ledger.lists();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    static ParsedList shipped(Feed feed) {
        return ShippedLists.all().stream().filter(s -> s.feed() == feed).findFirst().orElseThrow().parse();
    }

    static ParsedList fixture(Feed feed, String name) {
        return ListParsers.parse(feed, ListSource.resource("fixtures/" + name));
    }

    @Test
    void a_fresh_database_imports_the_shipped_lists_once() {
        List<ImportOutcome> first = ShippedListImport.importIfEmpty(store);
        assertThat(first).hasSize(4).allSatisfy(o -> assertThat(o).isInstanceOf(ImportOutcome.Imported.class));
        assertThat(store.current()).extracting(ListVersion::feed, ListVersion::entryCount, ListVersion::published)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Feed.SDN, 14965, LocalDate.of(2024, 5, 3)),
                        org.assertj.core.groups.Tuple.tuple(Feed.CONS, 442, LocalDate.of(2025, 12, 1)),
                        org.assertj.core.groups.Tuple.tuple(Feed.CSL, 4226, LocalDate.of(2023, 11, 16)),
                        org.assertj.core.groups.Tuple.tuple(Feed.DPL, 577, LocalDate.of(2022, 9, 2)));
        assertThat(ShippedListImport.importIfEmpty(store)).isEmpty();
    }

    @Test
    void stores_entries_as_parsed_with_their_legal_text() {
        ParsedList csl = shipped(Feed.CSL);
        ListVersion v = store.importList(csl, LocalDate.of(2023, 11, 16), "csl").version();
        List<ListEntry> back = store.entries(v.id());
        assertThat(back).hasSize(csl.entries().size());
        for (int i = 0; i < back.size(); i++) {
            assertThat(back.get(i).canonical()).as(back.get(i).name()).isEqualTo(csl.entries().get(i).canonical());
        }
        ListEntry withFootnote = back.stream().filter(e -> !e.footnotes().isEmpty()).findFirst().orElseThrow();
        assertThat(withFootnote.list()).isEqualTo(ListCode.EL);
        assertThat(withFootnote.licenseRequirement()).isNotBlank();
        assertThat(withFootnote.frCitation()).isNotBlank();
    }

    @Test
    void the_dirty_csl_imports_with_its_skipped_rows_recorded_by_file_and_line() {
        ImportOutcome o = store.importList(shipped(Feed.CSL), LocalDate.of(2023, 11, 16), "csl");
        assertThat(o).isInstanceOf(ImportOutcome.Imported.class);
        assertThat(store.warnings(o.version().id())).extracting(w -> w.line()).containsExactly(2L, 4233L);
        assertThat(o.version().warningCount()).isEqualTo(2);
    }

    @Test
    void identical_content_adds_no_version() {
        ParsedList sdn = shipped(Feed.SDN);
        ImportOutcome first = store.importList(sdn, LocalDate.of(2024, 5, 3), "a");
        ImportOutcome again = store.importList(sdn, LocalDate.of(2024, 5, 4), "b");
        assertThat(again).isInstanceOf(ImportOutcome.Unchanged.class);
        assertThat(again.version().id()).isEqualTo(first.version().id());
        assertThat(store.versions()).hasSize(1);
    }

    @Test
    void the_shipped_csl_is_recorded_as_a_subset_and_the_others_as_complete() {
        ShippedListImport.importIfEmpty(store);
        assertThat(store.current()).extracting(ListVersion::feed, ListVersion::coverage).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Feed.SDN, Coverage.COMPLETE),
                org.assertj.core.groups.Tuple.tuple(Feed.CONS, Coverage.COMPLETE),
                org.assertj.core.groups.Tuple.tuple(Feed.CSL, Coverage.SUBSET),
                org.assertj.core.groups.Tuple.tuple(Feed.DPL, Coverage.COMPLETE));
        ListVersion csl = store.latest(Feed.CSL).orElseThrow();
        long sources = store.entries(csl.id()).stream().map(ListEntry::list).distinct().count();
        assertThat(csl.listCount()).isEqualTo((int) sources).isGreaterThan(5);
        assertThat(store.latest(Feed.SDN).orElseThrow().listCount()).isEqualTo(1);
        assertThat(store.current()).allSatisfy(v -> assertThat(v.shipped()).isTrue());
    }

    @Test
    void a_whole_list_after_a_subset_or_the_shipped_sample_is_not_held_to_its_size() throws IOException {
        Path cut = tmp.resolve("sdn-cut.csv");
        List<String> lines = Files.readAllLines(Path.of("../lists/ofac-sdn-2024-05-03/sdn.csv"),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(cut, lines.subList(0, 10000), java.nio.charset.StandardCharsets.ISO_8859_1);
        ParsedList smaller = ListParsers.parse(Feed.SDN, ListSource.of(cut));

        store.importList(shipped(Feed.SDN), LocalDate.of(2024, 5, 3), ShippedListImport.SOURCE_PREFIX + "sdn.csv");
        assertThat(store.importList(smaller, LocalDate.of(2024, 5, 4), "https://example.org/sdn.csv"))
                .isInstanceOf(ImportOutcome.Imported.class);

        store.importList(fixture(Feed.SDN, "sdn-2024-05-02.csv"), LocalDate.of(2024, 5, 5), "partial", Coverage.SUBSET);
        ListVersion whole = store.importList(smaller, LocalDate.of(2024, 5, 6),
                "https://example.org/sdn.csv").version();
        assertThat(whole.coverage()).isEqualTo(Coverage.COMPLETE);
        assertThat(store.versions()).hasSize(4);
    }

    @Test
    void records_the_last_download_of_a_source_and_replaces_it() {
        ListVersion v = store.importList(fixture(Feed.SDN, "sdn-2024-05-02.csv"), LocalDate.of(2024, 5, 2), "good").version();
        FetchStateStore fetches = ledger.fetches();
        assertThat(fetches.get("sdn")).isEmpty();
        java.time.Instant at = java.time.Instant.parse("2026-12-07T06:00:00Z");
        fetches.put(new FetchState("sdn", "https://example.org/sdn.csv", "\"abc\"", "Mon, 07 Dec 2026 06:00:00 GMT", at,
                "imported", "imported as version 1", v.id()));
        fetches.put(new FetchState("sdn", "https://example.org/sdn.csv", "\"abc\"", "Mon, 07 Dec 2026 06:00:00 GMT",
                at.plusSeconds(86400), "failed", "HTTP 500 after 3 tries", v.id()));
        fetches.put(new FetchState("dpl", "https://example.org/dpl.txt", null, null, at, "failed", "timeout", null));
        assertThat(fetches.all()).hasSize(2);
        FetchState sdn = fetches.get("sdn").orElseThrow();
        assertThat(sdn.outcome()).isEqualTo("failed");
        assertThat(sdn.etag()).isEqualTo("\"abc\"");
        assertThat(sdn.checkedAt()).isEqualTo(at.plusSeconds(86400));
        assertThat(sdn.versionId()).isEqualTo(v.id());
        assertThat(fetches.get("dpl").orElseThrow().versionId()).isNull();
    }

    @Test
    void an_empty_file_is_refused_and_the_last_good_version_kept() {
        ListVersion good = store.importList(fixture(Feed.SDN, "sdn-2024-05-02.csv"), LocalDate.of(2024, 5, 2), "good").version();
        assertThatThrownBy(() -> store.importList(fixture(Feed.SDN, "empty-sdn.csv"), LocalDate.of(2024, 5, 4), "empty"))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("no entries");
        assertThat(store.versions()).containsExactly(good);
        assertThat(store.latest(Feed.SDN)).contains(good);
    }

    @Test
    void a_file_with_more_than_five_percent_fewer_entries_is_refused() throws IOException {
        store.importList(shipped(Feed.SDN), LocalDate.of(2024, 5, 3), "full");
        Path cut = tmp.resolve("sdn-cut.csv");
        List<String> lines = Files.readAllLines(Path.of("../lists/ofac-sdn-2024-05-03/sdn.csv"),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(cut, lines.subList(0, 14000), java.nio.charset.StandardCharsets.ISO_8859_1);
        ParsedList shrunk = ListParsers.parse(Feed.SDN, ListSource.of(cut));
        assertThatThrownBy(() -> store.importList(shrunk, LocalDate.of(2024, 5, 4), "cut"))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("6.4 % fewer than the 14965");
        assertThat(store.versions()).hasSize(1);
    }

    @Test
    void a_failed_import_stores_nothing_and_loses_nothing() {
        ListVersion good = store.importList(fixture(Feed.SDN, "sdn-2024-05-02.csv"), LocalDate.of(2024, 5, 2), "good").version();
        ParsedList real = shipped(Feed.SDN);
        ListEntry poisoned = new ListEntry(ListCode.SDN, "x".repeat(500), EntityType.ENTITY, "POISON", List.of(), List.of(),
                List.of(), List.of(), null, null, null, null, List.of(), null, null, null, null);
        List<ListEntry> entries = new java.util.ArrayList<>(real.entries());
        entries.add(poisoned);
        ParsedList bad = new ParsedList(Feed.SDN, entries, List.of(), "deadbeef", null, List.of("bad"));
        assertThatThrownBy(() -> store.importList(bad, LocalDate.of(2024, 5, 3), "bad")).isInstanceOf(LedgerException.class);
        assertThat(store.versions()).containsExactly(good);
        assertThat(store.entries(good.id())).hasSize(14973);
    }

    @Test
    void stores_the_links_of_an_ftm_version_and_reads_them_back() throws IOException {
        Path file = tmp.resolve("entities.ftm.json");
        Files.writeString(file, """
                {"id": "p1", "schema": "Person", "properties": {"name": ["Arkady Rotenberg"], "alias": ["Аркадий Ротенберг"], "nationality": ["ru"]}, "datasets": ["us_ofac_sdn"], "target": true}
                {"id": "c1", "schema": "Company", "properties": {"name": ["Stroygazmontazh"], "alias": ["ООО Стройгазмонтаж"]}, "datasets": ["us_ofac_sdn"], "target": true}
                {"id": "o1", "schema": "Ownership", "properties": {"owner": ["p1"], "asset": ["c1"], "percentage": ["100"], "startDate": ["2008"]}}
                {"id": "d1", "schema": "Directorship", "properties": {"director": ["p9"], "organization": ["c1"]}}
                """);
        ParsedList ftm = ListParsers.parse(Feed.FTM, ListSource.of(file));
        ListVersion v = store.importList(ftm, LocalDate.of(2024, 2, 29), file.toString()).version();
        assertThat(v.feed()).isEqualTo(Feed.FTM);
        assertThat(store.links(v.id())).containsExactly(
                new EntityLink("o1", LinkKind.OWNERSHIP, "p1", "c1", "100", "2008"),
                new EntityLink("d1", LinkKind.DIRECTORSHIP, "p9", "c1", null, null));
        assertThat(store.entries(v.id())).extracting(ListEntry::canonical)
                .containsExactlyElementsOf(ftm.entries().stream().map(ListEntry::canonical).toList());
        assertThat(store.latest(Feed.FTM)).contains(v);
        ListVersion sdn = store.importList(fixture(Feed.SDN, "sdn-2024-05-02.csv"), LocalDate.of(2024, 5, 2), "sdn").version();
        assertThat(store.links(sdn.id())).isEmpty();
    }

    @Test
    void a_csl_json_version_is_a_feed_of_its_own() throws IOException {
        Path file = tmp.resolve("consolidated.json");
        Files.writeString(file, """
                {"results": [{"id": "e1", "source": "Entity List (EL) - Bureau of Industry and Security",
                  "name": "Hebei Semiconductor Research Institute", "alt_names": ["HSRI", "and CETC 13"],
                  "addresses": [{"address": "113 Hezuo Road", "city": "Shijiazhuang", "country": "CN"}]}]}
                """);
        ParsedList json = ListParsers.parse(Feed.CSL_JSON, ListSource.of(file));
        ListVersion v = store.importList(json, LocalDate.of(2024, 1, 2), "json").version();
        assertThat(store.importList(json, LocalDate.of(2024, 1, 3), "again")).isInstanceOf(ImportOutcome.Unchanged.class);
        assertThat(store.versions()).extracting(ListVersion::feed).containsExactly(Feed.CSL_JSON);
        assertThat(store.entries(v.id())).singleElement().satisfies(e -> {
            assertThat(e.canonical()).isEqualTo(json.entries().get(0).canonical());
            assertThat(e.allCountries()).containsExactly("CN");
        });
    }

    @Test
    void the_diff_of_the_real_may_2_to_may_3_sdn_change_shows_the_eight_removals() {
        ListVersion v1 = store.importList(fixture(Feed.SDN, "sdn-2024-05-02.csv"), LocalDate.of(2024, 5, 2), "0502").version();
        ListVersion v2 = store.importList(shipped(Feed.SDN), LocalDate.of(2024, 5, 3), "0503").version();
        ListDiff d = ListDiff.between(store.entries(v1.id()), store.entries(v2.id()));
        assertThat(d.added()).isEmpty();
        assertThat(d.changed()).isEmpty();
        assertThat(d.removed()).extracting(ListEntry::entityId)
                .containsExactlyInAnyOrder("38556", "38557", "38558", "38559", "38560", "38563", "38565", "38566");
        assertThat(d.removed()).extracting(ListEntry::name).contains("EMPEROR AVIATION LTD");
    }
}

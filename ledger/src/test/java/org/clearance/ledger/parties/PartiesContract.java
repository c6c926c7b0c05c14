package org.clearance.ledger.parties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.clearance.ledger.Ledger;
import org.clearance.ledger.ScreeningService;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.list.Feed;
import org.clearance.screening.parse.ListParsers;
import org.clearance.screening.parse.ListSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kept parties, adjudications and re-screening, on H2 (unit test) and PostgreSQL (integration test). The database
 * starts with the real OFAC SDN list of 2024-05-02 only; later versions are the real 2024-05-03 file (8 entries
 * removed) or copies of it edited by the test.
 */
abstract class PartiesContract {

    /** The real SDN file of 2024-05-03, shipped with the project. */
    private static final Path SDN_0503 = Path.of("../lists/ofac-sdn-2024-05-03/sdn.csv");
    /** The eight entries OFAC removed from the SDN list between 2024-05-02 and 2024-05-03. */
    private static final Set<String> REMOVED_0503 = Set.of("38556", "38557", "38558", "38559", "38560", "38563",
            "38565", "38566");

    @TempDir
    Path tmp;
    private String url;

    protected abstract String freshDatabaseUrl() throws Exception;

    @BeforeEach
    void sdnOfMay2() throws Exception {
        url = freshDatabaseUrl();
        try (Ledger ledger = Ledger.open(url)) {
            ledger.lists().importList(ListParsers.parse(Feed.SDN, ListSource.resource("fixtures/sdn-2024-05-02.csv")),
                    LocalDate.of(2024, 5, 2), "sdn-2024-05-02.csv");
        }
    }

    private void importSdn(Path file, LocalDate published) {
        try (Ledger ledger = Ledger.open(url)) {
            ledger.lists().importList(ListParsers.parse(Feed.SDN, ListSource.of(file)), published, file.toString());
        }
    }

    /** The 05-03 file with some rows replaced (by ent_num) and some added before the end-of-file byte. */
    private Path editedSdn(String name, java.util.Map<String, String> replace, List<String> add) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readString(SDN_0503, StandardCharsets.ISO_8859_1).split("\r\n", -1)) {
            String num = line.contains(",") ? line.substring(0, line.indexOf(',')) : "";
            lines.add(replace.getOrDefault(num, line));
        }
        String eof = lines.remove(lines.size() - 1); // the 0x1A record
        lines.addAll(add);
        lines.add(eof);
        Path out = tmp.resolve(name);
        Files.writeString(out, String.join("\r\n", lines), StandardCharsets.ISO_8859_1);
        return out;
    }

    private static String row(String num, String name, String remarks) {
        return num + ",\"" + name + "\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ," + remarks;
    }

    private static PartyQuery party(String id, String name) {
        return new PartyQuery(id, name, null, EntityType.UNKNOWN, null);
    }

    private static Set<String> ids(List<ScreenedHit> hits) {
        return hits.stream().map(ScreenedHit::entityId).collect(Collectors.toSet());
    }

    @Test
    void a_party_is_kept_with_its_screenings_and_list_versions() {
        try (ScreeningService service = ScreeningService.open(url)) {
            PartyScreening ps = new PartyScreening(service);
            Screened s = ps.screen(party(null, "Aerocaribbean Airlines"));
            ps.keep(s);
            ps.keep(ps.screen(party(null, "AEROCARIBBEAN  airlines")));
            assertThat(s.partyId()).isEqualTo(Party.derivedId("aerocaribbean airlines", null)).startsWith("p-").hasSize(14);
            assertThat(ids(s.hits())).contains("36");
            assertThat(ps.store().all()).extracting(Party::id).containsExactly(s.partyId());
            assertThat(ps.store().screeningCount(s.partyId())).isEqualTo(2);
            assertThat(ps.store().hits().get(s.partyId())).extracting(StoredHit::entityId).contains("36");
            assertThat(ps.versionsLabel()).isEqualTo("SDN@2024-05-02#1");
        }
    }

    @Test
    void a_no_match_holds_while_the_entry_is_unchanged_and_lapses_when_it_changes() throws IOException {
        try (ScreeningService service = ScreeningService.open(url)) {
            PartyScreening ps = new PartyScreening(service);
            ps.keep(ps.screen(party("C-1", "Aerocaribbean Airlines")));
            Adjudication a = ps.adjudicate("C-1", "SDN:36", Adjudication.Decision.NO_MATCH, "Our customer is a Miami travel agent", "A. Officer");
            assertThat(a.entryHash()).hasSize(64);
            Screened again = ps.screen(party("C-1", "Aerocaribbean Airlines"));
            assertThat(ids(again.hits())).doesNotContain("36");
            assertThat(ids(again.suppressed())).containsExactly("36");
            assertThat(again.suppressed().get(0).state()).isEqualTo("no-match");
        }
        importSdn(SDN_0503, LocalDate.of(2024, 5, 3)); // entry 36 unchanged
        try (ScreeningService service = ScreeningService.open(url)) {
            Screened s = new PartyScreening(service).screen(party("C-1", "Aerocaribbean Airlines"));
            assertThat(ids(s.hits())).doesNotContain("36");
            assertThat(ids(s.suppressed())).containsExactly("36");
        }
        importSdn(editedSdn("sdn-0504.csv", java.util.Map.of("36", row("36", "AEROCARIBBEAN AIRLINES",
                "\"Linked To: CUBANA DE AVIACION.\"")), List.of()), LocalDate.of(2024, 5, 4));
        try (ScreeningService service = ScreeningService.open(url)) {
            Screened s = new PartyScreening(service).screen(party("C-1", "Aerocaribbean Airlines"));
            ScreenedHit back = s.hits().stream().filter(h -> h.entityId().equals("36")).findFirst().orElseThrow();
            assertThat(back.entryChanged()).isTrue();
            assertThat(back.state()).isNull();
            assertThat(back.adjudication().reason()).isEqualTo("Our customer is a Miami travel agent");
            assertThat(s.suppressed()).isEmpty();
        }
    }

    @Test
    void a_suppressed_pair_never_hides_a_new_hit() throws IOException {
        try (ScreeningService service = ScreeningService.open(url)) {
            PartyScreening ps = new PartyScreening(service);
            PartyQuery broad = new PartyQuery("C-2", "MOHAMMAD", null, EntityType.UNKNOWN, 0.3);
            Screened first = ps.screen(broad);
            ps.keep(first);
            assertThat(first.hits()).as("the query fills the hit list").hasSize(50);
            List<String> decided = first.hits().subList(0, 10).stream().map(ScreenedHit::entityId).toList();
            for (String id : decided) {
                ps.adjudicate("C-2", "SDN:" + id, Adjudication.Decision.NO_MATCH, "not our customer", "A. Officer");
            }
            Screened second = ps.screen(broad);
            assertThat(ids(second.hits())).doesNotContainAnyElementsOf(decided);
            assertThat(ids(second.suppressed())).containsExactlyInAnyOrderElementsOf(decided);
            assertThat(second.hits()).as("ten hits the decided ones had crowded out now show").hasSize(50);
            assertThat(ids(second.hits())).containsAll(ids(first.hits().subList(10, 50)));
        }
        // a new listing under the same name as a suppressed one is a new pair, and is reported
        importSdn(editedSdn("sdn-new.csv", java.util.Map.of(), List.of(row("99000001", "AEROCARIBBEAN AIRLINES", "-0- "))),
                LocalDate.of(2024, 5, 4));
        try (ScreeningService service = ScreeningService.open(url)) {
            PartyScreening ps = new PartyScreening(service);
            ps.keep(ps.screen(party("C-3", "Aerocaribbean Airlines")));
            ps.adjudicate("C-3", "SDN:36", Adjudication.Decision.NO_MATCH, "travel agent", "A. Officer");
            Screened s = ps.screen(party("C-3", "Aerocaribbean Airlines"));
            assertThat(ids(s.hits())).contains("99000001").doesNotContain("36");
        }
    }

    @Test
    void a_match_is_final() {
        try (ScreeningService service = ScreeningService.open(url)) {
            PartyScreening ps = new PartyScreening(service);
            ps.keep(ps.screen(party("C-4", "Banco Nacional de Cuba")));
            ps.adjudicate("C-4", "SDN:306", Adjudication.Decision.MATCH, "same bank, Havana", "A. Officer");
            // the party renamed in the customer master: the name alone no longer reaches the threshold
            Screened s = ps.screen(party("C-4", "BNC Havana Trading House"));
            ScreenedHit h = s.hits().stream().filter(x -> x.entityId().equals("306")).findFirst().orElseThrow();
            assertThat(h.state()).isEqualTo("match");
            assertThat(h.blocked()).isTrue();
            assertThatThrownBy(() -> ps.adjudicate("C-4", "SDN:306", Adjudication.Decision.NO_MATCH, "changed my mind", "B. Officer"))
                    .isInstanceOf(AdjudicationRefusedException.class).hasMessageContaining("a match is final");
        }
        try (ScreeningService service = ScreeningService.open(url)) {
            Screened s = new PartyScreening(service).screen(party("C-4", "Banco Nacional de Cuba"));
            assertThat(s.hits()).filteredOn(x -> x.entityId().equals("306")).singleElement()
                    .satisfies(x -> assertThat(x.state()).isEqualTo("match"));
        }
    }

    @Test
    void adjudicate_refuses_an_unknown_party_an_unknown_or_ambiguous_entry_and_a_blank_reason() {
        try (ScreeningService service = ScreeningService.open(url)) {
            PartyScreening ps = new PartyScreening(service);
            assertThatThrownBy(() -> ps.adjudicate("nobody", "SDN:36", Adjudication.Decision.NO_MATCH, "r", "b"))
                    .isInstanceOf(AdjudicationRefusedException.class).hasMessageContaining("no kept party 'nobody'");
            ps.keep(ps.screen(party("C-5", "Aerocaribbean Airlines")));
            assertThatThrownBy(() -> ps.adjudicate("C-5", "SDN:99999999", Adjudication.Decision.NO_MATCH, "r", "b"))
                    .isInstanceOf(AdjudicationRefusedException.class).hasMessageContaining("no such entry");
            assertThatThrownBy(() -> ps.adjudicate("C-5", "36", Adjudication.Decision.NO_MATCH, "r", "b"))
                    .isInstanceOf(AdjudicationRefusedException.class).hasMessageContaining("LIST:ENTITY_ID");
            assertThatThrownBy(() -> ps.adjudicate("C-5", "SDN:3856", Adjudication.Decision.NO_MATCH, "r", "b"))
                    .isInstanceOf(AdjudicationRefusedException.class).hasMessageContaining("more than one entry");
            assertThatThrownBy(() -> ps.adjudicate("C-5", "SDN:36", Adjudication.Decision.NO_MATCH, " ", "b"))
                    .isInstanceOf(AdjudicationRefusedException.class).hasMessageContaining("--reason");
            assertThat(ps.store().adjudications(null)).isEmpty();
            Adjudication a = ps.adjudicate("C-5", "sdn: 36", Adjudication.Decision.NO_MATCH, "r", "b");
            assertThat(a.entry()).isEqualTo("SDN:36");
            assertThat(ps.store().adjudications("C-5")).containsExactly(a);
        }
    }

    @Test
    void rescreening_reports_exactly_the_real_one_day_change_for_the_parties_that_matched() {
        List<String> removedNames = List.of("EMPEROR AVIATION LTD", "9H-AMN", "9H-ARK", "9H-EAA", "9H-MAO", "9H-SIS",
                "9H-SSK", "9H-TIO");
        try (ScreeningService service = ScreeningService.open(url)) {
            PartyScreening ps = new PartyScreening(service);
            for (int i = 0; i < removedNames.size(); i++) ps.keep(ps.screen(party("R-" + i, removedNames.get(i))));
            ps.keep(ps.screen(party("KEEP-1", "Banco Nacional de Cuba")));
            ps.keep(ps.screen(party("KEEP-2", "Clearance Test Bakery of Lyon")));
            Rescreen.Report baseline = Rescreen.run(ps);
            assertThat(baseline.changes()).as("nothing changed since the parties were screened").isEmpty();
        }
        importSdn(SDN_0503, LocalDate.of(2024, 5, 3));
        try (ScreeningService service = ScreeningService.open(url)) {
            PartyScreening ps = new PartyScreening(service);
            java.util.Map<String, List<StoredHit>> kept = ps.store().hits();
            Rescreen.Report r = Rescreen.run(ps);
            assertThat(r.feeds()).singleElement().satisfies(f -> {
                assertThat(f.feed()).isEqualTo(Feed.SDN);
                assertThat(f.from()).isEqualTo(1L);
                assertThat(f.to()).isEqualTo(2L);
                assertThat(List.of(f.added(), f.removed(), f.changed())).containsExactly(0, 8, 0);
            });
            assertThat(r.partiesScreened()).isEqualTo(10);
            assertThat(r.changes()).allSatisfy(c -> {
                assertThat(c.kind()).isEqualTo(Rescreen.Kind.REMOVED);
                assertThat(REMOVED_0503).contains(c.entityId());
                assertThat(kept.get(c.party().id())).extracting(StoredHit::entityId).contains(c.entityId());
            });
            // every kept hit on a removed entry is reported, and nothing else
            Set<String> expected = new java.util.TreeSet<>();
            kept.forEach((party, hits) -> hits.stream().filter(h -> REMOVED_0503.contains(h.entityId()))
                    .forEach(h -> expected.add(party + "/" + h.entityId())));
            assertThat(r.changes().stream().map(c -> c.party().id() + "/" + c.entityId()).collect(Collectors.toSet()))
                    .isEqualTo(expected);
            assertThat(r.changes().stream().map(c -> c.entityId()).collect(Collectors.toSet())).isEqualTo(REMOVED_0503);
            assertThat(r.changes()).noneMatch(c -> c.party().id().startsWith("KEEP"));
            assertThat(ps.store().hits().values().stream().flatMap(List::stream).map(StoredHit::entityId))
                    .doesNotContainAnyElementsOf(REMOVED_0503);
            Rescreen.Report again = Rescreen.run(ps);
            assertThat(again.changes()).isEmpty();
            assertThat(again.feeds()).allMatch(Rescreen.FeedStep::upToDate);
        }
    }

    @Test
    void rescreening_reports_a_new_entry_and_a_changed_one_with_their_fields() throws IOException {
        try (ScreeningService service = ScreeningService.open(url)) {
            PartyScreening ps = new PartyScreening(service);
            ps.keep(ps.screen(party("N-1", "Zorblax Quantum Trading LLC")));
            ps.keep(ps.screen(party("N-2", "Aerocaribbean Airlines")));
            ps.keep(ps.screen(party("N-3", "Anglo-Caribbean Co Ltd")));
            ps.adjudicate("N-3", "SDN:173", Adjudication.Decision.NO_MATCH, "different company", "A. Officer");
            Rescreen.run(ps);
        }
        importSdn(editedSdn("sdn-0504.csv", java.util.Map.of(
                "36", row("36", "AEROCARIBBEAN AIRLINES", "\"Linked To: CUBANA DE AVIACION.\""),
                "173", row("173", "ANGLO-CARIBBEAN CO., LTD.", "\"Address Havana.\"")),
                List.of(row("99000002", "ZORBLAX QUANTUM TRADING LLC", "-0- "))), LocalDate.of(2024, 5, 4));
        try (ScreeningService service = ScreeningService.open(url)) {
            Rescreen.Report r = Rescreen.run(new PartyScreening(service));
            assertThat(r.changes()).extracting(c -> c.party().id(), Rescreen.Change::kind, Rescreen.Change::entityId)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("N-1", Rescreen.Kind.ADDED, "99000002"),
                            org.assertj.core.groups.Tuple.tuple("N-2", Rescreen.Kind.CHANGED, "36"),
                            org.assertj.core.groups.Tuple.tuple("N-3", Rescreen.Kind.CHANGED, "173"));
            Rescreen.Change lapsed = r.changes().stream().filter(c -> c.party().id().equals("N-3")).findFirst().orElseThrow();
            assertThat(lapsed.fields()).containsExactly("remarks");
            assertThat(lapsed.hit().entryChanged()).isTrue();
        }
    }
}

package org.clearance.screening.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.clearance.screening.list.Address;
import org.clearance.screening.list.Alias;
import org.clearance.screening.list.AliasKind;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.list.Feed;
import org.clearance.screening.list.ListCode;
import org.clearance.screening.list.ListEntry;
import org.clearance.screening.list.ListFileException;
import org.clearance.screening.list.ParsedList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CslJsonParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    @TempDir
    Path tmp;

    private static ParsedList fixture(Feed feed, String file) {
        return ListParsers.parse(feed, ListSource.resource("fixtures/csl-json/" + file), TODAY);
    }

    private ParsedList json(String text) throws IOException {
        Path file = tmp.resolve("consolidated.json");
        Files.writeString(file, text);
        return ListParsers.parse(Feed.CSL_JSON, ListSource.of(file), TODAY);
    }

    private static ListEntry entry(ParsedList p, String id) {
        return p.entries().stream().filter(e -> e.entityId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void the_csv_and_the_json_of_the_same_entries_give_equal_entries() {
        ParsedList csv = fixture(Feed.CSL, "consolidated.csv");
        ParsedList json = fixture(Feed.CSL_JSON, "consolidated.json");
        assertThat(csv.warnings()).isEmpty();
        assertThat(json.warnings()).isEmpty();
        assertThat(json.entries()).hasSize(13).isEqualTo(csv.entries());
        assertThat(json.entries()).extracting(ListEntry::canonical)
                .containsExactlyElementsOf(csv.entries().stream().map(ListEntry::canonical).toList());
        assertThat(json.entries()).extracting(e -> e.list().code()).containsExactly("EL", "EL", "EL", "SDN", "SDN",
                "SDN", "DPL", "MEU", "UVL", "ISN", "SSI", "DTC", "CMIC");
        assertThat(json.ownDate()).isEqualTo(csv.ownDate()).isEqualTo(LocalDate.of(2022, 4, 6));
        assertThat(json.feed()).isEqualTo(Feed.CSL_JSON);
        assertThat(json.contentHash()).hasSize(64).isNotEqualTo(csv.contentHash());
    }

    @Test
    void splits_entity_list_aliases_dropping_the_trailing_and_and_the_successor_clause() {
        ParsedList p = fixture(Feed.CSL_JSON, "consolidated.json");
        assertThat(entry(p, "ef773baf03e047f916e2fc565c0cc19b87548fdde5d11c8611a87211").aliases()).extracting(Alias::name)
                .containsExactly("Fazel Rahim Farid", "Farid", "Engineer Idris");
        ListEntry cetc = entry(p, "aa11b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f");
        assertThat(cetc.name()).isEqualTo("China Electronics Technology Group Corporation 13th Research Institute (CETC 13)");
        assertThat(cetc.aliases()).containsExactly(new Alias("Hebei Semiconductor Research Institute", AliasKind.AKA),
                new Alias("HSRI", AliasKind.AKA), new Alias("Hebei Semiconductor", AliasKind.AKA),
                new Alias("CETC Research Institute 13", AliasKind.AKA),
                new Alias("China Electronics Technology Group Corporation 13th Research Institute", AliasKind.AKA),
                new Alias("CETC 13", AliasKind.WEAK));
        assertThat(cetc.footnotes()).containsExactly(3);
        assertThat(cetc.type()).isEqualTo(EntityType.UNKNOWN);
    }

    @Test
    void keeps_footnote_4_the_license_text_and_the_addresses_with_their_countries() {
        ListEntry nudt = entry(fixture(Feed.CSL_JSON, "consolidated.json"),
                "f6efc317c6d8b6ea8498388812cc12c91586cddee27b56fb37d974d5");
        assertThat(nudt.footnotes()).containsExactly(4);
        assertThat(nudt.licensePolicy()).isEqualTo("Presumption of denial.");
        assertThat(nudt.frCitation()).isEqualTo("80 FR 8524; 84 FR 29373; 87 FR 38925; 87 FR 62202");
        assertThat(nudt.addresses()).containsExactly(
                new Address("109 Deya Road, Kaifu District, Changsha City, Hunan Province, CN", "CN"),
                new Address("No. 54 Beiya Road, Changsha, CN", "CN"));
    }

    @Test
    void gives_sdn_results_their_ofac_entity_number_and_others_their_csl_id() {
        ParsedList p = fixture(Feed.CSL_JSON, "consolidated.json");
        ListEntry sber = entry(p, "17018");
        assertThat(sber.list()).isEqualTo(ListCode.SDN);
        assertThat(sber.type()).isEqualTo(EntityType.ENTITY);
        assertThat(sber.programs()).containsExactly("UKRAINE-EO13662", "RUSSIA-EO14024");
        assertThat(sber.blocked()).isTrue();
        assertThat(entry(p, "4238").type()).isEqualTo(EntityType.VESSEL);
        ListEntry denied = entry(p, "da595e540921251d4d8235ac6dc651568c9ce14b2816521cd54e103c");
        assertThat(denied.addresses()).containsExactly(new Address("2948 PEASE DRIVE, APT. 201, ROCKY RIVER, OH, 44116", null));
        assertThat(denied.endDate()).isEqualTo("2026-03-13");
    }

    @Test
    void reads_nationality_and_citizenship_as_countries_whether_named_or_coded() {
        ParsedList p = fixture(Feed.CSL_JSON, "consolidated.json");
        ListEntry zomor = entry(p, "2677");
        assertThat(zomor.type()).isEqualTo(EntityType.INDIVIDUAL);
        assertThat(zomor.countries()).containsExactly("EG");
        assertThat(zomor.addresses()).containsExactly(new Address("EG", "EG"));
        assertThat(entry(p, "7c1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a").countries()).containsExactly("CN");
    }

    @Test
    void refuses_malformed_json_naming_the_file_the_place_and_the_reason() throws IOException {
        assertThatThrownBy(() -> json("{\"results\": [\n  {\"source\": \"x\", \"name\": \"y\",}\n]}"))
                .isInstanceOf(ListFileException.class)
                .hasMessageContaining(tmp.resolve("consolidated.json").toString())
                .hasMessageContaining("malformed JSON at line 2, column 31: expected a member name in double quotes, found '}'")
                .hasMessageContaining("expected the trade.gov Consolidated Screening List JSON");
        assertThatThrownBy(() -> json("{\"results\": [{\"source\": \"x\"")).hasMessageContaining("truncated");
    }

    @Test
    void refuses_json_without_a_results_array() {
        assertThatThrownBy(() -> json("[{\"name\": \"x\"}]")).isInstanceOf(ListFileException.class)
                .hasMessageContaining("the file holds an array at the top");
        assertThatThrownBy(() -> json("{\"total\": 0}")).hasMessageContaining("no 'results' member");
        assertThatThrownBy(() -> json("{\"results\": {}}")).hasMessageContaining("'results' is an object");
    }

    @Test
    void skips_a_result_without_name_or_source_or_of_the_wrong_shape_naming_its_index() throws IOException {
        ParsedList p = json("""
                {"results": [
                  {"id": "a", "source": "Entity List (EL) - Bureau of Industry and Security", "name": "Good One"},
                  {"id": "b", "source": "Entity List (EL) - Bureau of Industry and Security", "name": null},
                  {"id": "c", "name": "No Source"},
                  "not an object",
                  {"id": "e", "source": "Entity List (EL) - Bureau of Industry and Security", "name": {"first": "x"}},
                  {"id": "f", "source": "Entity List (EL) - Bureau of Industry and Security", "name": "Bad Aliases", "alt_names": [["x"]]},
                  {"id": "g", "source": "Nowhere", "name": "Unknown Source"},
                  {"id": "a", "source": "Entity List (EL) - Bureau of Industry and Security", "name": "Good One again"}
                ]}""");
        assertThat(p.entries()).extracting(ListEntry::name).containsExactly("Good One");
        assertThat(p.warnings()).extracting(w -> w.line() + " " + w.reason()).containsExactly(
                "3 results[1]: no name; result skipped",
                "4 results[2]: no source; result skipped",
                "1 results[3]: a string, not an object; result skipped",
                "6 results[4]: 'name' is an object; expected text; result skipped",
                "7 results[5]: 'alt_names' holds an array; expected strings; result skipped",
                "8 results[6]: unknown source 'Nowhere'; result skipped",
                "9 results[7]: EL entry a appears twice; the later result is skipped");
        assertThat(p.warnings()).allSatisfy(w -> assertThat(w.file()).endsWith("consolidated.json"));
    }

    @Test
    void warns_when_a_search_api_page_holds_fewer_results_than_its_total() throws IOException {
        ParsedList p = json("""
                {"total": 2500, "sources_used": [], "results": [
                  {"id": "a", "source": "Entity List (EL) - Bureau of Industry and Security", "name": "Only One"}
                ]}""");
        assertThat(p.entries()).hasSize(1);
        assertThat(p.warnings()).singleElement().satisfies(w -> assertThat(w.reason())
                .isEqualTo("the file holds 1 of 2500 results (a page of the search API?): what it lacks is not screened"));
    }

    @Test
    void a_result_with_neither_id_nor_entity_number_gets_a_stable_hash() throws IOException {
        String text = "{\"results\": [{\"source\": \"Denied Persons List (DPL) - Bureau of Industry and Security\", "
                + "\"name\": \"NO ID\", \"addresses\": [{\"address\": \"1 Main St\", \"country\": \"US\"}]}]}";
        ListEntry first = json(text).entries().get(0);
        assertThat(first.entityId()).hasSize(16).isEqualTo(json(text).entries().get(0).entityId());
        assertThat(first.addresses()).containsExactly(new Address("1 Main St, US", "US"));
    }
}

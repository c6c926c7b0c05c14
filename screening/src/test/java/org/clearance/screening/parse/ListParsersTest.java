package org.clearance.screening.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.clearance.screening.list.Alias;
import org.clearance.screening.list.AliasKind;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.list.Feed;
import org.clearance.screening.list.ListCode;
import org.clearance.screening.list.ListEntry;
import org.clearance.screening.list.ListFileException;
import org.clearance.screening.list.ParsedList;
import org.junit.jupiter.api.Test;

class ListParsersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    private static ParsedList parse(Feed feed, String resource) {
        return ListParsers.parse(feed, ListSource.resource("fixtures/" + resource), TODAY);
    }

    private static ListEntry entry(ParsedList p, String id) {
        return p.entries().stream().filter(e -> e.entityId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void reads_an_ofac_sdn_set_with_its_alias_address_and_comment_files() {
        ParsedList p = parse(Feed.SDN, "sdn/sdn.csv");
        assertThat(p.entries()).extracting(ListEntry::entityId).containsExactly("36", "306", "35096");
        ListEntry putin = entry(p, "35096");
        assertThat(putin.type()).isEqualTo(EntityType.INDIVIDUAL);
        assertThat(putin.list()).isEqualTo(ListCode.SDN);
        assertThat(putin.aliases()).containsExactly(new Alias("PUTIN, Vladimir", AliasKind.AKA));
        assertThat(putin.remarks()).endsWith("Gender Male.; Secondary sanctions risk.");
        assertThat(putin.countries()).containsExactly("RU");
        assertThat(entry(p, "36").addresses()).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Havana, Cuba");
            assertThat(a.country()).isEqualTo("CU");
        });
        assertThat(p.files()).hasSize(4);
    }

    @Test
    void treats_the_minus_zero_marker_as_null_and_the_dos_end_of_file_byte_as_nothing() {
        ListEntry airline = entry(parse(Feed.SDN, "sdn/sdn.csv"), "36");
        assertThat(airline.title()).isNull();
        assertThat(airline.remarks()).isNull();
        assertThat(airline.type()).isEqualTo(EntityType.ENTITY);
    }

    @Test
    void turns_weak_akas_in_the_remarks_into_weak_aliases() {
        assertThat(entry(parse(Feed.SDN, "sdn/sdn.csv"), "306").aliases())
                .containsExactly(new Alias("BNC", AliasKind.WEAK));
    }

    @Test
    void skips_a_malformed_ofac_row_and_names_its_file_and_line() {
        ParsedList p = parse(Feed.SDN, "sdn/sdn.csv");
        assertThat(p.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).endsWith("sdn/sdn.csv");
            assertThat(w.line()).isEqualTo(4);
            assertThat(w.reason()).contains("expected 12 columns, found 3");
        });
    }

    @Test
    void splits_entity_list_aliases_at_semicolons_and_drops_the_trailing_and() {
        ListEntry cetc = entry(parse(Feed.CSL, "csl.csv"), "99ed1b05");
        assertThat(cetc.list()).isEqualTo(ListCode.EL);
        assertThat(cetc.aliases()).extracting(Alias::name).contains("Hebei Semiconductor Research Institute", "HSRI",
                "Hebei Semiconductor", "CETC Research Institute 13",
                "China Electronics Technology Group Corporation 13th Research Institute");
        assertThat(cetc.aliases()).contains(new Alias("CETC 13", AliasKind.WEAK));
        assertThat(cetc.addresses()).singleElement().satisfies(a -> assertThat(a.country()).isEqualTo("CN"));
    }

    @Test
    void keeps_entity_list_license_text_citation_and_footnotes() {
        ParsedList p = parse(Feed.CSL, "csl.csv");
        ListEntry cetc = entry(p, "99ed1b05");
        assertThat(cetc.licenseRequirement()).startsWith("For all items subject to the EAR.");
        assertThat(cetc.licensePolicy()).isEqualTo("Policy of denial.");
        assertThat(cetc.frCitation()).isEqualTo("83 FR 37423; 87 FR 77505");
        assertThat(cetc.footnotes()).containsExactly(3);
        assertThat(entry(p, "aa11").footnotes()).containsExactly(4);
    }

    @Test
    void drops_the_successor_clause_from_entity_list_names() {
        assertThat(entry(parse(Feed.CSL, "csl.csv"), "aa11").name()).isEqualTo("Zhengzhou Nanbei Instrument Equipment Co. Ltd");
    }

    @Test
    void gives_sdn_rows_of_the_csl_their_ofac_entity_number() {
        ListEntry sber = entry(parse(Feed.CSL, "csl.csv"), "17018");
        assertThat(sber.list()).isEqualTo(ListCode.SDN);
        assertThat(sber.aliases()).extracting(Alias::name).containsExactly("SBERBANK OF RUSSIA", "SBERBANK");
    }

    @Test
    void skips_a_repeated_header_and_a_truncated_last_row_with_warnings() {
        ParsedList p = parse(Feed.CSL, "csl.csv");
        assertThat(p.entries()).hasSize(3);
        assertThat(p.warnings()).extracting(w -> w.line() + " " + w.reason()).containsExactly(
                "2 the header row is repeated; row skipped",
                "6 expected 29 columns, found 8 (the row ends inside an open quote: truncated?); row skipped");
        assertThat(p.ownDate()).isEqualTo(LocalDate.of(2019, 1, 1));
    }

    @Test
    void reads_the_denied_persons_list_with_stable_ids_and_a_plausible_own_date() {
        ParsedList p = parse(Feed.DPL, "dpl.txt");
        assertThat(p.entries()).hasSize(2);
        assertThat(p.warnings()).singleElement().satisfies(w -> assertThat(w.line()).isEqualTo(3));
        assertThat(p.ownDate()).isEqualTo(LocalDate.of(2022, 8, 29)); // 3017-08-22 is a typo, not a date to trust
        ListEntry villa = p.entries().get(0);
        assertThat(villa.list()).isEqualTo(ListCode.DPL);
        assertThat(villa.entityId()).hasSize(16).isEqualTo(parse(Feed.DPL, "dpl.txt").entries().get(0).entityId());
        assertThat(villa.startDate()).isEqualTo("2022-08-24");
        assertThat(villa.frCitation()).isEqualTo("87 F.R. 52741 8/29/2022");
        assertThat(villa.blocked()).isTrue();
    }

    @Test
    void refuses_a_file_that_is_not_of_the_named_format() {
        assertThatThrownBy(() -> parse(Feed.DPL, "csl.csv")).isInstanceOf(ListFileException.class)
                .hasMessageContaining("no 'name' column");
        assertThatThrownBy(() -> parse(Feed.CSL, "dpl.txt")).isInstanceOf(ListFileException.class)
                .hasMessageContaining("no 'source' column");
    }

    @Test
    void maps_non_sdn_programs_to_their_csl_list_codes() {
        assertThat(OfacLegacyParser.consolidatedList(List.of("NS-PLC"))).isEqualTo(new ListCode("PLC"));
        assertThat(OfacLegacyParser.consolidatedList(List.of("CMIC-EO13959"))).isEqualTo(new ListCode("CMIC"));
        assertThat(OfacLegacyParser.consolidatedList(List.of("UKRAINE-EO13662", "RUSSIA-EO14024"))).isEqualTo(new ListCode("SSI"));
        assertThat(OfacLegacyParser.consolidatedList(List.of("RUSSIA-EO14024"))).isEqualTo(new ListCode("NS-MBS"));
    }

    @Test
    void reads_every_shipped_list() {
        for (ShippedLists.Shipped s : ShippedLists.all()) {
            ParsedList p = s.parse();
            assertThat(p.entries()).as(s.source().name()).isNotEmpty();
            assertThat(p.contentHash()).hasSize(64);
        }
    }
}

package org.clearance.screening.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.clearance.screening.list.Address;
import org.clearance.screening.list.Alias;
import org.clearance.screening.list.AliasKind;
import org.clearance.screening.list.EntityLink;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.list.Feed;
import org.clearance.screening.list.LinkKind;
import org.clearance.screening.list.ListCode;
import org.clearance.screening.list.ListEntry;
import org.clearance.screening.list.ListFileException;
import org.clearance.screening.list.ParsedList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtmParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private static final ParsedList FIXTURE = ListParsers.parse(Feed.FTM,
            ListSource.resource("fixtures/ftm/entities.ftm.json"), TODAY);
    @TempDir
    Path tmp;

    private static ListEntry entry(String id) {
        return FIXTURE.entries().stream().filter(e -> e.entityId().equals(id)).findFirst().orElseThrow();
    }

    private ParsedList ftm(byte[] bytes) throws IOException {
        Path file = tmp.resolve("entities.ftm.json");
        Files.write(file, bytes);
        return ListParsers.parse(Feed.FTM, ListSource.of(file), TODAY);
    }

    private ParsedList ftm(String text) throws IOException {
        return ftm(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reads_the_parties_in_file_order_with_their_types_and_not_the_other_schemata() {
        assertThat(FIXTURE.feed()).isEqualTo(Feed.FTM);
        assertThat(FIXTURE.warnings()).isEmpty();
        assertThat(FIXTURE.entries()).extracting(ListEntry::entityId, ListEntry::type).containsExactly(
                tuple("NK-Rotenberg0Arkady0Roman", EntityType.INDIVIDUAL),
                tuple("NK-StroyGazMontazh0SGM00", EntityType.ENTITY),
                tuple("NK-Hikvision0Hangzhou000", EntityType.ENTITY),
                tuple("NK-Lana0Tanker0000000000", EntityType.VESSEL),
                tuple("NK-Aircraft0RA000000000", EntityType.AIRCRAFT),
                tuple("NK-Denied0Person0000000", EntityType.ENTITY),
                tuple("NK-Abkhaz0Organization00", EntityType.ENTITY));
        assertThat(FIXTURE.ownDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(FIXTURE.contentHash()).hasSize(64);
    }

    @Test
    void maps_us_datasets_to_their_lists_and_the_rest_to_os() {
        assertThat(entry("NK-Rotenberg0Arkady0Roman").list()).isEqualTo(ListCode.SDN);
        assertThat(entry("NK-Rotenberg0Arkady0Roman").blocked()).isTrue();
        assertThat(entry("NK-Denied0Person0000000").list()).isEqualTo(ListCode.DPL);
        assertThat(entry("NK-Hikvision0Hangzhou000").list()).isEqualTo(new ListCode("OS"));
        assertThat(entry("NK-Hikvision0Hangzhou000").blocked()).isFalse();
    }

    @Test
    void takes_the_caption_as_the_name_and_keeps_every_other_name_by_kind_in_any_script() {
        ListEntry rotenberg = entry("NK-Rotenberg0Arkady0Roman");
        assertThat(rotenberg.name()).isEqualTo("Arkady Romanovich Rotenberg");
        assertThat(rotenberg.aliases()).containsExactly(new Alias("Arkadii Rotenberg", AliasKind.AKA),
                new Alias("Аркадий Романович Ротенберг", AliasKind.AKA), new Alias("ROTENBERG, Arkady", AliasKind.AKA),
                new Alias("Arkasha", AliasKind.WEAK));
        assertThat(entry("NK-StroyGazMontazh0SGM00").aliases()).containsExactly(
                new Alias("STROYGAZMONTAZH OOO", AliasKind.AKA), new Alias("ООО Стройгазмонтаж", AliasKind.AKA),
                new Alias("SGM", AliasKind.AKA), new Alias("STROYGAZMONTAZH CORPORATION", AliasKind.FKA));
        assertThat(entry("NK-Lana0Tanker0000000000").aliases()).containsExactly(new Alias("PEGAS", AliasKind.FKA));
    }

    @Test
    void merges_the_fragments_of_one_entity() {
        ListEntry hikvision = entry("NK-Hikvision0Hangzhou000");
        assertThat(hikvision.aliases()).extracting(Alias::name)
                .containsExactly("杭州海康威视数字技术股份有限公司", "Hikvision", "HIKVISION DIGITAL TECHNOLOGY");
        assertThat(hikvision.countries()).containsExactly("CN");
        assertThat(FIXTURE.entries()).filteredOn(e -> e.entityId().equals(hikvision.entityId())).hasSize(1);
    }

    @Test
    void normalises_countries_to_iso_alpha_2_and_drops_the_codes_that_are_not() {
        assertThat(entry("NK-Rotenberg0Arkady0Roman").countries()).containsExactly("RU"); // "suhh" dropped
        assertThat(entry("NK-Abkhaz0Organization00").countries()).containsExactly("GE"); // "ge-ab" dropped
        assertThat(entry("NK-Lana0Tanker0000000000").countries()).containsExactly("RU"); // the flag
        assertThat(FtmMapping.country("xk")).isEqualTo("XK");
        assertThat(FtmMapping.country("eu")).isNull();
        assertThat(FtmMapping.country("zz")).isNull();
    }

    @Test
    void reads_address_texts_and_the_address_entities_referred_to() {
        assertThat(entry("NK-StroyGazMontazh0SGM00").addresses()).containsExactly(
                new Address("Prospekt Vernadskogo 53, Moscow, Russia", "RU"),
                new Address("Ulitsa Shchipok 22, 115093 Moscow", "RU"));
        assertThat(entry("NK-Denied0Person0000000").addresses()).singleElement()
                .satisfies(a -> assertThat(a.country()).isEqualTo("US"));
    }

    @Test
    void takes_programs_and_dates_from_the_sanctions_naming_the_party() {
        ListEntry rotenberg = entry("NK-Rotenberg0Arkady0Roman");
        assertThat(rotenberg.programs()).containsExactly("UKRAINE-EO13661", "RUSSIA-EO14024");
        assertThat(rotenberg.startDate()).isEqualTo("2014-03-20");
        assertThat(rotenberg.endDate()).isNull();
        assertThat(rotenberg.title()).isEqualTo("Businessman");
        assertThat(rotenberg.remarks()).isEqualTo("Co-owner of the SGM Group.");
        assertThat(rotenberg.sourceUrl()).startsWith("https://sanctionssearch.ofac.treas.gov/");
        assertThat(rotenberg.licenseRequirement()).isNull();
        assertThat(rotenberg.footnotes()).isEmpty();
    }

    @Test
    void does_not_screen_a_party_named_only_for_context() {
        assertThat(FIXTURE.entries()).extracting(ListEntry::entityId).doesNotContain("NK-Hu0Yangzhong000000000");
    }

    @Test
    void keeps_ownership_and_directorship_links_but_not_family_ones() {
        assertThat(FIXTURE.links()).containsExactly(
                new EntityLink("own-rotenberg-sgm", LinkKind.OWNERSHIP, "NK-Rotenberg0Arkady0Roman",
                        "NK-StroyGazMontazh0SGM00", "100", "2008-04-10"),
                new EntityLink("dir-hu-hikvision", LinkKind.DIRECTORSHIP, "NK-Hu0Yangzhong000000000",
                        "NK-Hikvision0Hangzhou000", null, "2001-11-30"));
    }

    @Test
    void skips_malformed_lines_with_a_warning_naming_file_and_line() throws IOException {
        byte[] bad = {'{', '"', 'i', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'};
        String good = "{\"id\": \"p1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Ivan Petrov\"]}}\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("\uFEFF" + good + "\n{\"id\": \"x\", \"schema\": \n[1, 2]\n{\"schema\": \"Person\"}\n"
                + "{\"id\": \"p2\", \"properties\": {}}\n"
                + "{\"id\": \"p3\", \"schema\": \"Person\", \"properties\": {\"alias\": [\"No Name\"]}}\n"
                + "{\"id\": \"p1\", \"schema\": \"Company\", \"properties\": {}}\n"
                + "{\"id\": \"o1\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"p1\"]}}\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(bad);
        ParsedList p = ftm(out.toByteArray());
        assertThat(p.entries()).extracting(ListEntry::name).containsExactly("Ivan Petrov");
        assertThat(p.links()).isEmpty();
        assertThat(p.warnings()).allSatisfy(w -> assertThat(w.file()).isEqualTo(tmp.resolve("entities.ftm.json").toString()));
        assertThat(p.warnings()).extracting(w -> w.line() + " " + w.reason()).containsExactly(
                "3 malformed JSON at column 23: the text ends where a value was expected (truncated?); line skipped",
                "4 the line holds an array, not an entity object; line skipped",
                "5 the entity has no 'id'; line skipped",
                "6 entity p2 has no 'schema'; line skipped",
                "8 entity p1 is a Company here but a Person on line 1; line skipped",
                "10 not valid UTF-8; line skipped",
                "7 Person p3 has no name; entity skipped",
                "9 Ownership o1 has no asset; link skipped");
    }

    @Test
    void refuses_a_file_none_of_whose_lines_is_an_entity() throws IOException {
        assertThatThrownBy(() -> ftm("source,name\nEL,Acme\n")).isInstanceOf(ListFileException.class)
                .hasMessageContaining("no line is a FollowTheMoney entity (line 1: malformed JSON at column 1")
                .hasMessageContaining("expected JSON lines, one entity a line");
    }

    @Test
    void an_empty_file_or_one_without_parties_has_no_entries() throws IOException {
        assertThat(ftm("").entries()).isEmpty();
        ParsedList onlyLinks = ftm("{\"id\": \"s\", \"schema\": \"Sanction\", \"properties\": {\"entity\": [\"x\"]}}\n");
        assertThat(onlyLinks.entries()).isEmpty();
        assertThat(onlyLinks.warnings()).isEmpty();
    }
}

package org.clearance.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.clearance.determination.DeterminationRules;
import org.clearance.rulepack.RulePackLoader;
import org.junit.jupiter.api.Test;

class GeographyTest {

    private static final Geography GEO = RulePackLoader.bundled().section(DeterminationRules.class).geography();

    @Test
    void resolves_codes_names_and_aliases_whatever_the_case_accents_and_punctuation() {
        assertThat(GEO.resolve("cn").code()).isEqualTo("CN");
        assertThat(GEO.resolve("People's Republic of China").code()).isEqualTo("CN");
        assertThat(GEO.resolve("Burma").code()).isEqualTo("MM");
        assertThat(GEO.resolve("Myanmar").code()).isEqualTo("MM");
        assertThat(GEO.resolve("Korea, North").code()).isEqualTo("KP");
        assertThat(GEO.resolve("Turkey").code()).isEqualTo("TR");
        assertThat(GEO.resolve("cote d'ivoire").code()).isEqualTo("CI");
        assertThat(GEO.resolve("UAE").code()).isEqualTo("AE");
        assertThat(GEO.resolve("Norway").code()).isEqualTo("NO");
        assertThat(GEO.resolve("NO").code()).isEqualTo("NO");
        assertThat(GEO.countries().stream().filter(c -> !c.isRegion())).hasSize(249);
    }

    @Test
    void a_name_that_could_mean_two_countries_is_an_error_naming_both() {
        assertThatThrownBy(() -> GEO.resolve("Congo")).isInstanceOf(UnknownCountryException.class)
                .hasMessageContaining("CD").hasMessageContaining("CG").hasMessageContaining("ISO code");
        assertThatThrownBy(() -> GEO.resolve("Korea")).hasMessageContaining("KP").hasMessageContaining("KR");
        assertThatThrownBy(() -> GEO.resolve("Atlantis")).hasMessageContaining("unknown country 'Atlantis'");
    }

    @Test
    void the_regions_the_ear_treats_apart_resolve_to_their_iso_3166_2_codes() {
        assertThat(GEO.resolve("Crimea").code()).isEqualTo("UA-43");
        assertThat(GEO.resolve("Donetsk").code()).isEqualTo("UA-14");
        assertThat(GEO.resolve("UA-09").parent()).isEqualTo("UA");
    }

    @Test
    void hong_kong_follows_china_and_macau_does_not() {
        LocalDate d = LocalDate.parse("2024-06-01");
        assertThat(GEO.effectiveCode("HK", d)).isEqualTo("CN");
        assertThat(GEO.groupsOf("HK", d)).containsExactlyInAnyOrder("D:1", "D:3", "D:4", "D:5");
        assertThat(GEO.groupsOf("MO", d)).containsExactlyInAnyOrder("D:1", "D:3", "D:4");
    }

    @Test
    void group_membership_changes_on_its_dates() {
        assertThat(GEO.groupsOf("NI", LocalDate.parse("2024-03-14"))).isEmpty();
        assertThat(GEO.groupsOf("NI", LocalDate.parse("2024-03-15"))).contains("D:1", "D:5");
        assertThat(GEO.groupsOf("CY", LocalDate.parse("2024-05-29"))).contains("A:6", "D:5");
        assertThat(GEO.groupsOf("CY", LocalDate.parse("2024-05-30"))).containsExactly("A:6");
        assertThat(GEO.groupsOf("KH", LocalDate.parse("2025-11-06"))).contains("D:5");
        assertThat(GEO.groupsOf("KH", LocalDate.parse("2025-11-07"))).containsExactly("D:1");
        assertThat(GEO.groupsOf("AE", LocalDate.parse("2026-07-09"))).containsExactlyInAnyOrder("D:3", "D:4");
        assertThat(GEO.groupsOf("AE", LocalDate.parse("2026-07-10"))).containsExactly("A:5");
    }

    @Test
    void the_group_sizes_match_the_reference_lists() {
        LocalDate late2023 = LocalDate.parse("2023-12-31");
        LocalDate mid2026 = LocalDate.parse("2026-07-23");
        assertThat(GEO.group("A:5").orElseThrow().membersOn(mid2026)).hasSize(38);
        assertThat(GEO.group("A:6").orElseThrow().membersOn(mid2026)).hasSize(8);
        assertThat(GEO.group("D:1").orElseThrow().membersOn(mid2026)).hasSize(24);
        assertThat(GEO.group("D:3").orElseThrow().membersOn(mid2026)).hasSize(36);
        assertThat(GEO.group("D:4").orElseThrow().membersOn(mid2026)).hasSize(21);
        assertThat(GEO.group("D:5").orElseThrow().membersOn(mid2026)).hasSize(22);
        assertThat(GEO.group("D:5").orElseThrow().membersOn(late2023)).hasSize(23);
        assertThat(GEO.group("D:1").orElseThrow().membersOn(late2023)).hasSize(23);
    }
}

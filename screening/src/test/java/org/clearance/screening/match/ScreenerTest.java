package org.clearance.screening.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clearance.screening.list.Address;
import org.clearance.screening.list.Alias;
import org.clearance.screening.list.AliasKind;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.list.Feed;
import org.clearance.screening.list.ListCode;
import org.clearance.screening.list.ListEntry;
import org.junit.jupiter.api.Test;

class ScreenerTest {

    static ListEntry entry(String list, String id, EntityType type, String name, List<Alias> aliases, String country) {
        return new ListEntry(new ListCode(list), id, type, name, aliases,
                country == null ? List.of() : List.of(new Address("somewhere, " + country, country)), List.of(),
                List.of("PROGRAM"), null, list.equals("EL") ? "For all items subject to the EAR. (See §744.11 of the EAR)4" : null,
                list.equals("EL") ? "Presumption of denial." : null, list.equals("EL") ? "84 FR 22961" : null,
                list.equals("EL") ? List.of(4) : List.of(), null, null, null, null);
    }

    private static final ListVersionRef SDN_V = new ListVersionRef(1, Feed.SDN, LocalDate.of(2024, 5, 3), "a");
    private static final ListVersionRef CSL_V = new ListVersionRef(2, Feed.CSL, LocalDate.of(2023, 11, 16), "b");

    private final Screener screener = Screener.build(List.of(
            new ScreeningList(SDN_V, List.of(
                    entry("SDN", "18782", EntityType.ENTITY, "ROSOBORONEKSPORT OAO",
                            List.of(new Alias("ROSOBORONEXPORT JSC", AliasKind.AKA)), "RU"),
                    entry("SDN", "35096", EntityType.INDIVIDUAL, "PUTIN, Vladimir Vladimirovich", List.of(), "RU"),
                    entry("SDN", "306", EntityType.ENTITY, "BANCO NACIONAL DE CUBA", List.of(new Alias("BNC", AliasKind.WEAK)), "CU"),
                    entry("SDN", "9001", EntityType.ENTITY, "CHINA ELECTRONICS TECHNOLOGY GROUP CORPORATION 13TH RESEARCH INSTITUTE", List.of(), "CN"))),
            new ScreeningList(CSL_V, List.of(
                    entry("EL", "el-nwpu", EntityType.UNKNOWN, "Northwestern Polytechnical University", List.of(), "CN"),
                    entry("EL", "el-huawei", EntityType.UNKNOWN, "Huawei Technologies Co., Ltd.", List.of(), "CN"),
                    entry("SDN", "18782", EntityType.ENTITY, "ROSOBORONEKSPORT OAO", List.of(), "RU")))));

    private List<ScreeningHit> hits(String name) {
        return screener.screen(Query.of(name)).hits();
    }

    @Test
    void finds_an_exact_name_with_score_one_and_names_the_alias_that_matched() {
        ScreeningHit h = hits("Rosoboronexport JSC").get(0);
        assertThat(h.list()).isEqualTo(ListCode.SDN);
        assertThat(h.entityId()).isEqualTo("18782");
        assertThat(h.matchedName()).isEqualTo("ROSOBORONEXPORT JSC");
        assertThat(h.score()).isEqualTo(1.0);
        assertThat(h.blocked()).isTrue();
    }

    @Test
    void reports_one_hit_per_listed_party_even_when_two_feeds_carry_it() {
        assertThat(hits("ROSOBORONEKSPORT")).extracting(h -> h.list() + ":" + h.entityId()).containsExactly("SDN:18782");
    }

    @Test
    void a_denied_person_in_both_the_dpl_file_and_the_csl_is_one_hit_from_the_dpl_file() {
        ListVersionRef dplV = new ListVersionRef(3, Feed.DPL, LocalDate.of(2022, 9, 2), "c");
        Screener both = Screener.build(List.of(
                new ScreeningList(CSL_V, List.of(entry("DPL", "csl-id", EntityType.UNKNOWN, "AARON ABRAHAM VILLA", List.of(), "US"))),
                new ScreeningList(dplV, List.of(entry("DPL", "f58740b3b2313731", EntityType.UNKNOWN, "AARON ABRAHAM VILLA", List.of(), "US")))));
        assertThat(both.screen(Query.of("Aaron Abraham Villa")).hits()).extracting(ScreeningHit::entityId)
                .containsExactly("f58740b3b2313731");
    }

    @Test
    void score_is_the_sum_of_named_features_each_with_what_it_compared() {
        ScreeningHit h = hits("Rosoboroneksport").get(0);
        double sum = h.features().stream().mapToDouble(FeatureScore::contribution).sum();
        assertThat(h.score()).isEqualTo(Math.round(Math.min(1, sum) * 10000) / 10000.0);
        assertThat(h.features()).extracting(FeatureScore::name).contains("name_similarity", "rare_token_weighting");
        Map<String, Object> compared = h.features().get(0).compared();
        assertThat(compared).containsKeys("query", "name", "pairs", "unmatched_query", "unmatched_name");
    }

    @Test
    void finds_typos_reordered_tokens_and_dropped_legal_forms() {
        assertThat(hits("Vladimir Putin")).extracting(ScreeningHit::entityId).containsExactly("35096");
        assertThat(hits("Northwestern Polytechnicla University")).extracting(ScreeningHit::entityId).contains("el-nwpu");
        assertThat(hits("HUAWEI TECHNOLOGIES")).extracting(ScreeningHit::entityId).contains("el-huawei");
    }

    @Test
    void finds_a_translated_name_through_the_native_name_table() {
        ScreeningHit h = hits("西北工业大学").get(0);
        assertThat(h.entityId()).isEqualTo("el-nwpu");
        assertThat(h.matched().kind()).isEqualTo(AliasKind.NATIVE);
        assertThat(h.features()).anySatisfy(f -> assertThat(f.name()).isEqualTo("native_name"));
    }

    @Test
    void finds_a_cyrillic_spelling_by_transliteration() {
        assertThat(hits("Путин Владимир Владимирович")).extracting(ScreeningHit::entityId).containsExactly("35096");
    }

    @Test
    void carries_what_a_shipment_decision_cites() {
        ScreeningHit h = hits("Huawei Technologies").get(0);
        assertThat(h.entry().licenseRequirement()).endsWith("EAR)4");
        assertThat(h.entry().licensePolicy()).isEqualTo("Presumption of denial.");
        assertThat(h.entry().frCitation()).isEqualTo("84 FR 22961");
        assertThat(h.entry().footnotes()).containsExactly(4);
        assertThat(h.version()).isEqualTo(CSL_V);
        assertThat(h.blocked()).isFalse();
    }

    @Test
    void a_country_that_agrees_raises_the_score_and_one_that_differs_lowers_it() {
        double none = screener.screen(Query.of("Huawei Technologies Ltd Shenzhen")).hits().get(0).score();
        double agrees = screener.screen(new Query("Huawei Technologies Ltd Shenzhen", "CN", null, null)).hits().get(0).score();
        List<ScreeningHit> differs = screener.screen(new Query("Huawei Technologies Ltd Shenzhen", "US", null, 0.0)).hits();
        assertThat(agrees).isGreaterThan(none);
        assertThat(differs.get(0).score()).isLessThan(none);
        assertThat(differs.get(0).features()).anySatisfy(f -> assertThat(f.name()).isEqualTo("country"));
    }

    @Test
    void an_individual_query_is_scored_down_against_an_organisation() {
        ScreeningHit h = screener.screen(new Query("Rosoboroneksport", null, EntityType.INDIVIDUAL, 0.0)).hits().get(0);
        assertThat(h.features()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("entity_type");
            assertThat(f.contribution()).isNegative();
        });
    }

    @Test
    void a_different_research_institute_number_is_not_a_hit() {
        assertThat(hits("China Electronics Technology Group Corporation 14th Research Institute")).isEmpty();
        assertThat(hits("China Electronics Technology Group Corporation 13th Research Institute")).isNotEmpty();
    }

    @Test
    void a_weak_alias_alone_is_scored_down() {
        ScreeningHit h = screener.screen(new Query("BNC", null, null, 0.0)).hits().get(0);
        assertThat(h.matched().kind()).isEqualTo(AliasKind.WEAK);
        assertThat(h.score()).isLessThan(1.0);
    }

    @Test
    void the_threshold_option_overrides_the_configured_thresholds() {
        assertThat(screener.screen(new Query("Vladimir Petrov", null, null, null)).hits()).isEmpty();
        assertThat(screener.screen(new Query("Vladimir Petrov", null, null, 0.3)).hits()).isNotEmpty()
                .allSatisfy(h -> assertThat(h.threshold()).isEqualTo(0.3));
    }

    @Test
    void per_list_and_per_type_thresholds_apply_when_no_override_is_given() {
        Thresholds t = new Thresholds(0.8, Map.of(ListCode.EL, 0.9), Map.of(EntityType.INDIVIDUAL, 0.85));
        assertThat(t.forHit(Query.of("x"), ListCode.EL, EntityType.INDIVIDUAL)).isEqualTo(0.9);
        assertThat(t.forHit(Query.of("x"), ListCode.SDN, EntityType.INDIVIDUAL)).isEqualTo(0.85);
        assertThat(t.forHit(Query.of("x"), ListCode.SDN, EntityType.ENTITY)).isEqualTo(0.8);
        assertThat(t.forHit(new Query("x", null, null, 0.5), ListCode.EL, EntityType.ENTITY)).isEqualTo(0.5);
    }

    @Test
    void a_name_without_letters_is_refused() {
        assertThatThrownBy(() -> screener.screen(Query.of("12345"))).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("has no letters");
        assertThatThrownBy(() -> screener.screen(new Query("Putin", "XX", null, null)))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("unknown country 'XX'");
    }

    @Test
    void an_unrelated_name_has_no_hits() {
        assertThat(hits("Acme Widgets of Ohio")).isEmpty();
    }

    @Test
    void names_its_algorithm_with_a_version() {
        assertThat(screener.screen(Query.of("Putin")).algorithm()).isEqualTo("clearance-name-v1");
    }
}

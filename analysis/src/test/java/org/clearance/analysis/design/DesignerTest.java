package org.clearance.analysis.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clearance.analysis.json.DesignJson;
import org.clearance.analysis.json.SpecJson;
import org.clearance.app.BadInput;
import org.clearance.app.CheckShipment;
import org.clearance.app.RuleData;
import org.clearance.app.json.Json;
import org.clearance.classification.ClassificationStatus;
import org.clearance.classification.ContainedItem;
import org.clearance.classification.ItemKind;
import org.clearance.classification.ItemRef;
import org.clearance.classification.ItemSpec;
import org.clearance.determination.ReviewPolicy;
import org.clearance.spec.SpecReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignerTest {

    private static final RuleData DATA = RuleData.bundled();
    private static final LocalDate DEC_2026 = LocalDate.parse("2026-12-07");

    @TempDir
    Path dir;

    private static Design design(String item, String goal, String date, List<Knob> knobs, BigDecimal area) {
        return new Designer(DATA, List.of()).design(item, Goal.parse(goal), LocalDate.parse(date), knobs, area);
    }

    private static Design.Change change(Design d, Knob.Kind kind) {
        return d.changes().stream().filter(c -> c.knob().kind() == kind).findFirst().orElseThrow();
    }

    private static double number(Object o) {
        return ((BigDecimal) o).doubleValue();
    }

    @Test
    void a_b200_for_the_2026_china_window_gives_up_tpp_and_dram_bandwidth_within_one_percent_and_cannot_meet_the_market_condition() {
        Design d = design("nvidia-b200", "case-by-case:China", "2026-12-07", List.of(), null);
        assertThat(d.reachable()).isTrue();
        assertThat(d.goal().text()).isEqualTo("case-by-case:CN");
        double tpp = number(change(d, Knob.Kind.THROUGHPUT).envelope());
        double dram = number(change(d, Knob.Kind.DRAM_BANDWIDTH).envelope());
        assertThat(tpp).isLessThan(21_000).isGreaterThan(21_000 * 0.99);
        assertThat(dram).isLessThan(6_500).isGreaterThan(6_500 * 0.99);
        assertThat(d.decision().reviewPolicy()).isEqualTo(ReviewPolicy.CASE_BY_CASE);
        assertThat(d.binding()).extracting(Design.Binding::rule).contains("742.6-b10-iii-A-1-case-by-case");
        assertThat(d.binding()).allSatisfy(b -> assertThat(b.citation()).isNotNull());
        assertThat(d.conditions()).filteredOn(Design.Condition::newVariantCannotMeet)
                .extracting(Design.Condition::id).containsExactly("commercially-available-us");
        assertThat(d.performanceKept().get("tpp").doubleValue()).isBetween(57.7, 58.4);
        assertThat(d.notes()).anyMatch(n -> n.contains("die area is not published"));
        assertThat(d.notEvaluated()).anyMatch(n -> n.id().contains("Note 1 to 3A090.a"));
    }

    @Test
    void the_non_datacenter_route_keeps_more_tpp_and_names_note_2_as_binding() {
        Design d = design("nvidia-h100-sxm5-80gb", "not-controlled", "2024-06-01",
                List.of(Knob.THROUGHPUT, Knob.parse("datacenter")), null);
        assertThat(d.reachable()).isTrue();
        assertThat(d.variant().datacenter()).isFalse();
        assertThat(number(change(d, Knob.Kind.THROUGHPUT).envelope())).isLessThan(4_800).isGreaterThan(4_800 * 0.99);
        Design.Change flag = change(d, Knob.Kind.DATACENTER);
        assertThat(flag.lessChange().reaches()).as("the same figures marketed for datacenters").isFalse();
        assertThat(d.binding()).extracting(Design.Binding::rule).contains("3A090.note-datacenter");
    }

    @Test
    void a_stated_die_area_opens_the_performance_density_route_and_the_least_area_growth_is_found() {
        Design without = design("nvidia-b200", "not-controlled", "2026-12-07",
                List.of(Knob.THROUGHPUT, Knob.parse("die-area")), null);
        assertThat(without.notes()).anyMatch(n -> n.startsWith("knob die-area not used"));
        assertThat(number(change(without, Knob.Kind.THROUGHPUT).envelope())).isLessThan(1_600);

        Design with = design("nvidia-b200", "not-controlled", "2026-12-07",
                List.of(Knob.THROUGHPUT, Knob.parse("die-area")), new BigDecimal("800"));
        assertThat(with.reachable()).isTrue();
        double tpp = number(change(with, Knob.Kind.THROUGHPUT).envelope());
        double area = number(change(with, Knob.Kind.DIE_AREA).envelope());
        assertThat(tpp).isLessThan(4_800).isGreaterThan(4_800 * 0.99);
        assertThat(tpp / area).as("PD under 1.6").isLessThan(1.6).isGreaterThan(1.6 * 0.98);
        assertThat(change(with, Knob.Kind.DIE_AREA).lessChange().reaches()).isFalse();
    }

    @Test
    void an_embargo_blocks_whatever_the_figures() {
        Design d = design("nvidia-h100-sxm5-80gb", "no-license:Iran", "2025-04-15", List.of(), null);
        assertThat(d.reachable()).isFalse();
        assertThat(d.variant()).isNull();
        assertThat(d.blockedBy()).extracting(Design.Blocker::rule).contains("746.7-iran");
    }

    @Test
    void an_overlay_that_catches_the_chip_whatever_its_figures_blocks_and_the_knobs_it_ignores_are_named() {
        List<org.clearance.determination.Overlay> overlays = CheckShipment.overlays(
                List.of(Path.of("../overlays/examples/nvidia-h20-2025-04.yaml")));
        Design d = new Designer(DATA, overlays).design("nvidia-h20", Goal.parse("no-license:CN"),
                LocalDate.parse("2025-04-15"), List.of(Knob.THROUGHPUT), null);
        assertThat(d.reachable()).isFalse();
        assertThat(d.blockedBy()).extracting(Design.Blocker::rule).contains("nvidia-h20-2025-04");
        assertThat(d.notes()).anyMatch(n -> n.startsWith("knob throughput: moving it to its limit changes no finding"));
    }

    @Test
    void an_overlay_that_is_not_monotone_in_tpp_is_searched_cell_by_cell() throws IOException {
        // catches TPP ≥ 10,000 and the band 5,000 ≤ TPP < 9,500: the least change sits just under 10,000
        Path overlay = dir.resolve("band.yaml");
        Files.writeString(overlay, """
                id: test-band
                title: A test overlay catching two bands of TPP
                text: "test"
                effect: require_license
                when: "destination == 'FR' && (item.tpp >= 10000.0 || (item.tpp >= 5000.0 && item.tpp < 9500.0))"
                status:
                  2024-01-01:
                    status: in_force
                    cite: {cfr: "test", fr: "test"}
                    confidence: quoted
                """);
        Design d = new Designer(DATA, CheckShipment.overlays(List.of(overlay))).design("nvidia-h100-sxm5-80gb",
                Goal.parse("no-license:FR"), LocalDate.parse("2025-01-01"), List.of(Knob.THROUGHPUT), null);
        assertThat(d.reachable()).isTrue();
        assertThat(number(change(d, Knob.Kind.THROUGHPUT).envelope())).isLessThan(10_000).isGreaterThan(9_900);
        assertThat(d.binding()).extracting(Design.Binding::rule).contains("test-band");
    }

    @Test
    void a_system_scales_each_of_its_dies_and_its_variant_stands_alone() {
        ItemSpec hgx = new ItemSpec("hgx-test", "HGX test", null, List.of(), ItemKind.COMPUTER, true, null, null, null,
                null, null, null, null, List.of(new ContainedItem(new ItemRef.CatalogId("nvidia-h100-sxm5-80gb"), 8)), null);
        Design d = new Designer(DATA, List.of()).design("hgx-test", hgx, Goal.parse("not-controlled"), DEC_2026,
                List.of(), null);
        assertThat(d.reachable()).isTrue();
        assertThat(d.variant().contains()).singleElement()
                .satisfies(c -> assertThat(c.item()).isInstanceOf(ItemRef.Inline.class));
        assertThat(DATA.classifier().classify(d.variant(), DEC_2026).status()).isEqualTo(ClassificationStatus.NOT_CONTROLLED);
        assertThat(change(d, Knob.Kind.THROUGHPUT).lessChange().reaches()).isFalse();
    }

    @Test
    void the_variant_is_written_in_the_datasheet_format_and_reads_back_unchanged() throws IOException {
        Design d = design("nvidia-h100-sxm5-80gb", "exception:NAC:CN", "2024-06-01", List.of(), null);
        assertThat(d.reachable()).isTrue();
        assertThat(d.decision().licenseExceptions()).anyMatch(e -> e.code().equals("NAC"));
        assertThat(d.conditions()).anyMatch(c -> "License Exception NAC".equals(c.rule()));
        Path file = dir.resolve("variant.yaml");
        Files.writeString(file, DesignJson.variantText(d));
        ItemSpec read = SpecReader.read(file);
        assertThat(Json.write(SpecJson.of(read))).isEqualTo(Json.write(SpecJson.of(d.variant())));
        assertThat(DesignJson.of(d).get("binding").get(0).get("citation").has("cfr")).isTrue();
    }

    @Test
    void an_item_that_already_reaches_the_outcome_changes_nothing() {
        Design d = design("nvidia-jetson-agx-orin-64gb", "not-controlled", "2026-12-07", List.of(), null);
        assertThat(d.reachable()).isTrue();
        assertThat(d.changes()).allSatisfy(c -> assertThat(c.lessChange()).isNull());
        assertThat(d.performanceKept().get("tpp")).isEqualByComparingTo("100");
    }

    @Test
    void bad_outcomes_and_knobs_are_refused_with_the_expected_form() {
        assertThatThrownBy(() -> Goal.parse("exception:NAC")).isInstanceOf(BadInput.class).hasMessageContaining("exception:CODE:CC");
        assertThatThrownBy(() -> Goal.parse("licensed:CN")).isInstanceOf(BadInput.class);
        assertThatThrownBy(() -> Knob.parse("power")).isInstanceOf(BadInput.class).hasMessageContaining("dram-bandwidth");
        assertThatThrownBy(() -> Knob.parse("throughput:")).isInstanceOf(BadInput.class);
        assertThat(Knob.parse("throughput:FP8").matches("FP8")).isTrue();
        assertThat(Knob.parse("throughput:BF16").matches("FP16/BF16")).isTrue();
        assertThat(Knob.parse("throughput:FP8").matches("INT8")).isFalse();
    }
}

package org.clearance.analysis.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clearance.analysis.json.ScenarioJson;
import org.clearance.app.BadInput;
import org.clearance.app.RuleData;
import org.clearance.yaml.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped scenarios (scenarios/), a comparison of two dates of the pack, and the strict reading of the format. */
class ScenarioRunTest {

    private static final Path SCENARIOS = Path.of("../scenarios");

    @TempDir
    Path dir;

    private static Comparison run(String file) {
        return ScenarioRun.run(ScenarioReader.read(SCENARIOS.resolve(file)), null, null);
    }

    private static Comparison.VerdictChange verdict(Comparison c, String item) {
        return c.verdicts().stream().filter(v -> v.item().equals(item)).findFirst().orElseThrow(
                () -> new AssertionError(item + " not among " + c.verdicts().stream().map(Comparison.VerdictChange::item).toList()));
    }

    @Test
    void widening_the_china_window_brings_the_b200_and_b300_to_case_by_case_and_names_the_policy() {
        Comparison c = run("blackwell-china-window.yaml");
        assertThat(c.classifications()).as("a review policy changes no classification").isEmpty();
        for (String item : List.of("nvidia-b200", "nvidia-b300-blackwell-ultra")) {
            Comparison.VerdictChange v = verdict(c, item);
            assertThat(v.destinations()).contains("CN");
            assertThat(v.before()).contains("PRESUMPTION_OF_DENIAL");
            assertThat(v.after()).contains("CASE_BY_CASE");
            assertThat(v.rules()).extracting(Comparison.RuleDifference::rule).contains("742.6-b10-iii-A-1-case-by-case");
        }
        assertThat(c.verdicts()).noneMatch(v -> v.item().equals("nvidia-h200-sxm-141gb"));
        assertThat(c.after().pack().hash()).isNotEqualTo(c.before().pack().hash());
    }

    @Test
    void a_tpp_threshold_of_2400_moves_b_items_to_a_and_names_the_paragraph() {
        Comparison c = run("tpp-2400.yaml");
        Comparison.ClassificationChange l4 = c.classifications().stream()
                .filter(ch -> ch.item().equals("nvidia-l40")).findFirst().orElseThrow();
        assertThat(l4.before()).isEqualTo("CONTROLLED 3A090.b");
        assertThat(l4.after()).isEqualTo("CONTROLLED 3A090.a");
        assertThat(l4.rules()).extracting(Comparison.RuleDifference::rule).contains("3A090.a.1");
        assertThat(c.classifications()).noneMatch(ch -> ch.item().equals("nvidia-b200"));
        assertThat(c.classifications()).noneMatch(ch -> ch.item().equals("nvidia-l4"));
        Comparison.VerdictChange l40 = verdict(c, "nvidia-l40");
        assertThat(l40.destinations()).contains("CN");
        assertThat(l40.before()).contains("NAC");
        assertThat(l40.after()).doesNotContain("NAC");
    }

    @Test
    void the_h20_letter_as_a_rule_catches_the_h20_for_china_and_not_for_france() {
        Comparison c = run("h20-memory-bandwidth-rule.yaml");
        Comparison.VerdictChange h20 = verdict(c, "nvidia-h20");
        assertThat(h20.destinations()).contains("CN", "MO").doesNotContain("FR", "VN");
        assertThat(h20.before()).startsWith("NO_LICENSE_REQUIRED");
        assertThat(h20.after()).startsWith("LICENSE_REQUIRED");
        assertThat(h20.rules()).extracting(Comparison.RuleDifference::rule).contains("scenario-h20-bandwidth");
        assertThat(h20.rules()).filteredOn(r -> r.rule().equals("scenario-h20-bandwidth"))
                .allSatisfy(r -> assertThat(r.before()).isNull());
    }

    @Test
    void saudi_arabia_in_a5_needs_no_license_for_a_items_and_the_destination_scope_says_why() {
        Comparison c = run("saudi-arabia-joins-a5.yaml");
        Comparison.VerdictChange h100 = verdict(c, "nvidia-h100-sxm5-80gb");
        assertThat(h100.destinations()).containsExactly("SA");
        assertThat(h100.before()).startsWith("LICENSE_REQUIRED");
        assertThat(h100.after()).startsWith("NO_LICENSE_REQUIRED");
        assertThat(h100.rules()).extracting(Comparison.RuleDifference::rule).contains("742.6-a6-advanced-a");
    }

    @Test
    void two_dates_of_the_pack_show_the_2026_window_opening_for_the_h200() {
        Comparison c = ScenarioRun.between(RuleData.bundled(), LocalDate.parse("2023-11-17"),
                LocalDate.parse("2026-01-15"), List.of(), List.of(), List.of("CN"));
        Comparison.VerdictChange h200 = verdict(c, "nvidia-h200-sxm-141gb");
        assertThat(h200.before()).contains("PRESUMPTION_OF_DENIAL");
        assertThat(h200.after()).contains("CASE_BY_CASE");
        assertThat(h200.rules()).extracting(Comparison.RuleDifference::rule).contains("742.6-b10-iii-A-1-case-by-case");
        assertThat(ScenarioJson.of(c).get("verdict_changes").size()).isEqualTo(c.verdicts().size());
    }

    @Test
    void without_destinations_every_member_of_every_country_group_is_evaluated() throws IOException {
        Path f = write("""
                id: nothing
                title: no reform
                baseline: {as_of: 2026-12-07}
                reforms: []
                """);
        Comparison c = ScenarioRun.run(ScenarioReader.read(f), null, null);
        assertThat(c.destinations()).contains("CN", "AE", "FR", "IR", "MO").hasSizeGreaterThan(60);
        assertThat(c.classifications()).isEmpty();
        assertThat(c.verdicts()).isEmpty();
    }

    @Test
    void the_format_is_read_strictly_with_file_and_field_in_the_error() throws IOException {
        Path unknown = write("""
                id: bad
                title: t
                baseline: {as_of: 2026-12-07}
                reforms: [{parameter: 3a090/tpp_a1, value: 2400, effective: 2027-01-01, cite: {fr: x}, colour: red}]
                """);
        assertThatThrownBy(() -> ScenarioReader.read(unknown)).isInstanceOf(InputException.class)
                .hasMessageContaining(unknown.toString()).hasMessageContaining("colour");
        Path noCite = write("""
                id: bad
                title: t
                baseline: {as_of: 2026-12-07}
                reforms: [{parameter: 3a090/tpp_a1, value: 2400, effective: 2027-01-01}]
                """);
        assertThatThrownBy(() -> ScenarioReader.read(noCite)).isInstanceOf(InputException.class).hasMessageContaining("cite");
        Path early = write("""
                id: bad
                title: t
                baseline: {as_of: 2026-12-07}
                reforms: [{rule: 3A090.b.2, status: repealed, effective: 2026-01-01, cite: {fr: x}}]
                """);
        assertThatThrownBy(() -> ScenarioReader.read(early)).isInstanceOf(InputException.class)
                .hasMessageContaining("before the baseline");
        Path badDate = write("""
                id: bad
                title: t
                baseline: {as_of: 2026-13-07}
                reforms: []
                """);
        assertThatThrownBy(() -> ScenarioReader.read(badDate)).isInstanceOf(InputException.class)
                .hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void a_reform_naming_what_the_pack_lacks_is_refused() throws IOException {
        Path f = write("""
                id: bad
                title: t
                baseline: {as_of: 2026-12-07}
                reforms: [{parameter: 3a090/tpp_z9, value: 1, effective: 2027-01-01, cite: {fr: x}}]
                """);
        assertThatThrownBy(() -> ScenarioRun.run(ScenarioReader.read(f), null, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("reforms[0].parameter").hasMessageContaining("3a090/tpp_z9");
        Path g = write("""
                id: bad
                title: t
                baseline: {as_of: 2026-12-07}
                reforms: [{country: AE, to: "Z:9", effective: 2027-01-01, cite: {fr: x}}]
                """);
        assertThatThrownBy(() -> ScenarioRun.run(ScenarioReader.read(g), null, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("Z:9");
    }

    @Test
    void a_rule_given_another_status_is_checked_by_the_pack_loader() throws IOException {
        Path f = write("""
                id: repeal-b2
                title: 3A090.b.2 repealed
                baseline: {as_of: 2026-12-07}
                reforms: [{remove: 3A090.b.2, effective: 2027-01-01, cite: {fr: "scenario"}}]
                """);
        Comparison c = ScenarioRun.run(ScenarioReader.read(f), null, null);
        assertThat(c.reforms()).containsExactly("rule 3A090.b.2 repealed from 2027-01-01");
        assertThat(c.classifications()).allSatisfy(ch -> assertThat(ch.rules())
                .extracting(Comparison.RuleDifference::rule).contains("3A090.b.2"));
    }

    private Path write(String text) throws IOException {
        Path f = Files.createTempFile(dir, "scenario", ".yaml");
        Files.writeString(f, text);
        return f;
    }
}

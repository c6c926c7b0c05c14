package org.clearance.rulepack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.clearance.law.DateOutOfCoverageException;
import org.clearance.law.RulePack;
import org.clearance.yaml.InputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePackLoaderTest {

    private static final Path SOURCE = Path.of("../rulepacks/us-ear");

    @TempDir
    Path dir;
    Path pack;

    @BeforeEach
    void copyPack() throws IOException {
        pack = dir.resolve("us-ear");
        try (Stream<Path> files = Files.walk(SOURCE)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = pack.resolve(SOURCE.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
    }

    private void edit(String file, String from, String to) throws IOException {
        Path f = pack.resolve(file);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(text).as("fixture text in " + file).contains(from);
        Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private InputException loadFails() {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> RulePackLoader.load(pack));
        assertThat(t).isInstanceOf(InputException.class);
        return (InputException) t;
    }

    @Test
    void loads_the_bundled_pack_with_every_rule_cited() {
        RulePack p = RulePackLoader.bundled();
        assertThat(p.info().id()).isEqualTo("us-ear");
        assertThat(p.info().hash()).startsWith("sha256:").hasSize(71);
        assertThat(p.rules()).extracting(r -> r.id()).contains("3A090.a.1", "3A090.a.2", "3A090.b.1", "3A090.b.2",
                "3A090.c", "3A090.a-2022", "4A090.a", "4A090.b", "5A992.z");
        p.rules().forEach(r -> r.status().values().forEach(v -> assertThat(v.cite()).isNotNull()));
        p.parameters().forEach(x -> x.series().values().forEach(v -> assertThat(v.cite()).isNotNull()));
    }

    @Test
    void the_copied_pack_has_the_same_hash_as_the_bundled_one() {
        assertThat(RulePackLoader.load(pack).info().hash()).isEqualTo(RulePackLoader.bundled().info().hash());
    }

    @Test
    void a_parameter_value_without_a_citation_is_refused_naming_file_and_field() throws IOException {
        edit("parameters/3a090/tpp_a1.yaml",
                "    cite: {cfr: \"15 CFR 774 Supp. 1, ECCN 3A090.a.1\", fr: \"88 FR 73458 (FR Doc 2023-23055)\", href: \"https://www.govinfo.gov/content/pkg/FR-2023-10-25/html/2023-23055.htm\"}\n",
                "");
        InputException e = loadFails();
        assertThat(e.file()).endsWith("parameters/3a090/tpp_a1.yaml");
        assertThat(e.field()).isEqualTo("values.2023-11-17.cite");
        assertThat(e.reason()).contains("required");
    }

    @Test
    void a_citation_with_neither_cfr_nor_fr_is_refused() throws IOException {
        edit("parameters/3a090/tpp_a2.yaml", "cfr: \"15 CFR 774 Supp. 1, ECCN 3A090.a.2\", fr: \"88 FR 73458 (FR Doc 2023-23055)\", ", "");
        InputException e = loadFails();
        assertThat(e.field()).isEqualTo("values.2023-11-17.cite");
        assertThat(e.reason()).contains("a citation needs a CFR paragraph");
    }

    @Test
    void an_unknown_key_is_refused() throws IOException {
        edit("classification/3a090-a1.yaml", "scope: logic\n", "scope: logic\nthreshold: 4800\n");
        InputException e = loadFails();
        assertThat(e.file()).endsWith("classification/3a090-a1.yaml");
        assertThat(e.field()).isEqualTo("threshold");
        assertThat(e.reason()).contains("unknown key");
    }

    @Test
    void a_literal_number_in_a_test_is_refused() throws IOException {
        edit("classification/3a090-a1.yaml", "{metric: tpp, op: \">=\", parameter: 3a090/tpp_a1}", "{metric: tpp, op: \">=\", value: 4800}");
        InputException e = loadFails();
        assertThat(e.field()).isEqualTo("test.all[0].value");
    }

    @Test
    void a_bad_date_is_refused_with_the_expected_form() throws IOException {
        edit("parameters/3a090/pd_a2.yaml", "2023-11-17:", "2023-13-17:");
        InputException e = loadFails();
        assertThat(e.reason()).isEqualTo("invalid date '2023-13-17': expected YYYY-MM-DD");
    }

    @Test
    void dates_out_of_order_are_refused() throws IOException {
        edit("classification/3a090-note-nac-aca.yaml", "  2024-04-04:", "  2023-01-04:");
        InputException e = loadFails();
        assertThat(e.reason()).contains("dates out of order");
    }

    @Test
    void a_duplicate_key_is_refused() throws IOException {
        edit("classification/3a090-a1.yaml", "scope: logic\n", "scope: logic\nscope: memory\n");
        InputException e = loadFails();
        assertThat(e.reason()).containsIgnoringCase("duplicate");
    }

    @Test
    void a_reference_to_a_missing_parameter_is_refused() throws IOException {
        edit("classification/3a090-a1.yaml", "parameter: 3a090/tpp_a1", "parameter: 3a090/tpp_a9");
        InputException e = loadFails();
        assertThat(e.reason()).contains("unknown parameter '3a090/tpp_a9'");
    }

    @Test
    void a_rule_in_force_before_its_parameter_is_refused_at_load() throws IOException {
        edit("parameters/3a090/tpp_a1.yaml", "  2023-11-17:", "  2024-01-01:");
        InputException e = loadFails();
        assertThat(e.reason()).contains("3a090/tpp_a1 has no value on that date");
    }

    @Test
    void an_unknown_interpretation_is_refused() throws IOException {
        edit("classification/3a090-a2.yaml", "interpretations: [pd-undefined", "interpretations: [pd-guess");
        assertThat(loadFails().reason()).contains("unknown interpretation 'pd-guess'");
    }

    @Test
    void a_restricted_list_with_an_unknown_effect_or_a_license_without_a_policy_is_refused() throws IOException {
        edit("pack.yaml", "effect: blocked\n    # Denial", "effect: banned\n    # Denial");
        InputException e = loadFails();
        assertThat(e.field()).contains("restricted_lists.DPL.effect");
        assertThat(e.reason()).contains("unknown effect 'banned'");
        edit("pack.yaml", "effect: banned\n    # Denial", "effect: blocked\n    # Denial");
        edit("pack.yaml", "    review_policy: presumption_of_denial\n", "");
        assertThat(loadFails().reason()).contains("review_policy is required with effect license");
    }

    @Test
    void a_notification_with_unknown_data_or_on_a_rule_that_is_not_an_exception_is_refused() throws IOException {
        String nac = "determination/740.8-NAC.yaml";
        edit(nac, "notification: [tpp, performance_density, datacenter]\n    cite: {cfr: \"15 CFR 740.8(a)(2)\", fr: \"88",
                "notification: [tpp, die_photo]\n    cite: {cfr: \"15 CFR 740.8(a)(2)\", fr: \"88");
        InputException e = loadFails();
        assertThat(e.file()).endsWith(nac);
        assertThat(e.field()).isEqualTo("versions.2023-11-17.notification");
        assertThat(e.reason()).contains("unknown notification data 'die_photo'");
        edit(nac, "notification: [tpp, die_photo]", "notification: [tpp, performance_density, datacenter]");
        edit("determination/746.2-cuba.yaml", "    cite:", "    notification: [tpp]\n    cite:");
        assertThat(loadFails().reason()).contains("only a license exception can require a notification");
    }

    @Test
    void nac_says_its_notification_carries_tpp_performance_density_and_datacenter_marketing() {
        var rules = RulePackLoader.load(pack).section(org.clearance.determination.DeterminationRules.class);
        var nac = rules.all().stream().filter(r -> r.id().equals("740.8-NAC")).findFirst().orElseThrow();
        for (var v : nac.versions().values()) {
            assertThat(v.value().notification()).containsExactly("tpp", "performance_density", "datacenter");
        }
        var aca = rules.all().stream().filter(r -> r.id().equals("740.8-ACA")).findFirst().orElseThrow();
        aca.versions().values().forEach(v -> assertThat(v.value().notification()).isEmpty());
    }

    @Test
    void the_restricted_lists_say_what_a_hit_does_with_a_citation() {
        var rules = RulePackLoader.load(pack).section(org.clearance.determination.DeterminationRules.class);
        assertThat(rules.restrictedList("MEU").policy()).isEqualTo(org.clearance.determination.ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(rules.restrictedList("SDN").effect()).isEqualTo(org.clearance.determination.RestrictedList.Effect.BLOCKED);
        assertThat(rules.restrictedList("EL").footnotes()).containsKey(4);
        assertThat(rules.restrictedList("EL").cite().cfr()).contains("744.11");
        assertThat(rules.restrictedList("CAP").effect()).isEqualTo(org.clearance.determination.RestrictedList.Effect.REVIEW);
    }

    @Test
    void a_non_numeric_parameter_value_is_refused() throws IOException {
        edit("parameters/3a090/tpp_b2.yaml", "value: 1600", "value: \"1600\"");
        InputException e = loadFails();
        assertThat(e.field()).isEqualTo("values.2023-11-17.value");
        assertThat(e.reason()).contains("expected a number");
    }

    @Test
    void a_date_before_the_first_version_is_out_of_coverage() {
        RulePack p = RulePackLoader.bundled();
        assertThatThrownBy(() -> p.at(LocalDate.parse("2022-10-20"))).isInstanceOf(DateOutOfCoverageException.class)
                .hasMessageContaining("2022-10-21");
        assertThat(p.at(LocalDate.parse("2022-10-21")).date()).isEqualTo(LocalDate.parse("2022-10-21"));
    }

    @Test
    void a_stray_file_in_the_pack_is_refused() throws IOException {
        Files.writeString(pack.resolve("notes.yaml"), "a: 1\n");
        assertThat(loadFails().reason()).contains("unexpected file");
    }

    private static final String POLICY = "determination/742.6-b10-iii-A-1-case-by-case.yaml";

    @Test
    void review_policy_conditions_carry_their_stable_ids() {
        var policy = (org.clearance.determination.DeterminationRule.Policy) RulePackLoader.bundled()
                .rule("742.6-b10-iii-A-1-case-by-case").orElseThrow();
        assertThat(policy.versions().values().getFirst().value().policyConditions())
                .extracting(org.clearance.determination.PolicyCondition::id)
                .containsExactly("commercially-available-us", "us-supply", "no-foundry-diversion", "recipient-security",
                        "third-party-testing", "aggregate-volume-cap", "end-use-controls");
    }

    @Test
    void a_review_policy_condition_without_an_id_is_refused() throws IOException {
        edit(POLICY, "- {id: us-supply, text: \"the exporter", "- \"the exporter");
        edit(POLICY, "United States [P]\"}\n      - {id: no-foundry", "United States [P]\"\n      - {id: no-foundry");
        InputException e = loadFails();
        assertThat(e.file()).endsWith(POLICY);
        assertThat(e.reason()).contains("{id, text}");
    }

    @Test
    void a_review_policy_condition_id_that_is_not_a_slug_is_refused() throws IOException {
        edit(POLICY, "{id: us-supply,", "{id: US_Supply,");
        InputException e = loadFails();
        assertThat(e.file()).endsWith(POLICY);
        assertThat(e.reason()).contains("US_Supply").contains("slug");
    }

    @Test
    void a_duplicate_review_policy_condition_id_is_refused() throws IOException {
        edit(POLICY, "{id: no-foundry-diversion,", "{id: us-supply,");
        InputException e = loadFails();
        assertThat(e.reason()).contains("duplicate condition id 'us-supply'");
    }

    @Test
    void a_review_policy_condition_without_text_is_refused() throws IOException {
        edit(POLICY, "{id: us-supply, text: \"the exporter certifies that there is sufficient supply of the product in the United States [P]\"}",
                "{id: us-supply}");
        InputException e = loadFails();
        assertThat(e.field()).endsWith("text");
        assertThat(e.reason()).contains("required");
    }

    @Test
    void a_condition_id_used_by_two_policies_is_refused() throws IOException {
        Path copy = pack.resolve("determination/742.6-b10-iii-A-1-copy.yaml");
        Files.writeString(copy, Files.readString(pack.resolve(POLICY))
                .replace("id: 742.6-b10-iii-A-1-case-by-case", "id: 742.6-b10-iii-A-1-copy"));
        InputException e = loadFails();
        assertThat(e.reason()).contains("already used by");
    }
}

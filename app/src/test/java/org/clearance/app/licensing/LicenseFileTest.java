package org.clearance.app.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clearance.app.RuleData;
import org.clearance.yaml.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseFileTest {

    static final RuleData DATA = RuleData.bundled();

    static final String YAML = """
            number: D2026-0001
            holder: Example Semiconductor Inc.
            valid_from: 2026-01-15
            valid_to: 2026-12-31
            items:
              - catalog_id: nvidia-h200-sxm-141gb
                limits: {quantity: 100}
              - eccn: 3A090.a
            destinations: [China]
            parties:
              consignee: {name: Example Trading Co., country: CN}
              end_user: {name: Example Cloud Ltd., country: CN, party_id: CUST-0100}
            limits: {quantity: 150, value: 4000000.00, tpp: "6000000"}
            conditions:
              revenue_share_percent: {value: 25, source: "announced 2025-12 (regulations.md §8)", confidence: secondary}
              certifications: [us-supply, third-party-testing]
              reporting: quarterly
            """;

    @TempDir
    Path dir;

    License read(String text, String name) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return LicenseFile.read(f, DATA);
    }

    @Test
    void reads_every_field_of_a_yaml_license_with_exact_decimals_and_resolved_countries() throws Exception {
        License l = read(YAML, "l.yaml");
        assertThat(l.number()).isEqualTo("D2026-0001");
        assertThat(l.status()).isEqualTo(License.Status.ACTIVE);
        assertThat(l.destinations()).containsExactly("CN");
        assertThat(l.items()).extracting(License.Item::scope).containsExactly("catalog_id:nvidia-h200-sxm-141gb", "eccn:3A090.a");
        assertThat(l.limits().value()).isEqualByComparingTo("4000000");
        assertThat(l.limits().tpp()).isEqualByComparingTo("6000000");
        assertThat(l.parties().endUser().partyId()).isEqualTo("CUST-0100");
        assertThat(l.conditions().revenueShare().percent()).isEqualByComparingTo("25");
        assertThat(l.conditions().certifications()).containsExactly("us-supply", "third-party-testing");
        assertThat(l.limitsByScope()).containsOnlyKeys("", "catalog_id:nvidia-h200-sxm-141gb");
    }

    @Test
    void its_canonical_json_reads_back_to_the_same_license_and_the_same_bytes() throws Exception {
        License l = read(YAML, "l.yaml");
        String canonical = LicenseFile.canonical(l);
        License back = read(canonical, "l.json");
        assertThat(back).isEqualTo(l);
        assertThat(LicenseFile.canonical(back)).isEqualTo(canonical);
        assertThat(canonical).contains("\"value\":\"4000000\"");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "'holder: Example Semiconductor Inc.'|'holder: X\ncolour: red'|colour: unknown key",
            "'valid_to: 2026-12-31'|'valid_to: 2026-02-30'|valid_to: invalid date '2026-02-30'",
            "'valid_to: 2026-12-31'|'valid_to: 2025-12-31'|valid_to: 2025-12-31 is before valid_from 2026-01-15",
            "'destinations: [China]'|'destinations: [Atlantis]'|destinations[0]: unknown country 'Atlantis'",
            "'destinations: [China]'|'destinations: []'|destinations: must list at least one",
            "'  - eccn: 3A090.a'|'  - eccn: 3a090'|items[1].eccn: '3a090' is not an ECCN",
            "'  - eccn: 3A090.a'|'  - catalog_id: nvidia-h999'|items[1].catalog_id: 'nvidia-h999' is not a catalog id",
            "'  - eccn: 3A090.a'|'  - {eccn: 3A090, catalog_id: nvidia-h20}'|items[1]: name the item by exactly one",
            "'    limits: {quantity: 100}'|'    limits: {quantity: -5}'|items[0].limits.quantity: must be greater than 0",
            "'    limits: {quantity: 100}'|'    limits: {quantity: 2.5}'|items[0].limits.quantity: expected a whole number",
            "'tpp: \"6000000\"'|'tpp: \"lots\"'|limits.tpp: expected a decimal number",
            "'value: 4000000.00'|'value: 0.0000001'|limits.value: at most 6 decimals",
            "'value: 25,'|'value: 125,'|revenue_share_percent.value: a percentage of at most 100",
            "'confidence: secondary'|'confidence: rumour'|revenue_share_percent.confidence: unknown confidence 'rumour'",
            "'[us-supply, third-party-testing]'|'[US Supply]'|certifications[0]: 'US Supply' is not a certification id",
            "'number: D2026-0001'|'number: \"D 1\"'|number: 'D 1' is not a license number",
            "'    limits: {quantity: 100}'|'    limits: {units: 100}'|items[0].limits.units: unknown key",
    })
    void refuses_a_bad_field_naming_it(String from, String to, String expected) {
        String text = YAML.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertThat(text).isNotEqualTo(YAML);
        assertThatThrownBy(() -> read(text, "bad.yaml")).isInstanceOf(InputException.class)
                .hasMessageStartingWith(dir.resolve("bad.yaml") + ": ").hasMessageContaining(expected);
    }

    @Test
    void malformed_json_is_refused_with_its_line() {
        assertThatThrownBy(() -> read("{\"number\": \"X\",\n \"holder\": }", "bad.json"))
                .isInstanceOf(InputException.class).hasMessageContaining("bad.json: line 2");
    }
}

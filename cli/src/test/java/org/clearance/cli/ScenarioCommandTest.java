package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScenarioCommandTest {

    @Test
    void a_shipped_scenario_prints_the_changes_and_the_rules_behind_them() {
        CliRun run = CliRun.of("scenario", "../scenarios/blackwell-china-window.yaml");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("nvidia-b200 to CN", "PRESUMPTION_OF_DENIAL → LICENSE_REQUIRED, CASE_BY_CASE",
                "742.6-b10-iii-A-1-case-by-case");
    }

    @Test
    void two_dates_of_the_pack_compare_in_json() {
        CliRun run = CliRun.of("scenario", "--from", "2023-11-17", "--to", "2026-01-15", "--destination", "CN", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"verdict_changes\"", "\"item\" : \"nvidia-h200-sxm-141gb\"");
    }

    @Test
    void a_file_and_dates_together_or_neither_are_bad_input() {
        assertThat(CliRun.of("scenario").status()).isEqualTo(Main.BAD_INPUT);
        assertThat(CliRun.of("scenario", "../scenarios/tpp-2400.yaml", "--from", "2024-01-01", "--to", "2025-01-01")
                .status()).isEqualTo(Main.BAD_INPUT);
        CliRun missing = CliRun.of("scenario", "no-such-scenario.yaml");
        assertThat(missing.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(missing.err()).contains("no-such-scenario.yaml");
    }
}

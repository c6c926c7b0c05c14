package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignCommandTest {

    @TempDir
    Path dir;

    @Test
    void the_written_variant_is_classified_by_classify_as_it_is() throws Exception {
        Path spec = dir.resolve("h100-variant.json");
        CliRun design = CliRun.of("design", "nvidia-h100-sxm5-80gb", "--outcome", "not-controlled", "--as-of",
                "2024-06-01", "--write-spec", spec.toString());
        assertThat(design.status()).as(design.err()).isZero();
        assertThat(design.out()).contains("Reachable: yes", "1% less change", "3A090.b.1");
        assertThat(Files.exists(spec)).isTrue();
        CliRun classify = CliRun.of("classify", spec.toString(), "--as-of", "2024-06-01", "--json");
        assertThat(classify.status()).as(classify.err()).isZero();
        assertThat(classify.out()).contains("\"status\" : \"NOT_CONTROLLED\"");
    }

    @Test
    void json_names_the_binding_rule_with_its_citation() {
        CliRun run = CliRun.of("design", "nvidia-b200", "--outcome", "case-by-case:CN", "--as-of", "2026-12-07", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"reachable\" : true", "\"rule\" : \"742.6-b10-iii-A-1-case-by-case\"",
                "\"cfr\" : \"15 CFR 742.6(b)(10)(iii)(A)(1)\"", "\"new_variant_cannot_meet\" : true",
                "\"performance_kept_percent\"");
    }

    @Test
    void a_bad_outcome_or_knob_is_bad_input() {
        assertThat(CliRun.of("design", "nvidia-b200", "--outcome", "exception:NAC", "--as-of", "2026-12-07").status())
                .isEqualTo(Main.BAD_INPUT);
        CliRun knob = CliRun.of("design", "nvidia-b200", "--outcome", "not-controlled", "--knob", "power");
        assertThat(knob.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(knob.err()).contains("--knob power");
    }

    @Test
    void an_unreachable_outcome_has_no_spec_to_write() {
        CliRun run = CliRun.of("design", "nvidia-h100-sxm5-80gb", "--outcome", "no-license:IR", "--as-of", "2025-04-15",
                "--write-spec", dir.resolve("none.json").toString());
        assertThat(run.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("not reachable");
    }
}

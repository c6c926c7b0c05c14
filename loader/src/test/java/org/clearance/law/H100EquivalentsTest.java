package org.clearance.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.clearance.rulepack.RulePackLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H100EquivalentsTest {

    private static final RulePack PACK = RulePackLoader.bundled();

    @Test
    void one_h100_at_the_reference_tpp_is_one_h100_equivalent_on_every_covered_date() {
        for (LocalDate d : new LocalDate[] {PACK.info().coversFrom(), LocalDate.of(2025, 1, 13), LocalDate.of(2026, 11, 10)}) {
            assertThat(H100Equivalents.of(PACK.at(d), new BigDecimal("15832"))).isEqualByComparingTo("1");
        }
    }

    /** The reason for 15,832 (docs/interpretations.md#h100-equivalent): it reproduces the AI Diffusion figures. */
    @Test
    void the_reported_ai_diffusion_caps_come_out_as_reported() {
        RulePackSnapshot s = PACK.at(LocalDate.of(2025, 1, 13));
        assertThat(H100Equivalents.of(s, new BigDecimal("790000000")).setScale(0, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("49899");
        assertThat(H100Equivalents.of(s, new BigDecimal("26898568"))).isEqualByComparingTo("1699");
    }

    @Test
    void the_catalogs_exact_h100_tpp_is_just_under_one_h100_equivalent() {
        BigDecimal e = H100Equivalents.of(PACK.at(LocalDate.of(2024, 6, 1)), new BigDecimal("15831.2"));
        assertThat(e).isLessThan(BigDecimal.ONE).isGreaterThan(new BigDecimal("0.9999"));
        assertThat(e).isEqualByComparingTo(new BigDecimal("15831.2").divide(new BigDecimal("15832"), java.math.MathContext.DECIMAL64));
    }

    @Test
    void the_reference_carries_its_citation_and_interpretation() {
        DatedValue<BigDecimal> v = H100Equivalents.reference(PACK.at(LocalDate.of(2024, 6, 1)));
        assertThat(v.value()).isEqualByComparingTo("15832");
        assertThat(v.cite().fr()).contains("90 FR 4544");
        assertThat(v.confidence()).isEqualTo(Confidence.SECONDARY);
        assertThat(v.interpretation()).isEqualTo("h100-equivalent");
        assertThat(PACK.interpretation("h100-equivalent")).isPresent();
    }

    @Test
    void a_negative_tpp_is_refused() {
        assertThatThrownBy(() -> H100Equivalents.of(PACK.at(LocalDate.of(2024, 6, 1)), new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_pack_without_the_parameter_says_which_parameter_is_missing(@TempDir Path dir) throws IOException {
        Path source = Path.of("../rulepacks/us-ear");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = dir.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
        Files.delete(dir.resolve("parameters/reference/h100_tpp.yaml"));
        RulePack without = RulePackLoader.load(dir);
        assertThatThrownBy(() -> H100Equivalents.of(without.at(LocalDate.of(2024, 6, 1)), BigDecimal.TEN))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("reference/h100_tpp");
    }
}

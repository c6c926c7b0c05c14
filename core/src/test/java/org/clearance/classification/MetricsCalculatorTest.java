package org.clearance.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricsCalculatorTest {

    private static Throughput t(String precision, int bits, String tops) {
        return new Throughput(precision, bits, new BigDecimal(tops), false);
    }

    private static ItemSpec ic(List<Throughput> throughput, List<Die> dies) {
        return new ItemSpec(null, null, null, List.of(), ItemKind.INTEGRATED_CIRCUIT, true, throughput, null, dies,
                null, null, null, null, null, null);
    }

    @Test
    void tpp_is_exact_decimal_arithmetic_with_the_highest_bit_length_product() {
        Metrics m = MetricsCalculator.compute(ic(List.of(t("FP16", 16, "989.4"), t("FP8", 8, "1978.9")), null),
                TppReading.primary());
        assertThat(m.tpp()).isEqualByComparingTo("15831.2");
        assertThat(m.tppBitLength()).isEqualTo(8);
        assertThat(m.arithmetic().get(Metric.TPP)).contains("1,978.9 × 8 = 15,831.2").contains("→ 15,831.2 (8 bits)");
    }

    @Test
    void the_same_bit_length_twice_in_one_unit_counts_once_at_its_highest_rate() {
        Metrics m = MetricsCalculator.compute(ic(List.of(t("FP8", 8, "100"), t("INT8", 8, "120")), null),
                TppReading.primary());
        assertThat(m.tpp()).isEqualByComparingTo("960");
    }

    @Test
    void performance_density_divides_by_non_planar_logic_area_only() {
        Metrics m = MetricsCalculator.compute(ic(List.of(t("FP16", 16, "100")), List.of(
                new Die(new BigDecimal("300"), true, DieRole.LOGIC),
                new Die(new BigDecimal("100"), true, DieRole.LOGIC),
                new Die(new BigDecimal("500"), false, DieRole.LOGIC),
                new Die(new BigDecimal("900"), true, DieRole.MEMORY))), TppReading.primary());
        assertThat(m.applicableDieArea()).isEqualByComparingTo("400");
        assertThat(m.get(Metric.PERFORMANCE_DENSITY)).isEqualByComparingTo("4");
    }

    @Test
    void a_reading_can_exclude_or_reread_a_precision() {
        ItemSpec spec = ic(List.of(t("TF32", 19, "190"), t("BF16", 16, "190")), null);
        TppReading at32 = new TppReading("tf32-bit-length", "TF32 at 32", TppReading.Aggregation.PER_BIT_LENGTH_SUM,
                Map.of("TF32", Optional.of(32)));
        TppReading excluded = new TppReading("tf32-bit-length", "TF32 not counted", TppReading.Aggregation.PER_BIT_LENGTH_SUM,
                Map.of("TF32", Optional.empty()));
        assertThat(MetricsCalculator.compute(spec, TppReading.primary()).tpp()).isEqualByComparingTo("3610");
        assertThat(MetricsCalculator.compute(spec, at32).tpp()).isEqualByComparingTo("6080");
        assertThat(MetricsCalculator.compute(spec, excluded).tpp()).isEqualByComparingTo("3040");
    }

    @Test
    void hbm_bandwidth_density_is_bandwidth_over_package_area() {
        ItemSpec hbm = new ItemSpec(null, null, null, List.of(), ItemKind.INTEGRATED_CIRCUIT, null, null, null, null,
                null, null, new Hbm(new BigDecimal("1229"), new BigDecimal("121")), null, null, null);
        Metrics m = MetricsCalculator.compute(hbm, TppReading.primary());
        assertThat(m.get(Metric.MEMORY_BANDWIDTH_DENSITY).doubleValue()).isCloseTo(10.157, org.assertj.core.data.Offset.offset(0.001));
        assertThat(m.missing(Metric.TPP).field()).isEqualTo("throughput");
    }
}

package org.clearance.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import org.clearance.rulepack.RulePackLoader;

/** Invariants the law guarantees, checked on generated chips under every version of the pack. */
class ClassificationPropertiesTest {

    private static final Classifier CLASSIFIER = new Classifier(RulePackLoader.bundled(), ItemCatalog.empty());
    private static final List<LocalDate> DATES = List.of(LocalDate.parse("2023-01-01"), LocalDate.parse("2024-06-01"),
            LocalDate.parse("2026-03-01"));

    record Chip(Boolean datacenter, BigDecimal fp16, BigDecimal int8, BigDecimal area, BigDecimal interconnect) {
        ItemSpec spec(BigDecimal throughputFactor, BigDecimal areaFactor) {
            return new ItemSpec(null, null, null, List.of(), ItemKind.INTEGRATED_CIRCUIT, datacenter,
                    List.of(new Throughput("FP16", 16, fp16.multiply(throughputFactor), false),
                            new Throughput("INT8", 8, int8.multiply(throughputFactor), false)),
                    null, List.of(new Die(area.multiply(areaFactor), true, DieRole.LOGIC)), interconnect, null, null,
                    null, null, null);
        }
    }

    @Provide
    Arbitrary<Chip> chips() {
        return Combinators.combine(
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("700")).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1400")).ofScale(2),
                Arbitraries.bigDecimals().between(new BigDecimal("20"), new BigDecimal("3000")).ofScale(1),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1200")).ofScale(0))
                .as(Chip::new);
    }

    /** NOT_CONTROLLED 0 < 3A090.b 1 < 3A090.a 2. */
    private static int level(Classification c) {
        if (c.status() == ClassificationStatus.NOT_CONTROLLED) return 0;
        return "3A090.a".equals(c.eccn()) ? 2 : 1;
    }

    @Property(tries = 300)
    void more_throughput_never_lowers_the_control_level(@ForAll("chips") Chip chip,
            @ForAll @BigRange(min = "1", max = "4") BigDecimal factor) {
        for (LocalDate date : DATES) {
            Classification before = CLASSIFIER.classify(chip.spec(BigDecimal.ONE, BigDecimal.ONE), date);
            Classification after = CLASSIFIER.classify(chip.spec(factor, BigDecimal.ONE), date);
            assertThat(before.status()).isNotEqualTo(ClassificationStatus.INDETERMINATE);
            assertThat(after.status()).isNotEqualTo(ClassificationStatus.INDETERMINATE);
            assertThat(level(after)).as("%s ×%s on %s: %s → %s", chip, factor, date, before.eccn(), after.eccn())
                    .isGreaterThanOrEqualTo(level(before));
        }
    }

    @Property(tries = 300)
    void more_applicable_area_never_raises_performance_density(@ForAll("chips") Chip chip,
            @ForAll @BigRange(min = "1", max = "5") BigDecimal factor) {
        Metrics small = MetricsCalculator.compute(chip.spec(BigDecimal.ONE, BigDecimal.ONE), TppReading.primary());
        Metrics large = MetricsCalculator.compute(chip.spec(BigDecimal.ONE, factor), TppReading.primary());
        assertThat(large.get(Metric.PERFORMANCE_DENSITY)).isLessThanOrEqualTo(small.get(Metric.PERFORMANCE_DENSITY));
    }

    /** Chips placed exactly on, or one hundredth beside, a threshold of 3A090 (TPP or PD). */
    @Provide
    Arbitrary<Chip> edgeChips() {
        Arbitrary<BigDecimal> tpp = Arbitraries.of("1600", "2400", "4800", "2960", "3200").map(BigDecimal::new);
        Arbitrary<BigDecimal> nudge = Arbitraries.of("-0.01", "0", "0.01").map(BigDecimal::new);
        Arbitrary<BigDecimal> pd = Arbitraries.of("1.6", "3.2", "5.92").map(BigDecimal::new);
        return Combinators.combine(Arbitraries.of(Boolean.TRUE, Boolean.FALSE), tpp, nudge, pd, nudge)
                .as((dc, t, dt, p, dp) -> {
                    BigDecimal total = t.add(dt);
                    BigDecimal area = total.divide(p.add(dp), 6, java.math.RoundingMode.HALF_EVEN);
                    // half of the TPP from FP16, half from INT8 at the same TPP, so both bit lengths tie
                    return new Chip(dc, total.divide(new BigDecimal(16), 10, java.math.RoundingMode.HALF_EVEN),
                            total.divide(new BigDecimal(8), 10, java.math.RoundingMode.HALF_EVEN), area,
                            new BigDecimal("600").add(dt.multiply(new BigDecimal("100"))));
                });
    }

    @Property(tries = 400)
    void the_fast_verdict_agrees_with_the_exact_explained_classification_at_the_thresholds(
            @ForAll("edgeChips") Chip chip) {
        for (LocalDate date : DATES) {
            ItemSpec spec = chip.spec(BigDecimal.ONE, BigDecimal.ONE);
            Classification exact = CLASSIFIER.classify(spec, date);
            Classifier.Result fast = CLASSIFIER.verdict(spec, date);
            assertThat(fast.status()).as("%s on %s", chip, date).isEqualTo(exact.status());
            assertThat(fast.eccn()).as("%s on %s", chip, date).isEqualTo(exact.eccn());
        }
    }

    @Property(tries = 200)
    void a_datacenter_flag_never_makes_a_chip_less_controlled_than_a_consumer_one(@ForAll("chips") Chip chip) {
        Chip consumer = new Chip(false, chip.fp16(), chip.int8(), chip.area(), chip.interconnect());
        Chip datacenter = new Chip(true, chip.fp16(), chip.int8(), chip.area(), chip.interconnect());
        LocalDate date = LocalDate.parse("2024-06-01");
        assertThat(level(CLASSIFIER.classify(datacenter.spec(BigDecimal.ONE, BigDecimal.ONE), date)))
                .isGreaterThanOrEqualTo(level(CLASSIFIER.classify(consumer.spec(BigDecimal.ONE, BigDecimal.ONE), date)));
    }
}

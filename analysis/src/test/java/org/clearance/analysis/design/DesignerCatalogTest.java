package org.clearance.analysis.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.clearance.analysis.json.DesignJson;
import org.clearance.app.CheckShipment;
import org.clearance.app.Classify;
import org.clearance.app.RuleData;
import org.clearance.classification.ClassificationStatus;
import org.clearance.classification.ItemSpec;
import org.clearance.classification.Throughput;
import org.clearance.determination.Determination;
import org.clearance.shipment.ShipmentFields;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every catalog chip with dense throughput figures × several outcomes and dates: when the designer says the outcome is
 * reachable, its variant — written to a file and read back as a datasheet — is classified and decided through the
 * application's own use cases (as {@code classify} and {@code check} would) and reaches the outcome, while 1% less
 * change on each knob changed does not. For the single-knob case the 1%-less-change candidate is also rebuilt here,
 * independently of the designer, from the original figures.
 */
class DesignerCatalogTest {

    private static final RuleData DATA = RuleData.bundled();
    private static final Map<String, AtomicInteger> REACHED = new ConcurrentHashMap<>();

    @TempDir
    static Path dir;

    record Case(String goal, String date) {
    }

    private static final List<Case> CASES = List.of(
            new Case("not-controlled", "2023-01-01"),
            new Case("not-controlled", "2024-06-01"),
            new Case("not-controlled", "2026-12-07"),
            new Case("no-license:CN", "2025-06-01"),
            new Case("exception:NAC:CN", "2024-06-01"),
            new Case("case-by-case:CN", "2026-03-01"));

    @TestFactory
    Stream<DynamicTest> every_catalog_chip_reaches_each_outcome_and_one_percent_less_change_does_not() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ItemSpec chip : DATA.catalog().items()) {
            if (chip.throughput() == null || chip.throughput().stream().noneMatch(t -> !t.sparse() && t.tops().signum() > 0)) continue;
            for (Case c : CASES) {
                tests.add(DynamicTest.dynamicTest(chip.id() + " → " + c.goal() + " as of " + c.date(),
                        () -> check(chip, c)));
            }
        }
        return tests.stream();
    }

    @AfterAll
    static void each_outcome_was_reached_for_some_chips() {
        for (Case c : CASES) {
            assertThat(REACHED.getOrDefault(c.goal() + "@" + c.date(), new AtomicInteger()).get())
                    .as("chips that reach %s as of %s", c.goal(), c.date()).isGreaterThan(0);
        }
    }

    private void check(ItemSpec chip, Case c) throws IOException {
        Goal goal = Goal.parse(c.goal());
        LocalDate date = LocalDate.parse(c.date());
        Design d = new Designer(DATA, List.of()).design(chip.id(), goal, date, List.of(), null);
        if (!d.reachable()) {
            assertThat(d.blockedBy()).as("an unreachable outcome names what blocks it").isNotEmpty();
            return;
        }
        REACHED.computeIfAbsent(c.goal() + "@" + c.date(), k -> new AtomicInteger()).incrementAndGet();
        Path file = dir.resolve(chip.id() + "-" + c.goal().replace(':', '_') + "-" + c.date() + ".json");
        Files.writeString(file, DesignJson.variantText(d));
        ClassificationStatus status = new Classify(DATA).classify(file.toString(), date).classification().status();
        if (goal.country() == null) {
            assertThat(status).isEqualTo(ClassificationStatus.NOT_CONTROLLED);
        } else {
            Determination det = new CheckShipment(DATA, List.of()).check(new ShipmentFields(null, file.toString(), null,
                    goal.country(), null, null, null, null, null, null, null, null, null, c.date()),
                    new CheckShipment.Parties.NotScreened("test"), f -> f).determination();
            assertThat(goal.reachedBy(det)).as("the variant, checked as a file, reaches " + c.goal()
                    + ": " + det.verdict() + " " + det.reviewPolicy()).isTrue();
        }
        for (Design.Change ch : d.changes()) {
            if (ch.lessChange() == null) continue;
            assertThat(ch.lessChange().reaches()).as("1% less change on " + ch.knob()).isFalse();
        }
        Design.Change throughput = d.changes().get(0);
        if (goal.country() == null && d.changes().size() == 1 && throughput.lessChange() != null) {
            // rebuilt here: keep 1 − 0.99 × (the change) of every figure, from the original datasheet
            BigDecimal kept = ((BigDecimal) throughput.envelope()).divide((BigDecimal) throughput.original(), MathContext.DECIMAL64);
            BigDecimal less = BigDecimal.ONE.subtract(BigDecimal.ONE.subtract(kept).multiply(new BigDecimal("0.99")));
            ItemSpec rebuilt = scaled(chip, less);
            assertThat(DATA.classifier().classify(rebuilt, date).status())
                    .as("1% less change rebuilt from the original figures").isNotEqualTo(ClassificationStatus.NOT_CONTROLLED);
        }
    }

    static ItemSpec scaled(ItemSpec s, BigDecimal f) {
        List<Throughput> t = s.throughput().stream()
                .map(x -> new Throughput(x.precision(), x.bitLength(), x.tops().multiply(f), x.sparse())).toList();
        return new ItemSpec(s.id(), s.name(), s.vendor(), s.sources(), s.kind(), s.datacenter(), t, null, s.dies(),
                s.interconnectGbS(), s.dramBandwidthGbS(), s.hbm(), s.baseEccn(), null, s.provenance());
    }
}

package org.clearance.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clearance.catalog.Catalog;
import org.clearance.classification.Classification;
import org.clearance.classification.Classifier;
import org.clearance.classification.ItemSpec;
import org.clearance.rulepack.RulePackLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Classification throughput over the whole catalog (63 items) × one date in each of the 9 periods of the rule
 * pack: 567 classifications per invocation. {@code verdict} is metrics plus the threshold tests (what a batch
 * needs); {@code explained} adds every finding with its sentence and citation.
 *
 * <p>Run: {@code ./build.sh -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar Classification}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassificationBenchmark {

    static final int ITEMS = 63;
    static final List<LocalDate> DATES = List.of(LocalDate.parse("2022-10-21"), LocalDate.parse("2023-11-16"),
            LocalDate.parse("2023-11-17"), LocalDate.parse("2024-04-04"), LocalDate.parse("2024-12-02"),
            LocalDate.parse("2025-01-13"), LocalDate.parse("2025-05-13"), LocalDate.parse("2026-01-15"),
            LocalDate.parse("2026-07-10"));

    Classifier classifier;
    List<ItemSpec> items;

    @Setup
    public void setUp() {
        Catalog catalog = Catalog.bundled();
        classifier = new Classifier(RulePackLoader.bundled(), catalog);
        items = catalog.items();
        if (items.size() != ITEMS) throw new IllegalStateException("catalog has " + items.size() + " items");
    }

    @Benchmark
    @OperationsPerInvocation(ITEMS * 9)
    public void verdict(Blackhole bh) {
        for (ItemSpec item : items) {
            for (LocalDate date : DATES) bh.consume(classifier.verdict(item, date));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ITEMS * 9)
    public void explained(Blackhole bh) {
        for (ItemSpec item : items) {
            for (LocalDate date : DATES) {
                Classification c = classifier.classify(item, date);
                bh.consume(c);
            }
        }
    }
}

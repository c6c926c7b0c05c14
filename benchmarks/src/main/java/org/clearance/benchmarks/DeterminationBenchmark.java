package org.clearance.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.clearance.catalog.Catalog;
import org.clearance.classification.Classifier;
import org.clearance.determination.Determiner;
import org.clearance.determination.Shipment;
import org.clearance.law.RulePack;
import org.clearance.rulepack.RulePackLoader;
import org.clearance.shipment.ShipmentBuilder;
import org.clearance.shipment.ShipmentFields;
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
 * Shipment decisions per second on one core, on 10,000 generated shipments ({@link ShipmentLines}, seed fixed):
 * {@code decide} is the batch path (verdict, policy, exceptions, open questions); {@code parseAndDecide} adds
 * building the shipment from its text fields (country names, item ids, dates) as a batch line does. Like a batch,
 * the determiner remembers what it has drawn (place tests per place and period, results per combination of rule
 * results): after the warm-up those memories are full, so this measures a batch's steady state, not a first pass.
 *
 * <p>Run: {@code ./build.sh -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar Determination}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class DeterminationBenchmark {

    static final int LINES = 10_000;

    Determiner determiner;
    ShipmentBuilder builder;
    List<ShipmentFields> fields = new ArrayList<>();
    List<Shipment> shipments = new ArrayList<>();

    @Setup
    public void setUp() throws IOException {
        RulePack pack = RulePackLoader.bundled();
        Catalog catalog = Catalog.bundled();
        determiner = new Determiner(pack, new Classifier(pack, catalog));
        builder = new ShipmentBuilder(determiner.geography(), id -> catalog.find(id).orElseThrow(),
                LocalDate.parse("2026-11-28"), "bench", f -> f);
        Path file = Files.createTempFile("shipments", ".csv");
        ShipmentLines.main(new String[] {String.valueOf(LINES), file.toString()});
        List<String> lines = Files.readAllLines(file);
        Files.delete(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = Arrays.copyOf(line.split(",", -1), 14);
            ShipmentFields f = new ShipmentFields(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10],
                    c[11].isEmpty() ? null : Arrays.asList(c[11].split(";")), c[12], c[13]);
            fields.add(f);
            shipments.add(builder.build(f, Map.of()));
        }
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public void decide(Blackhole bh) {
        for (Shipment s : shipments) bh.consume(determiner.determine(s, List.of(), false));
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public void parseAndDecide(Blackhole bh) {
        for (ShipmentFields f : fields) bh.consume(determiner.determine(builder.build(f, Map.of()), List.of(), false));
    }
}

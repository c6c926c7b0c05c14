package org.clearance.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.clearance.ledger.Ledger;
import org.clearance.ledger.ScreeningService;
import org.clearance.screening.match.Screener;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up cost of screening: {@code loadAndIndex} opens an embedded H2 database holding the shipped lists, reads
 * the latest version of every list and builds the in-memory index (what every CLI command pays before its first
 * query); {@code parseAndIndex} builds the index straight from the shipped files. Single-shot, cold index each time.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar LoadBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
public class LoadBenchmark {

    private Path dir;
    private String url;

    @Setup(Level.Trial)
    public void database() throws Exception {
        dir = Files.createTempDirectory("clearance-bench");
        url = "jdbc:h2:file:" + dir.resolve("clearance").toAbsolutePath();
        try (ScreeningService s = ScreeningService.open(url)) {
            s.versions(); // imports the shipped lists once
        }
    }

    @Benchmark
    public Screener loadAndIndex() {
        try (ScreeningService s = ScreeningService.open(url)) {
            return s.screener();
        }
    }

    @Benchmark
    public Screener parseAndIndex() {
        return BenchData.screener();
    }

    @TearDown(Level.Trial)
    public void remove() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Ledger.defaultUrl();
    }
}

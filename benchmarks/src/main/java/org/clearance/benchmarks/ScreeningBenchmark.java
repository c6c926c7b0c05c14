package org.clearance.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clearance.screening.match.Query;
import org.clearance.screening.match.Screener;
import org.clearance.screening.match.ScreeningResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One name screened against all shipped lists (SDN 2024-05-03, non-SDN consolidated 2025-12, CSL 2023-11 subset,
 * DPL 2022-09: 20,210 entries, ~30,000 indexed names), in process, one thread. {@code typical}: a mix of listed
 * names, listed names with a letter dropped, personal names and company names; {@code noSharedToken}: made-up names
 * that share no token with any list ("Xao Ling"), Watchman's full-scan case. Sample-time mode reports p50 and p99.
 * With {@code cache=0} every query token is expanded afresh (a batch of never-seen names); with the default cache
 * the 4,096 typical queries repeat, so their tokens are expanded once.
 *
 * <pre>./build.sh -pl benchmarks -am package -DskipTests &amp;&amp; java -jar benchmarks/target/benchmarks.jar ScreeningBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
public class ScreeningBenchmark {

    /** Size of the token-expansion cache: 50000 (the default) or 0 (every token expanded afresh). */
    @Param({"50000", "0"})
    public int cache;

    private Screener screener;
    private List<String> typical;
    private List<String> noShared;
    private int i;

    @Setup
    public void setUp() {
        screener = BenchData.screener().expansionCache(cache);
        typical = BenchData.typicalQueries(4096);
        noShared = BenchData.noSharedTokenQueries(1024, screener);
    }

    @Benchmark
    public ScreeningResult typical() {
        return screener.screen(Query.of(typical.get(i++ & 4095)));
    }

    @Benchmark
    public ScreeningResult noSharedToken() {
        return screener.screen(Query.of(noShared.get(i++ & 1023)));
    }
}

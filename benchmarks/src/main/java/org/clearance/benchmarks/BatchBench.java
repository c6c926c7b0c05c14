package org.clearance.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.clearance.screening.match.Query;
import org.clearance.screening.match.Screener;

/**
 * Batch throughput and memory: screens N names (the typical mix of {@link ScreeningBenchmark}) on 1 thread, then on
 * every core, after a warm-up round; prints names per second and the heap in use with the index loaded (after a
 * full GC). Run it under the heap limit to be checked:
 *
 * <pre>java -Xmx256m -cp benchmarks/target/benchmarks.jar org.clearance.benchmarks.BatchBench 50000</pre>
 *
 * With {@code --write-csv FILE N} it writes the same mix as an {@code id,name,country} file for timing the CLI's
 * batch mode end to end.
 */
public final class BatchBench {
    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 3 && args[0].equals("--write-csv")) {
            // The same mix as a parties file for the CLI: ./clearance screen --batch FILE --output results.jsonl
            List<String> names = BenchData.typicalQueries(Integer.parseInt(args[2]));
            StringBuilder sb = new StringBuilder("id,name,country\n");
            for (int i = 0; i < names.size(); i++) {
                sb.append("p").append(i).append(",\"").append(names.get(i).replace("\"", "\"\"")).append("\",")
                        .append(i % 3 == 0 ? "CN" : "").append('\n');
            }
            java.nio.file.Files.writeString(java.nio.file.Path.of(args[1]), sb);
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        long t0 = System.nanoTime();
        Screener screener = BenchData.screener();
        long built = System.nanoTime();
        List<String> names = BenchData.typicalQueries(n);
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "index: %d entries, %d names, built in %d ms (cold JVM, from the files); heap in use after GC: %.1f MB (max %.0f MB)%n",
                screener.entryCount(), screener.nameCount(), (built - t0) / 1_000_000, heap / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
        run(screener, names, 1, "warm-up, 1 thread");
        run(screener, names, 1, "1 thread");
        int cores = Runtime.getRuntime().availableProcessors();
        run(screener, names, cores, cores + " threads");
    }

    private static void run(Screener screener, List<String> names, int threads, String label) {
        AtomicLong hits = new AtomicLong();
        long start = System.nanoTime();
        if (threads == 1) {
            for (String name : names) hits.addAndGet(screener.screen(Query.of(name)).hits().size());
        } else {
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
            pool.submit(() -> IntStream.range(0, names.size()).parallel()
                    .forEach(i -> hits.addAndGet(screener.screen(Query.of(names.get(i))).hits().size()))).join();
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-18s %,d names in %.2f s: %,.0f names/s (%d hits)%n", label, names.size(),
                seconds, names.size() / seconds, hits.get());
    }
}

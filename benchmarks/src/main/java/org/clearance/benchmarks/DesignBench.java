package org.clearance.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.clearance.analysis.design.Designer;
import org.clearance.analysis.design.Goal;
import org.clearance.app.RuleData;
import org.clearance.classification.ItemSpec;

/**
 * The designer's answer time per chip and outcome: every catalog chip with dense throughput × the outcomes below, on
 * one thread, after a warm-up round over the same cases (the pack and catalog loaded once, as in a server); prints
 * the mean, median, 95th percentile and maximum of the wall time of one {@code Designer.design} call (search,
 * verification and the 1%-less-change checks).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.clearance.benchmarks.DesignBench</pre>
 */
public final class DesignBench {

    private static final String[][] CASES = {{"not-controlled", "2024-06-01"}, {"not-controlled", "2026-12-07"},
            {"no-license:CN", "2025-06-01"}, {"exception:NAC:CN", "2024-06-01"}, {"case-by-case:CN", "2026-03-01"}};

    public static void main(String[] args) {
        RuleData data = RuleData.bundled();
        Designer designer = new Designer(data, List.of());
        List<ItemSpec> chips = data.catalog().items().stream()
                .filter(c -> c.throughput() != null && c.throughput().stream().anyMatch(t -> !t.sparse())).toList();
        run(designer, chips);
        double[] ms = run(designer, chips);
        Arrays.sort(ms);
        double mean = Arrays.stream(ms).average().orElse(0);
        System.out.printf(Locale.ROOT, "%d designs (%d chips × %d outcomes): mean %.1f ms, median %.1f ms,"
                        + " p95 %.1f ms, max %.1f ms%n", ms.length, chips.size(), CASES.length, mean, ms[ms.length / 2],
                ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length - 1]);
    }

    private static double[] run(Designer designer, List<ItemSpec> chips) {
        List<Double> out = new ArrayList<>();
        for (ItemSpec chip : chips) {
            for (String[] c : CASES) {
                long t = System.nanoTime();
                designer.design(chip.id(), Goal.parse(c[0]), LocalDate.parse(c[1]), List.of(), null);
                out.add((System.nanoTime() - t) / 1e6);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}

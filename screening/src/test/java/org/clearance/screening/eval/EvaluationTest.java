package org.clearance.screening.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clearance.screening.match.Screener;
import org.junit.jupiter.api.Test;

/**
 * Screening accuracy on the labelled evaluation set, against the committed baseline: a change that lowers the recall
 * of any kind of variant, or raises the false-alert rate of any kind of negative, fails here and shows in review.
 * Results go to target/evaluation/; {@code -Devaluation.record=true} also writes them as the new baseline under
 * src/test/resources/evaluation/ (commit that only when the change is meant).
 */
class EvaluationTest {

    @Test
    void recall_and_false_alerts_are_no_worse_than_the_committed_baseline() throws Exception {
        Screener screener = Evaluation.shippedScreener();
        List<Evaluation.Outcome> outcomes = Evaluation.run(screener, Evaluation.cases());
        Evaluation.write(Path.of("target/evaluation"), "current", outcomes);
        if (Boolean.getBoolean("evaluation.record")) {
            Evaluation.write(Path.of("src/test/resources/evaluation"), "baseline", outcomes);
        }
        Map<String, Evaluation.KindResult> now = Evaluation.summarise(outcomes);
        Map<String, Double> baseline = Evaluation.baseline();
        System.out.print(Evaluation.summaryTsv(now));
        for (Evaluation.KindResult k : now.values()) {
            Double base = baseline.get(k.kind());
            if (base == null) continue;
            if (k.positive()) {
                assertThat(k.rate()).as("recall of %s (baseline %.4f)", k.kind(), base).isGreaterThanOrEqualTo(base - 1e-9);
            } else {
                assertThat(k.rate()).as("false-alert rate of %s (baseline %.4f)", k.kind(), base).isLessThanOrEqualTo(base + 1e-9);
            }
        }
    }
}

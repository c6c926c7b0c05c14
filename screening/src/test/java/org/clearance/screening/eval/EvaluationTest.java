package org.clearance.screening.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clearance.screening.match.Algorithm;
import org.clearance.screening.match.Screener;
import org.clearance.screening.match.ScreeningList;
import org.junit.jupiter.api.Test;

/**
 * Screening accuracy on the labelled evaluation set, against the committed baselines of both parts: a change that
 * lowers the recall of any kind, or raises the false-alert rate of any kind of negative, in the development part or
 * in the held-out part, fails here and shows in review. Results go to target/evaluation/ (the held-out part as a
 * summary only). {@code -Devaluation.record=true} (what {@code scripts/evaluation-report.sh} runs) also writes them as
 * the new baselines under src/test/resources/evaluation/ and the report into docs/screening.md; commit that only when
 * the change is meant, and never one that raises the development part and lowers the held-out one.
 */
class EvaluationTest {

    @Test
    void recall_and_false_alerts_are_no_worse_than_the_committed_baselines_in_either_part() throws Exception {
        List<ScreeningList> lists = Evaluation.shippedLists();
        Screener screener = Screener.build(lists);
        List<Evaluation.Outcome> outcomes = Evaluation.run(screener, lists, Evaluation.cases());
        Evaluation.write(Path.of("target/evaluation"), "current", outcomes);
        Map<String, Evaluation.KindResult> dev = Evaluation.summarise(Evaluation.part(outcomes, EvaluationSplit.Part.DEVELOPMENT));
        Map<String, Evaluation.KindResult> held = Evaluation.summarise(Evaluation.part(outcomes, EvaluationSplit.Part.HELD_OUT));
        if (Boolean.getBoolean("evaluation.record")) {
            Evaluation.write(Path.of("src/test/resources/evaluation"), "baseline", outcomes);
            Path doc = Path.of("../docs/screening.md");
            if (Files.exists(doc)) EvaluationReport.writeInto(doc, EvaluationReport.markdown(Algorithm.NAME, dev, held));
        }
        System.out.print("development\n" + Evaluation.summaryTsv(dev) + "held-out\n" + Evaluation.summaryTsv(held));
        check("development", dev, Evaluation.baseline("baseline-development"));
        check("held-out", held, Evaluation.baseline("baseline-heldout"));
    }

    private static void check(String part, Map<String, Evaluation.KindResult> now, Map<String, Double> baseline) {
        for (Evaluation.KindResult k : now.values()) {
            Double base = baseline.get(k.kind());
            if (base == null) continue;
            if (k.positive()) {
                assertThat(k.rate()).as("%s recall of %s (baseline %.4f)", part, k.kind(), base).isGreaterThanOrEqualTo(base - 1e-9);
            } else {
                assertThat(k.rate()).as("%s false-alert rate of %s (baseline %.4f)", part, k.kind(), base).isLessThanOrEqualTo(base + 1e-9);
            }
        }
    }
}

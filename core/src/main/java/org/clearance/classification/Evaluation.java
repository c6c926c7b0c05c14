package org.clearance.classification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the classifier established about one item before any sentence is written. The explainer turns it
 * into findings; the hot path ({@link Classifier#verdict}) reads only the status. {@code aggregateTpp} is computed
 * only when explaining.
 */
record Evaluation(ItemSpec spec, LocalDate asOf, Plan plan, Facts facts, Verdict primary,
                  List<Alternative> alternatives, List<Contained> contained, ClassificationStatus status,
                  String eccn, String icEccn, ZParagraphRule zRule, String zParagraph, List<String> assumptions,
                  BigDecimal aggregateTpp) {

    /** The answer under a contested reading of the TPP notes that gives a different figure. */
    record Alternative(TppReading reading, Facts facts, Verdict verdict, boolean changesAnswer) {
    }

    /** An item inside a system, with how many and its own evaluation. */
    record Contained(String ref, int count, Evaluation evaluation) {
    }

    /** The item's own metric, or for a system the highest among what it contains; NaN when any is unknown. */
    double icMax(Metric metric) {
        if (!spec.kind().isSystem()) return facts.value(metric);
        if (contained.isEmpty()) return Double.NaN;
        double max = Double.NEGATIVE_INFINITY;
        for (Contained c : contained) {
            double v = c.evaluation().icMax(metric);
            if (Double.isNaN(v)) return Double.NaN;
            max = Math.max(max, v);
        }
        return max;
    }

    boolean readingChangesAnswer() {
        return alternatives.stream().anyMatch(Alternative::changesAnswer);
    }
}

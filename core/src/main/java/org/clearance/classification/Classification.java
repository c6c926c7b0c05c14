package org.clearance.classification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clearance.decision.Finding;
import org.clearance.law.Citation;
import org.clearance.law.NotEvaluated;
import org.clearance.law.PackInfo;

/**
 * The answer to a classification question, explained: the status, the paragraph and every sub-paragraph met, the
 * metrics with their arithmetic, one finding per rule considered, the citations, and what was not evaluated.
 *
 * @param missing       the inputs (specification fields, or {@code interpretation:<id>}) that would settle an
 *                      INDETERMINATE answer
 * @param aggregateTpp  for a system, Σ count × TPP of what it contains (null when any is unknown); for an IC its TPP
 */
public record Classification(ItemSpec item, LocalDate asOf, PackInfo pack, ClassificationStatus status,
                             String eccn, List<String> paragraphs, String zParagraph, List<String> missing,
                             Metrics metrics, List<TppAlternative> tppAlternatives, List<Finding> findings,
                             List<Citation> citations, List<NotEvaluated> notEvaluated, List<String> warnings,
                             List<String> assumptions, List<ContainedResult> contains, BigDecimal aggregateTpp) {

    /** TPP under a contested reading that gives a different figure, and the answer it leads to. */
    public record TppAlternative(String interpretation, String reading, BigDecimal tpp, BigDecimal performanceDensity,
                                 ClassificationStatus status, String eccn, boolean changesAnswer) {
    }

    /** An item inside a system, how many, and its own classification. */
    public record ContainedResult(String ref, int count, Classification classification) {
    }

    /** The item's own metric, or for a system the highest among what it contains; null when any is unknown. */
    public BigDecimal icMetric(Metric metric) {
        if (!item.kind().isSystem()) return metrics.get(metric);
        if (contains.isEmpty()) return null;
        BigDecimal max = null;
        for (ContainedResult r : contains) {
            BigDecimal v = r.classification().icMetric(metric);
            if (v == null) return null;
            max = max == null ? v : max.max(v);
        }
        return max;
    }

    /** Whether any finding that bears on the answer rests on a fact the pack flags as UNCONFIRMED. */
    public boolean reliesOnUnconfirmed() {
        return findings.stream().anyMatch(f -> f.confidence().isFlagged()
                && f.outcome() != org.clearance.decision.Outcome.NOT_IN_FORCE);
    }
}

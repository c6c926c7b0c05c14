package org.clearance.analysis.design;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clearance.classification.Classification;
import org.clearance.classification.ItemSpec;
import org.clearance.determination.Determination;
import org.clearance.law.Citation;
import org.clearance.law.NotEvaluated;

/**
 * What a variant must give up to reach an outcome: the envelope (the least change that reaches it), the rules that
 * set it, the variant re-classified and re-decided, and what no figure can give.
 *
 * @param variant      the envelope's specification (null when not reachable)
 * @param performanceKept percent of the original kept: {@code tpp}, then each precision's dense throughput
 * @param verification the variant (or, when not reachable, the most changed candidate) classified
 * @param decision     and decided for a destination outcome (else null)
 */
public record Design(String item, ItemSpec original, Goal goal, LocalDate asOf, List<Knob> knobs, boolean reachable,
                     ItemSpec variant, List<Change> changes, Map<String, BigDecimal> performanceKept,
                     List<Binding> binding, Classification verification, Determination decision,
                     List<Condition> conditions, List<Blocker> blockedBy, List<NotEvaluated> notEvaluated,
                     List<String> notes, String objective, int evaluations) {

    /**
     * One knob: its original figure, the envelope's, the percent kept, and the check that 1% less change (the figure
     * moved back towards the original by 1% of the change) no longer reaches the outcome.
     */
    public record Change(Knob knob, String unit, Object original, Object envelope, BigDecimal percentKept,
                         LessChange lessChange) {
    }

    /** The candidate with 1% less change on one knob: its figure, whether it reaches, and the answer it gets. */
    public record LessChange(Object value, boolean reaches, String answer) {
    }

    /**
     * A rule whose finding changes between the envelope and 1% less change on a knob: it sets the envelope.
     * {@code atLessChange}: by knob, the rule's finding at 1% less change on that knob.
     */
    public record Binding(String rule, Citation citation, Map<String, String> atLessChange) {
    }

    /** What the outcome still requires that no figure gives; {@code newVariantCannotMeet} with its reason. */
    public record Condition(String id, String text, String rule, boolean newVariantCannotMeet, String note) {
    }

    /** A rule that keeps the outcome out of reach, at the most changed candidate the knobs allow. */
    public record Blocker(String rule, Citation citation, String why) {
    }
}

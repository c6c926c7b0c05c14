package org.clearance.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clearance.decision.Tri;

/**
 * The outcome of the threshold tests for one item under one reading, before any sentence is written: the
 * status, the paragraph classified in, every paragraph met, and the three-valued result of each rule of the plan.
 *
 * @param icEccn for a system, the 3A090 paragraph its contained ICs meet (what 4A090 and .z turn on); for an IC,
 *               its own paragraph
 */
record Verdict(ClassificationStatus status, String eccn, String icEccn, List<String> paragraphs,
               Tri[] paragraphRaw, Tri[] paragraphEffective, Tri[] exclusions, Tri[] systems) {

    static Verdict decide(List<String> eccns, Tri[] effective, List<String> ids, List<String> icEccns,
                          Tri[] raw, Tri[] exclusions, Tri[] systems) {
        // eccns are sorted so that the most restrictive paragraph (.a) comes first
        int best = -1;
        for (int i = 0; i < effective.length && best < 0; i++) {
            if (effective[i] == Tri.TRUE) best = i;
        }
        boolean anyUnknown = false;
        boolean moreRestrictiveUnknown = false;
        List<String> met = List.of();
        for (int i = 0; i < effective.length; i++) {
            if (effective[i] == Tri.TRUE) {
                if (met.isEmpty()) met = new ArrayList<>(2);
                met.add(ids.get(i));
            }
            if (effective[i] == Tri.UNKNOWN) {
                anyUnknown = true;
                if (best >= 0 && i < best && !eccns.get(i).equals(eccns.get(best))) moreRestrictiveUnknown = true;
            }
        }
        met = met.isEmpty() ? met : java.util.Collections.unmodifiableList(met);
        if (best >= 0 && !moreRestrictiveUnknown) {
            return new Verdict(ClassificationStatus.CONTROLLED, eccns.get(best), icEccns.get(best), met,
                    raw, effective, exclusions, systems);
        }
        // controlled for sure but not settled between paragraphs, or undetermined, or not described at all
        ClassificationStatus status = best >= 0 || anyUnknown ? ClassificationStatus.INDETERMINATE
                : ClassificationStatus.NOT_CONTROLLED;
        return new Verdict(status, null, null, met, raw, effective, exclusions, systems);
    }

    /** Whether two verdicts give the same answer (status and paragraph). */
    boolean sameAnswer(Verdict other) {
        return status == other.status && Objects.equals(eccn, other.eccn);
    }
}

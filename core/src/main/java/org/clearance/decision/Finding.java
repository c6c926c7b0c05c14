package org.clearance.decision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clearance.law.Citation;
import org.clearance.law.Confidence;

/**
 * One rule considered in an answer: its id, what it did, a sentence with the numbers in it, the citation, and
 * the inputs it used, so that anyone can replay the decision.
 *
 * @param interpretation the docs/interpretations.md anchor of a chosen reading the finding rests on, or null
 */
public record Finding(String rule, Outcome outcome, String detail, Citation citation, Map<String, Object> inputs,
                     Confidence confidence, String interpretation) {

    public Finding {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    public static Finding of(String rule, Outcome outcome, String detail, Citation citation) {
        return new Finding(rule, outcome, detail, citation, Map.of(), Confidence.PRIMARY, null);
    }
}

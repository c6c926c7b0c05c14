package org.clearance.law;

import java.util.List;

/**
 * A reading of the law that had to be chosen (an ambiguous note, a contested bit length). The primary reading is
 * what the engine applies; the alternatives are computed and shown, and an answer that depends on the choice is
 * INDETERMINATE. Reasoning and sources live in docs/interpretations.md at {@code doc}.
 */
public record Interpretation(String id, String question, String doc, String primary, List<String> alternatives) {

    public Interpretation {
        alternatives = List.copyOf(alternatives);
    }
}

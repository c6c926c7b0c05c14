package org.clearance.screening.match;

import java.util.List;
import org.clearance.screening.name.NormalizedName;

/** The answer to one query: the forms the name was compared in, the hits at or above their thresholds, best first. */
public record ScreeningResult(Query query, List<NormalizedName> forms, String algorithm, List<ScreeningHit> hits) {
    public ScreeningResult {
        forms = List.copyOf(forms);
        hits = List.copyOf(hits);
    }
}

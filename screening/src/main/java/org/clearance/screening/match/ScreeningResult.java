package org.clearance.screening.match;

import java.util.List;
import org.clearance.screening.name.NormalizedName;

/**
 * The answer to one query: the forms the name was compared in, the hits at or above their thresholds, best first, and
 * the hits the caller asked to suppress (adjudicated as not the party), removed before the best were chosen.
 */
public record ScreeningResult(Query query, List<NormalizedName> forms, String algorithm, List<ScreeningHit> hits,
                              List<ScreeningHit> suppressed) {
    public ScreeningResult {
        forms = List.copyOf(forms);
        hits = List.copyOf(hits);
        suppressed = List.copyOf(suppressed);
    }

    public ScreeningResult(Query query, List<NormalizedName> forms, String algorithm, List<ScreeningHit> hits) {
        this(query, forms, algorithm, hits, List.of());
    }
}

package org.clearance.ownership;

import java.math.BigDecimal;
import java.util.List;
import org.clearance.decision.Tri;
import org.clearance.determination.OwnershipRule;

/**
 * What one ownership rule says of one screened party on one date: caught ({@code TRUE}), not ({@code FALSE}), or
 * undecided ({@code UNKNOWN}: a share is a range or not stated, or a link is only possible), the share held by the
 * rule's listed persons (a range), the listed owners it reaches with their paths, and the questions that would settle
 * an undecided answer.
 *
 * @param hasData whether the ownership data holds the party at all
 * @param notes   sentences for the answer (e.g. that a US-located party is not caught by the rule)
 */
public record OwnershipFinding(OwnershipRule rule, boolean hasData, Tri caught, BigDecimal low, BigDecimal high,
                               List<Hit> hits, List<String> questions, List<String> notes) {

    public OwnershipFinding {
        hits = List.copyOf(hits);
        questions = List.copyOf(questions);
        notes = List.copyOf(notes);
    }

    /**
     * A listed owner from which the screened party is reached: each path is a list of holdings from the listed owner
     * down to the screened party. {@code score} is the weakest link's; {@code definite} when every link on the
     * strongest path is a reference, an id or an exact name and every entity on it is caught without doubt;
     * {@code proven} when, besides, the screened party is linked by its party id and the owner by a list reference.
     */
    public record Hit(ListedOwner owner, String matchedName, List<List<SourcedHolding>> paths, double score,
                      boolean definite, boolean proven) {
        public Hit {
            paths = paths.stream().map(List::copyOf).toList();
        }
    }
}

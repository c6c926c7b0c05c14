package org.clearance.screening.match;

import java.util.List;
import org.clearance.screening.list.Alias;
import org.clearance.screening.list.ListCode;
import org.clearance.screening.list.ListEntry;

/**
 * A list entry that a query matched: the entry as listed (with its license requirement and policy, Federal Register
 * citation, footnotes, addresses, programs), the list version it came from, the name that matched (always named),
 * the score and the features that make it up, and the threshold it was held against.
 */
public record ScreeningHit(ListEntry entry, ListVersionRef version, Alias matched, double score,
                           List<FeatureScore> features, double threshold) {
    public ScreeningHit {
        features = List.copyOf(features);
    }

    public ListCode list() {
        return entry.list();
    }

    public String entityId() {
        return entry.entityId();
    }

    public String matchedName() {
        return matched.name();
    }

    /** An SDN or Denied Persons hit: the party is blocked or denied outright. */
    public boolean blocked() {
        return entry.blocked();
    }
}

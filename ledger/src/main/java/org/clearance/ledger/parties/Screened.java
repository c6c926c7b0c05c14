package org.clearance.ledger.parties;

import java.util.List;
import org.clearance.screening.match.ScreeningResult;

/**
 * One screening of a kept party: the party's id, the raw result (query forms, algorithm), the hits with their
 * adjudication state (best first; adjudicated matches the name no longer reaches last) and the pairs left out as
 * adjudicated no-matches.
 */
public record Screened(PartyQuery query, String partyId, ScreeningResult result, List<ScreenedHit> hits,
                       List<ScreenedHit> suppressed) {
    public Screened {
        hits = List.copyOf(hits);
        suppressed = List.copyOf(suppressed);
    }
}

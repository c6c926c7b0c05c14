package org.clearance.ledger.parties;

import org.clearance.screening.list.ListCode;
import org.clearance.screening.list.ListEntry;
import org.clearance.screening.match.ListVersionRef;
import org.clearance.screening.match.ScreeningHit;

/**
 * A listed party a kept party's screening found, with the officers' decision in force on the pair.
 *
 * @param screening    the scored hit; null for a pair adjudicated a match whose name no longer reaches the threshold
 *                     (a match is final for the party, so it is still reported)
 * @param adjudication the latest decision on the pair, or null
 * @param entryChanged the decision is a no-match taken when the listing read otherwise: it has lapsed
 * @param listingHash  the listing's content hash now ({@link org.clearance.screening.match.Screener#listingHash})
 */
public record ScreenedHit(ListEntry entry, ListVersionRef version, ScreeningHit screening, Adjudication adjudication,
                       boolean entryChanged, String listingHash) {

    public ListCode list() {
        return entry.list();
    }

    public String entityId() {
        return entry.entityId();
    }

    public String key() {
        return list().code() + "/" + entityId();
    }

    /** The score, or null when the pair was adjudicated a match and the name scored below the threshold. */
    public Double score() {
        return screening == null ? null : screening.score();
    }

    public String matchedName() {
        return screening == null ? entry.name() : screening.matchedName();
    }

    public boolean blocked() {
        return entry.blocked();
    }

    /** {@code match}, {@code no-match}, or null while nobody has decided (or a no-match lapsed). */
    public String state() {
        if (adjudication == null) return null;
        if (adjudication.decision() == Adjudication.Decision.MATCH) return "match";
        return entryChanged ? null : "no-match";
    }
}

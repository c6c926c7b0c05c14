package org.clearance.ledger.parties;

/** A hit kept from a party's latest screening: which listed entry, in which version, with what content and score. */
public record StoredHit(String partyId, String list, String entityId, long versionId, String entryHash, String entryName,
                        String matchedName, double score) {

    /** The listed party, as {@link org.clearance.screening.match.Screener#listingKey} names it. */
    public String key() {
        return org.clearance.screening.match.Screener.listingKey(new org.clearance.screening.list.ListCode(list), entityId);
    }
}

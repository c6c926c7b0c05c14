package org.clearance.ledger.parties;

/** A hit kept from a party's latest screening: which listed entry, in which version, with what content and score. */
public record StoredHit(String partyId, String list, String entityId, long versionId, String entryHash, String entryName,
                        String matchedName, double score) {

    public String pairKey() {
        return Adjudication.pairKey(partyId, list, entityId);
    }
}

package org.clearance.ledger.parties;

import org.clearance.screening.list.EntityType;

/**
 * A party to screen and keep: the id the user gave (or null, to derive one from the name and country), the name, an
 * ISO country code or null, what it is, and a threshold overriding the configured ones (or null).
 */
public record PartyQuery(String id, String name, String country, EntityType type, Double threshold) {

    public PartyQuery {
        if (id != null && id.isBlank()) id = null;
        if (id != null) id = id.strip();
        if (type == null) type = EntityType.UNKNOWN;
    }

    public String partyId() {
        return id != null ? id : Party.derivedId(name, country);
    }
}

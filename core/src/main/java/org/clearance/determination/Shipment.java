package org.clearance.determination;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.clearance.classification.ItemSpec;
import org.clearance.geography.Country;

/**
 * A shipment as the officer describes it. {@code endUses} is null when no end use was declared (the answer then
 * assumes none applies and asks about each that would change it); {@code exportFrom} null means the United States.
 */
public record Shipment(String id, ItemSpec item, int quantity, Country destination, Party endUser, Party consignee,
                       Party purchaser, Set<EndUse> endUses, Country exportFrom, LocalDate date,
                       Map<PartyRole, List<PartyHit>> hits) {

    public Shipment {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(date, "date");
        if (quantity <= 0) throw new IllegalArgumentException("quantity must be positive");
        endUser = endUser == null ? Party.unnamed() : endUser;
        consignee = consignee == null ? Party.unnamed() : consignee;
        purchaser = purchaser == null ? Party.unnamed() : purchaser;
        endUses = endUses == null ? null : Set.copyOf(endUses);
        hits = hits == null ? Map.of() : Map.copyOf(hits);
    }

    /** The same shipment with the parties' restricted-list hits. */
    public Shipment withHits(Map<PartyRole, List<PartyHit>> partyHits) {
        return new Shipment(id, item, quantity, destination, endUser, consignee, purchaser, endUses, exportFrom, date,
                partyHits);
    }

    public List<PartyHit> hits(PartyRole role) {
        return hits.getOrDefault(role, List.of());
    }
}

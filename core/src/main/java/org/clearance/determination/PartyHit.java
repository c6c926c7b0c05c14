package org.clearance.determination;

import java.math.BigDecimal;
import java.util.List;

/**
 * A restricted-list hit on a party, as the screening capability hands it to the determination.
 *
 * @param list               list code: SDN, EL (Entity List), DPL, MEU, UVL, …
 * @param licenseRequirement the Entity List entry's license requirement text
 * @param licensePolicy      the entry's license review policy text
 * @param footnotes          Entity List footnote numbers (4 brings the foreign direct product rule of §734.9(e)(2))
 * @param blocked            an SDN or Denied Persons hit: no license can authorise dealing with the party
 * @param adjudicated        {@code match}, {@code no-match}, or null when nobody has decided yet
 */
public record PartyHit(String list, String entityId, String matchedName, BigDecimal score, String listVersion,
                       String licenseRequirement, String licensePolicy, String frCitation, List<Integer> footnotes,
                       boolean blocked, String adjudicated) {

    public PartyHit {
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
    }

    public boolean isMatch() {
        return "match".equals(adjudicated);
    }

    public boolean isNoMatch() {
        return "no-match".equals(adjudicated);
    }

    public String label() {
        return list + ":" + entityId + " (" + matchedName + ")";
    }
}

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
 * @param basis              {@code name} (the party's name matched the entry) or {@code ownership} (the entry's party
 *                           owns the party, under the ownership rule {@code rule}: docs/ownership.md)
 * @param definite           for an ownership hit: caught, every link a reference, an id or an exact name, every share deciding
 * @param proven             for an ownership hit: definite, and the party linked by its party id and each listed owner by
 *                           a list reference (what the OFAC rule needs for PROHIBITED)
 * @param percent            for an ownership hit: the share held by the persons the rule counts (its low end)
 * @param via                for an ownership hit: the chain of holdings, as a sentence
 */
public record PartyHit(String list, String entityId, String matchedName, BigDecimal score, String listVersion,
                       String licenseRequirement, String licensePolicy, String frCitation, List<Integer> footnotes,
                       boolean blocked, String adjudicated, String basis, String rule, boolean definite,
                       boolean proven, BigDecimal percent, String via) {

    public static final String NAME = "name";
    public static final String OWNERSHIP = "ownership";

    public PartyHit {
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        basis = basis == null ? NAME : basis;
    }

    /** A name hit. */
    public PartyHit(String list, String entityId, String matchedName, BigDecimal score, String listVersion,
                    String licenseRequirement, String licensePolicy, String frCitation, List<Integer> footnotes,
                    boolean blocked, String adjudicated) {
        this(list, entityId, matchedName, score, listVersion, licenseRequirement, licensePolicy, frCitation, footnotes,
                blocked, adjudicated, NAME, null, true, true, null, null);
    }

    public boolean isOwnership() {
        return OWNERSHIP.equals(basis);
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

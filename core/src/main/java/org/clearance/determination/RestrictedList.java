package org.clearance.determination;

import java.util.Map;
import org.clearance.law.Citation;
import org.clearance.law.Confidence;

/**
 * What a hit on a restricted list does to a shipment, as the rule pack states it ({@code restricted_lists} in
 * pack.yaml), with its citation.
 *
 * @param effect         {@link Effect}
 * @param policy         the review policy for {@link Effect#LICENSE}; null otherwise
 * @param note           a sentence added to the finding (e.g. that no license exception applies)
 * @param footnotes      what an entry's footnote number brings (4: the foreign direct product rule)
 * @param interpretation the id of the reading in docs/interpretations.md, or null
 */
public record RestrictedList(String code, String name, Effect effect, ReviewPolicy policy, String note,
                             Map<Integer, String> footnotes, Citation cite, Confidence confidence,
                             String interpretation) {

    /** What a hit on the list does while it counts (not adjudicated a no-match). */
    public enum Effect {
        /** The entry's own license requirement and review policy apply (the Entity List). */
        ENTRY,
        /** A license is required under the list's review policy (the Military End-User List). */
        LICENSE,
        /** No license can authorise the transaction: held until adjudicated, PROHIBITED once a match. */
        BLOCKED,
        /** What the listing requires is not encoded: a person reviews it. */
        REVIEW
    }

    public RestrictedList {
        footnotes = footnotes == null ? Map.of() : Map.copyOf(footnotes);
    }

    /** A list the pack does not describe: reviewed by a person. */
    static RestrictedList unknown(String code) {
        return new RestrictedList(code, "restricted list " + code, Effect.REVIEW, null, null, Map.of(),
                new Citation("restricted list " + code + " (not described in the rule pack)", null, null),
                Confidence.PRIMARY, null);
    }
}

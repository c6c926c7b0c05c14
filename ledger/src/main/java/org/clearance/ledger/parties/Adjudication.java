package org.clearance.ledger.parties;

import java.time.Instant;
import java.util.Locale;

/**
 * An officer's decision that a party is, or is not, a listed entry: who, when, why, and the listed entry's content
 * hash at the time. A no-match suppresses the pair until the listing changes; a match is final for the party. A
 * decision that needed a second officer (four eyes) names the approved request and who approved it ({@code decidedBy}
 * is who asked for it); both are null for a decision that took one step.
 */
public record Adjudication(long id, String partyId, String list, String entityId, Decision decision, String reason,
                           String decidedBy, Instant decidedAt, String entryHash, String entryName, long versionId,
                           Long requestId, String approvedBy) {

    public enum Decision {
        MATCH("match"), NO_MATCH("no-match");

        private final String code;

        Decision(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Decision of(String code) {
            for (Decision d : values()) if (d.code.equals(code == null ? "" : code.strip().toLowerCase(Locale.ROOT))) return d;
            throw new IllegalArgumentException("unknown decision '" + code + "': expected match or no-match");
        }
    }

    /** "EL:e610a2b6a9a3". */
    public String entry() {
        return list + ":" + entityId;
    }

    /** The (party, listed entry) pair the decision is about. */
    public String pairKey() {
        return partyId + "\u001f" + list + "\u001f" + entityId;
    }
}

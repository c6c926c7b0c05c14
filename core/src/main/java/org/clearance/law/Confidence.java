package org.clearance.law;

/**
 * How firmly a dated fact is established, following the tags of the project's regulatory reference
 * (regulations.md and regulations-verify.md, which wins where the two differ).
 */
public enum Confidence {
    /** Read in a primary text: Federal Register, eCFR with a recorded date, bis.gov. */
    PRIMARY,
    /** Primary text quoted verbatim by a secondary document that names its source. */
    QUOTED,
    /** A secondary source only: law-firm alert, news report. */
    SECONDARY,
    /** Reconstructed or inferred from other facts (e.g. a country group list rolled back from a later one); flagged. */
    INFERRED,
    /** Nothing read establishes it; encoded because the engine needs a value, and flagged in every answer. */
    UNCONFIRMED;

    public boolean isFlagged() {
        return this == UNCONFIRMED || this == INFERRED;
    }
}

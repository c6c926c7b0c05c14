package org.clearance.screening.match;

/**
 * The scoring algorithm's stable name. Any change that can move a score (weights, tables, normalisation) gets a new
 * version, so a stored screening result can always say which arithmetic produced it.
 */
public final class Algorithm {
    public static final String NAME = "clearance-name-v1";

    /** Feature weights of {@value #NAME}. */
    static final double NAME_SIMILARITY = 0.4;
    static final double RARE_TOKEN_WEIGHTING = 0.6;
    static final double COUNTRY_AGREES = 0.02;
    static final double COUNTRY_CONFLICTS = -0.06;
    static final double TYPE_CONFLICTS = -0.15;
    static final double WEAK_ALIAS = -0.05;
    static final double NUMBERS_DISAGREE = -0.25;
    static final double QUERY_NUMBER_UNMATCHED = -0.10;

    private Algorithm() {
    }
}

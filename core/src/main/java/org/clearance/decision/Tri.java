package org.clearance.decision;

/** Kleene's three-valued logic: a test on a missing input is UNKNOWN, not false. */
public enum Tri {
    TRUE, FALSE, UNKNOWN;

    public static Tri of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public Tri and(Tri other) {
        if (this == FALSE || other == FALSE) return FALSE;
        if (this == UNKNOWN || other == UNKNOWN) return UNKNOWN;
        return TRUE;
    }

    public Tri or(Tri other) {
        if (this == TRUE || other == TRUE) return TRUE;
        if (this == UNKNOWN || other == UNKNOWN) return UNKNOWN;
        return FALSE;
    }

    public Tri not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }

    public Outcome outcome() {
        return switch (this) {
            case TRUE -> Outcome.APPLIES;
            case FALSE -> Outcome.DOES_NOT_APPLY;
            case UNKNOWN -> Outcome.UNDETERMINED;
        };
    }
}

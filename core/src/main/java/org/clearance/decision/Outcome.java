package org.clearance.decision;

/** What a rule did on the facts of one answer. */
public enum Outcome {
    APPLIES,
    DOES_NOT_APPLY,
    /** Not in force on the date: not yet, repealed, stayed or not enforced; the detail says which. */
    NOT_IN_FORCE,
    /** The inputs or the law do not settle it; the answer names what is missing. */
    UNDETERMINED
}

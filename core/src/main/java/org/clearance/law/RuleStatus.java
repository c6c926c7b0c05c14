package org.clearance.law;

/**
 * The legal state of a rule on a date. Rules that were stayed, repealed or never enforced stay replayable.
 */
public enum RuleStatus {
    /** The rule binds. */
    IN_FORCE,
    /** The rule was published but its operation is suspended (e.g. the Affiliates rule, 2025-11-10 to 2026-11-09). */
    STAYED,
    /** The rule stands in the regulations but the agency announced it will not enforce it (the AI Diffusion rule from 2025-05-13). */
    NOT_ENFORCED,
    /** The rule was removed or superseded. */
    REPEALED;

    public boolean binds() {
        return this == IN_FORCE;
    }
}

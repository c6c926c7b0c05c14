package org.clearance.determination;

import org.clearance.decision.Tri;
import org.clearance.law.Rule;

/**
 * A company-specific or internal rule laid over the public ones: an "is-informed" letter, a license condition, an
 * internal policy. Its effect comes from a closed set that only tightens; its condition is written by the company
 * (in CEL, read by the loader) over {@link OverlayInput}.
 */
public interface Overlay extends Rule {

    OverlayEffect effect();

    /** TRUE when the overlay's condition holds; UNKNOWN when an input it reads is missing or it cannot be evaluated. */
    Tri test(OverlayInput input);

    /** Why it is UNKNOWN, when it is (the input that was missing). */
    String lastProblem(OverlayInput input);
}

package org.clearance.determination;

/** What an overlay may do: only tighten. */
public sealed interface OverlayEffect {

    /** Require a license, under the given review policy if any. */
    record RequireLicense(ReviewPolicy policy) implements OverlayEffect {
    }

    /** Make the review policy at least this strict. */
    record SetReviewPolicy(ReviewPolicy policy) implements OverlayEffect {
    }

    /** Hold the shipment until a person has reviewed it. */
    record HoldForReview() implements OverlayEffect {
    }

    default String describe() {
        return switch (this) {
            case RequireLicense r -> "requires a license" + (r.policy() != null ? " (" + r.policy() + ")" : "");
            case SetReviewPolicy s -> "sets the review policy to at least " + s.policy();
            case HoldForReview h -> "holds the shipment for review";
        };
    }
}

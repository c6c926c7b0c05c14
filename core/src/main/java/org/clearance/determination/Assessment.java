package org.clearance.determination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearance.decision.Tri;
import org.clearance.law.Citation;

/**
 * Every rule's three-valued result on one shipment, before the verdict is drawn: the license requirements (from the
 * pack, restricted-list hits and overlays), the review policies, the license exceptions, the holds and the
 * prohibitions.
 */
final class Assessment {

    /** Where a license requirement comes from; only the first two can be overcome by NAC, ACA or HBM. */
    enum Source { RS_LICENSE, HEADQUARTERS, EMBARGO, END_USE, LISTED_PARTY, OVERLAY }

    /** {@code when} is the rule's condition (null for hits and overlays), kept to explain an undetermined result. */
    record Requirement(String id, Source source, Tri tri, ReviewPolicy policy, String reason, Citation cite,
                       ShipmentCondition when) {
        boolean exceptionEligible() {
            return source == Source.RS_LICENSE || source == Source.HEADQUARTERS;
        }

        boolean rsPolicyApplies() {
            return exceptionEligible();
        }
    }

    final ShipmentFacts facts;
    final List<Requirement> requirements = new ArrayList<>();
    final Map<DeterminationRule.Policy, Tri> policies = new LinkedHashMap<>();
    final Map<DeterminationRule.Exception, Tri> exceptions = new LinkedHashMap<>();
    final List<String> questions = new ArrayList<>();
    final List<String> holds = new ArrayList<>();
    final List<String> prohibitions = new ArrayList<>();
    /** Overlays that set a stricter review policy, with their result. */
    final Map<String, ReviewPolicy> policyFloors = new LinkedHashMap<>();
    final Map<String, Tri> policyFloorTris = new LinkedHashMap<>();
    /** Each overlay binding on the date, with its test's result (evaluated once per shipment). */
    final Map<Overlay, Tri> overlayResults = new java.util.IdentityHashMap<>();

    /** {@link Outcome}'s RS policy for this assessment, once computed (it asks again for each end use). */
    Outcome.RsPolicy rsPolicy;

    Assessment(ShipmentFacts facts) {
        this.facts = facts;
    }
}

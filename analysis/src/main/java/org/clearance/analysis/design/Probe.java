package org.clearance.analysis.design;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.classification.Classification;
import org.clearance.classification.Classifier;
import org.clearance.classification.ItemSpec;
import org.clearance.determination.Determination;
import org.clearance.determination.Determiner;
import org.clearance.determination.Overlay;
import org.clearance.determination.Shipment;
import org.clearance.geography.Country;

/**
 * Asks the real classifier and determiner whether a candidate reaches the goal: the search knows no threshold, it
 * only asks. A destination goal is a shipment of one unit exported from the United States to an end user located
 * and headquartered in the destination, with no controlled end use declared.
 */
final class Probe {

    private final Classifier classifier;
    private final Determiner determiner;
    private final Goal goal;
    private final Country destination;
    private final LocalDate date;
    private final List<Overlay> overlays;
    private int evaluations;

    Probe(Classifier classifier, Determiner determiner, Goal goal, Country destination, LocalDate date,
          List<Overlay> overlays) {
        this.classifier = classifier;
        this.determiner = determiner;
        this.goal = goal;
        this.destination = destination;
        this.date = date;
        this.overlays = List.copyOf(overlays);
    }

    boolean reaches(ItemSpec spec) {
        evaluations++;
        if (destination == null) return goal.reachedBy(classifier.verdict(spec, date).status());
        return goal.reachedBy(determiner.determine(shipment(spec, Set.of()), overlays, false));
    }

    /** The explained classification of a candidate. */
    Classification classify(ItemSpec spec) {
        return classifier.classify(spec, date);
    }

    /** The explained determination (end uses undeclared, so that the open questions show), or null for no destination. */
    Determination decide(ItemSpec spec) {
        if (destination == null) return null;
        return determiner.determine(shipment(spec, null), overlays, true);
    }

    /** Whether an explained answer reaches the goal (the verification of the envelope). */
    boolean reached(Classification c, Determination d) {
        return d == null ? goal.reachedBy(c.status()) : goal.reachedBy(d);
    }

    int evaluations() {
        return evaluations;
    }

    private Shipment shipment(ItemSpec spec, Set<org.clearance.determination.EndUse> endUses) {
        return new Shipment(null, spec, 1, destination, null, null, null, endUses, null, date, Map.of());
    }
}

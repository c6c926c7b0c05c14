package org.clearance.screening.match;

import java.util.Map;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.list.ListCode;

/**
 * The score at or above which a hit is reported. Resolution for a hit: the query's own threshold
 * ({@code --threshold}) if given; else the hit's list's threshold if configured; else its entity type's; else the
 * default.
 */
public record Thresholds(double defaultThreshold, Map<ListCode, Double> byList, Map<EntityType, Double> byType) {

    /**
     * The defaults, chosen on the labelled evaluation set (docs/screening.md): 0.80 for every list; individuals
     * 0.82, since personal names collide more often than company names.
     */
    public static final Thresholds DEFAULT = new Thresholds(0.80, Map.of(), Map.of(EntityType.INDIVIDUAL, 0.82));

    public Thresholds {
        byList = Map.copyOf(byList);
        byType = Map.copyOf(byType);
    }

    public double forHit(Query query, ListCode list, EntityType type) {
        if (query.threshold() != null) return query.threshold();
        Double l = byList.get(list);
        if (l != null) return l;
        Double t = byType.get(type);
        if (t != null) return t;
        return defaultThreshold;
    }

    /** The lowest threshold any hit could be held to, to prune candidates early. */
    public double lowest(Query query) {
        if (query.threshold() != null) return query.threshold();
        double min = defaultThreshold;
        for (double v : byList.values()) min = Math.min(min, v);
        for (double v : byType.values()) min = Math.min(min, v);
        return min;
    }
}

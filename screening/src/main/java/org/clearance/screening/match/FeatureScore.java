package org.clearance.screening.match;

import java.util.Map;

/**
 * One named feature's part of a hit's score: what it added (negative for a penalty) and the values it compared,
 * so an analyst can replay the arithmetic. The hit's score is the sum of its features' contributions, clamped to
 * [0, 1].
 */
public record FeatureScore(String name, double contribution, Map<String, Object> compared) {
    public FeatureScore {
        compared = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(compared));
    }
}

package org.clearance.screening.match;

import org.clearance.screening.list.EntityType;

/**
 * A name to screen, with what else the caller knows: an ISO country code (or null), the kind of party (or
 * {@link EntityType#UNKNOWN}) and a threshold that overrides the configured ones (or null).
 */
public record Query(String name, String country, EntityType type, Double threshold) {
    public Query {
        if (type == null) type = EntityType.UNKNOWN;
        if (country != null) {
            country = country.strip().toUpperCase(java.util.Locale.ROOT);
            if (country.isEmpty()) country = null;
        }
        if (threshold != null && (threshold < 0 || threshold > 1)) {
            throw new InvalidQueryException("threshold " + threshold + " is outside [0, 1]");
        }
    }

    public static Query of(String name) {
        return new Query(name, null, EntityType.UNKNOWN, null);
    }
}

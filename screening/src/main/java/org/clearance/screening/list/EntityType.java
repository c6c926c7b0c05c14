package org.clearance.screening.list;

import java.util.Locale;

/** What a list entry names. Lists that do not say (the Entity List, the DPL) leave it {@link #UNKNOWN}. */
public enum EntityType {
    INDIVIDUAL, ENTITY, VESSEL, AIRCRAFT, UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The query types a user may name with {@code --type}. */
    public static EntityType ofQuery(String value) {
        return switch (value == null ? "" : value.trim().toLowerCase(Locale.ROOT)) {
            case "individual", "person" -> INDIVIDUAL;
            case "entity", "organization", "organisation", "company" -> ENTITY;
            case "vessel" -> VESSEL;
            case "aircraft" -> AIRCRAFT;
            default -> throw new IllegalArgumentException(
                    "unknown type '" + value + "': expected entity, individual, vessel or aircraft");
        };
    }

    /** Whether two known types contradict each other (an individual is not an entity). */
    public boolean conflictsWith(EntityType other) {
        if (this == UNKNOWN || other == UNKNOWN || this == other) return false;
        // Vessels and aircraft are owned property; a query typed "entity" may well be looking for one.
        boolean thisThing = this != INDIVIDUAL;
        boolean otherThing = other != INDIVIDUAL;
        return thisThing != otherThing;
    }
}

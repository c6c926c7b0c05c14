package org.clearance.screening.match;

import java.util.Set;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.list.ListEntry;
import org.clearance.screening.name.NormalizedName;

/**
 * The Entity List and the DPL give no entry type. A name with a legal form ("Faratel Company", "Gazprom, OAO") or
 * an organisation word ("... Research Institute", "... Bank") is an organisation; otherwise the type stays unknown
 * and no type feature applies.
 */
final class TypeInference {
    private static final Set<String> ORGANISATION_WORDS = Set.of("bank", "university", "institute", "academy",
            "center", "factory", "plant", "group", "industry", "trade", "technology", "electronic", "engineering",
            "laboratory", "ministry", "bureau", "corps", "organization", "organisation", "agency", "office",
            "services", "systems", "holding", "invest", "airlines", "shipping", "logistics", "enterprise", "zavod",
            "concern", "foundation", "association", "committee", "department", "school", "hospital", "aviation",
            "aerospace", "research", "manufacturing", "international", "export", "import", "trading");

    private TypeInference() {
    }

    /** {@code primary} is the entry's name, normalised (null when it normalises to nothing). */
    static EntityType of(ListEntry entry, NormalizedName primary) {
        if (entry.type() != EntityType.UNKNOWN) return entry.type();
        NormalizedName n = primary;
        if (n == null) return EntityType.UNKNOWN;
        if (!n.legalForms().isEmpty()) return EntityType.ENTITY;
        for (String t : n.tokens()) if (ORGANISATION_WORDS.contains(t)) return EntityType.ENTITY;
        return EntityType.UNKNOWN;
    }
}

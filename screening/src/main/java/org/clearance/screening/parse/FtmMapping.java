package org.clearance.screening.parse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.list.LinkKind;
import org.clearance.screening.list.ListCode;

/**
 * How FollowTheMoney's schemata, datasets and country codes map onto Clearance's list model. Documented with
 * tables in docs/screening.md; change both together.
 */
final class FtmMapping {

    /** Entries of OpenSanctions datasets other than those below: screened, but not blocking. */
    static final ListCode OPENSANCTIONS = new ListCode("OS");

    /** The schemata that are parties to screen, and what they name. */
    private static final Map<String, EntityType> PARTIES = Map.of(
            "Person", EntityType.INDIVIDUAL,
            "Organization", EntityType.ENTITY,
            "Company", EntityType.ENTITY,
            "PublicBody", EntityType.ENTITY,
            "LegalEntity", EntityType.ENTITY,
            "Vessel", EntityType.VESSEL,
            "Airplane", EntityType.AIRCRAFT);

    /**
     * Datasets whose entities are on one US list, first match wins: an entity OpenSanctions found on the SDN list
     * is blocked whatever else carries it. The CSL ({@code us_trade_csl}) and OFAC's non-SDN lists
     * ({@code us_ofac_cons}) mix several lists, which the dataset name does not tell apart, so their entities stay OS.
     */
    private static final List<Map.Entry<String, ListCode>> LISTS = List.of(
            Map.entry("us_ofac_sdn", ListCode.SDN),
            Map.entry("us_bis_denied", ListCode.DPL));

    private static final Set<String> ISO_ALPHA2 = isoCodes();

    private FtmMapping() {
    }

    /** The entity type of a party schema, or null for schemata that are not parties (links, sanctions, addresses). */
    static EntityType partyType(String schema) {
        return PARTIES.get(schema);
    }

    /** The link an interval schema publishes, or null. */
    static LinkKind linkKind(String schema) {
        return switch (schema) {
            case "Ownership" -> LinkKind.OWNERSHIP;
            case "Directorship" -> LinkKind.DIRECTORSHIP;
            default -> null;
        };
    }

    /** The properties holding a link's two ends: from (owner, director) and to (asset, organization). */
    static List<String> linkEnds(LinkKind kind) {
        return switch (kind) {
            case OWNERSHIP -> List.of("owner", "asset");
            case DIRECTORSHIP -> List.of("director", "organization");
        };
    }

    static ListCode list(List<String> datasets) {
        for (Map.Entry<String, ListCode> e : LISTS) if (datasets.contains(e.getKey())) return e.getValue();
        return OPENSANCTIONS;
    }

    /**
     * The upper-case ISO 3166 alpha-2 code of an FtM country value ("ru" → RU), or null for the values FtM adds
     * that are not one: historic states ("suhh", "csxx", "yucs"), regions ("ge-ab", "ua-cri"), "eu", "zz".
     */
    static String country(String value) {
        if (value == null) return null;
        String code = value.strip().toUpperCase(Locale.ROOT);
        return ISO_ALPHA2.contains(code) ? code : null;
    }

    /** The JDK's ISO 3166 alpha-2 codes, and XK for Kosovo, which FtM and OFAC use though ISO has not assigned it. */
    private static Set<String> isoCodes() {
        Set<String> codes = new java.util.HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XK");
        return Set.copyOf(codes);
    }
}

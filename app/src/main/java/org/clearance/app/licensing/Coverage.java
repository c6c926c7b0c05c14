package org.clearance.app.licensing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import org.clearance.app.ShipmentScreening;
import org.clearance.app.json.Json;
import org.clearance.classification.Classification;
import org.clearance.classification.Metric;
import org.clearance.determination.Determination;
import org.clearance.ledger.audit.ChainHash;
import org.clearance.shipment.ShipmentFields;
import org.clearance.yaml.Documents;

/**
 * Whether a license covers a decided shipment: its item (catalog id, ECCN and its subparagraphs, or a specification
 * file by the SHA-256 of its canonical JSON), its destination, its consignee and end user; and the parties a shipment
 * takes from its license when it names none.
 */
final class Coverage {

    private Coverage() {
    }

    /** The shipment with the license's consignee and end user where it names none (null license: as given). */
    static ShipmentFields withLicenseParties(ShipmentFields f, License l) {
        if (l == null) return f;
        License.Party c = l.parties().consignee();
        License.Party e = l.parties().endUser();
        String consignee = f.consignee();
        String consigneeCountry = f.consigneeCountry();
        if (blank(consignee) && c != null) {
            consignee = c.name();
            if (blank(consigneeCountry)) consigneeCountry = c.country();
        }
        String endUser = f.endUser();
        String endUserCountry = f.endUserCountry();
        if (blank(endUser) && e != null) {
            endUser = e.name();
            if (blank(endUserCountry)) endUserCountry = e.country();
        }
        return new ShipmentFields(f.id(), f.item(), f.quantity(), f.destination(), endUser, endUserCountry,
                f.endUserHq(), f.ultimateParentHq(), consignee, consigneeCountry, f.purchaser(), f.endUses(),
                f.exportFrom(), f.date());
    }

    /** The license's party ids for the parties the shipment takes from it (or names as the license does). */
    static ShipmentScreening.Ids withLicenseIds(ShipmentFields stated, ShipmentScreening.Ids ids, License l) {
        if (l == null) return ids;
        String consignee = ids.consignee();
        License.Party c = l.parties().consignee();
        if (consignee == null && c != null && c.partyId() != null
                && (blank(stated.consignee()) || sameName(stated.consignee(), c.name()))) consignee = c.partyId();
        String endUser = ids.endUser();
        License.Party e = l.parties().endUser();
        if (endUser == null && e != null && e.partyId() != null
                && (blank(stated.endUser()) || sameName(stated.endUser(), e.name()))) endUser = e.partyId();
        return new ShipmentScreening.Ids(endUser, consignee, ids.purchaser());
    }

    /** The license's entry that covers the item, or null. */
    static License.Item item(License l, String itemRef, Determination d) {
        boolean file = Ship.isFile(itemRef);
        String specHash = null;
        for (License.Item i : l.items()) {
            boolean covers = switch (i.kind()) {
                case CATALOG_ID -> !file && itemRef.strip().equals(i.value());
                case ECCN -> d.eccn() != null && (d.eccn().equals(i.value()) || d.eccn().startsWith(i.value() + "."));
                case SPEC_SHA256 -> {
                    if (!file) yield false;
                    if (specHash == null) specHash = specHash(Path.of(itemRef));
                    yield specHash.equals(i.value());
                }
            };
            if (covers) return i;
        }
        return null;
    }

    /** A specification file's identity: SHA-256 of the RFC 8785 JSON of its content (YAML or JSON alike). */
    static String specHash(Path file) {
        return ChainHash.ofJson(Json.compact(Documents.read(file, file.toString()).raw()));
    }

    /** Whether the shipment's party is the license's: by party id when both have one, else by name; and country. */
    static boolean sameParty(License.Party licensed, String name, String country, String partyId) {
        if (licensed.country() != null && !licensed.country().equals(country)) return false;
        if (licensed.partyId() != null && partyId != null) return licensed.partyId().equals(partyId);
        return name != null && sameName(name, licensed.name());
    }

    static boolean sameName(String a, String b) {
        return norm(a).equals(norm(b));
    }

    private static String norm(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * The TPP of one unit, the highest reading where the readings are contested; for a system, the sum over what it
     * contains. Null when the specification does not give it.
     */
    static BigDecimal tppPerUnit(Determination d) {
        Classification c = d.classification();
        if (c == null) return null;
        if (c.item().kind().isSystem()) return c.aggregateTpp();
        BigDecimal t = c.metrics().get(Metric.TPP);
        if (t == null) return null;
        for (Classification.TppAlternative a : c.tppAlternatives()) {
            if (a.tpp() != null && a.tpp().compareTo(t) > 0) t = a.tpp();
        }
        return t;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

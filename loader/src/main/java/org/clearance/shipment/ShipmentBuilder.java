package org.clearance.shipment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.clearance.classification.ItemSpec;
import org.clearance.determination.EndUse;
import org.clearance.determination.Party;
import org.clearance.determination.PartyHit;
import org.clearance.determination.PartyRole;
import org.clearance.determination.Shipment;
import org.clearance.geography.Country;
import org.clearance.geography.Geography;
import org.clearance.geography.UnknownCountryException;
import org.clearance.yaml.InputException;
import org.clearance.yaml.StrictNode;

/**
 * Turns {@link ShipmentFields} into a {@link Shipment}: resolves countries (a name that could mean two countries is an
 * error), the item, the date and the end uses, with errors that name the field (an option such as
 * {@code --destination} or a batch column such as {@code destination}).
 */
public final class ShipmentBuilder {

    private final Geography geography;
    private final Function<String, ItemSpec> items;
    private final LocalDate today;
    private final String source;
    private final UnaryOperator<String> fieldName;

    /**
     * @param items     resolves an item reference (catalog id or file); throws {@link InputException} when unknown
     * @param source    the file the fields come from (null for the command line)
     * @param fieldName maps a field name (destination, end_user_hq …) to how the user wrote it (--destination …)
     */
    public ShipmentBuilder(Geography geography, Function<String, ItemSpec> items, LocalDate today, String source,
                           UnaryOperator<String> fieldName) {
        this.geography = geography;
        this.items = items;
        this.today = today;
        this.source = source;
        this.fieldName = fieldName;
    }

    public Shipment build(ShipmentFields f, Map<PartyRole, List<PartyHit>> hits) {
        if (blank(f.item())) throw error("item", "required field is missing");
        if (blank(f.destination())) throw error("destination", "required field is missing");
        ItemSpec item = items.apply(f.item().strip());
        int quantity = 1;
        if (!blank(f.quantity())) {
            try {
                quantity = Integer.parseInt(f.quantity().strip());
            } catch (NumberFormatException e) {
                throw error("quantity", "expected a whole number, got '" + f.quantity() + "'");
            }
            if (quantity <= 0) throw error("quantity", "must be greater than 0, got " + quantity);
        }
        Country destination = country(f.destination(), "destination");
        Party endUser = new Party(nullIfBlank(f.endUser()), country(f.endUserCountry(), "end_user_country"),
                country(f.endUserHq(), "end_user_hq"), country(f.ultimateParentHq(), "ultimate_parent_hq"));
        Party consignee = new Party(nullIfBlank(f.consignee()), country(f.consigneeCountry(), "consignee_country"), null, null);
        Party purchaser = new Party(nullIfBlank(f.purchaser()), null, null, null);
        LocalDate date = blank(f.date()) ? today : date(f.date().strip());
        return new Shipment(nullIfBlank(f.id()), item, quantity, destination, endUser, consignee, purchaser,
                endUses(f.endUses()), country(f.exportFrom(), "export_from"), date, hits);
    }

    /** Batches repeat a few dates many times: each distinct text is parsed once. */
    private final java.util.concurrent.ConcurrentHashMap<String, LocalDate> dates = new java.util.concurrent.ConcurrentHashMap<>();

    private LocalDate date(String text) {
        LocalDate d = dates.get(text);
        if (d != null) return d;
        d = StrictNode.parseDate(text, reason -> error("date", reason));
        if (dates.size() < 10_000) dates.put(text, d);
        return d;
    }

    private Set<EndUse> endUses(List<String> codes) {
        if (codes == null) return null;
        Set<EndUse> uses = EnumSet.noneOf(EndUse.class);
        for (String code : codes) {
            if (blank(code)) continue;
            try {
                uses.add(EndUse.fromCode(code));
            } catch (IllegalArgumentException e) {
                throw error("end_use", e.getMessage());
            }
        }
        if (uses.contains(EndUse.NONE) && uses.size() > 1) {
            throw error("end_use", "'none' cannot be combined with other end uses");
        }
        uses.remove(EndUse.NONE);
        return uses;
    }

    private Country country(String value, String field) {
        if (blank(value)) return null;
        try {
            return geography.resolve(value.strip());
        } catch (UnknownCountryException e) {
            throw error(field, e.getMessage());
        }
    }

    private InputException error(String field, String reason) {
        return new InputException(source, fieldName.apply(field), reason);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullIfBlank(String s) {
        return blank(s) ? null : s.strip();
    }
}

package org.clearance.app.licensing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A license as its file states it (docs/ledger.md, "The license file"): who holds it, from when to when (inclusive),
 * which items to which destinations and parties, its limits (for the whole license and per item), and its conditions
 * (a revenue share with its source, certifications to attest per shipment, reporting).
 */
public record License(String number, String holder, Status status, LocalDate validFrom, LocalDate validTo,
                      List<Item> items, List<String> destinations, Parties parties, Limits limits,
                      Conditions conditions) {

    public License {
        items = List.copyOf(items);
        destinations = List.copyOf(destinations);
    }

    public enum Status {
        ACTIVE, SUSPENDED, REVOKED, EXPIRED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What an item entry names: a catalog id, an ECCN (covering its subparagraphs), or a specification by hash. */
    public enum ItemKind {
        CATALOG_ID, ECCN, SPEC_SHA256;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An item the license covers, with the limits the license sets for it alone (all null when none). */
    public record Item(ItemKind kind, String value, Limits limits) {
        /** The limit scope in the ledger: {@code catalog_id:nvidia-h200-sxm-141gb}. */
        public String scope() {
            return kind.key() + ":" + value;
        }
    }

    /** A party the license names; {@code country} and {@code partyId} may be null. */
    public record Party(String name, String country, String partyId) {
    }

    /** The consignee and end user the license names (each may be null: not restricted). */
    public record Parties(Party consignee, Party endUser) {
        public static final Parties NONE = new Parties(null, null);
    }

    /** Limits: units, declared value in USD, total TPP of the units; null where the license sets none. */
    public record Limits(BigDecimal quantity, BigDecimal value, BigDecimal tpp) {
        public static final Limits NONE = new Limits(null, null, null);

        /** By kind (quantity, value, tpp), the ones set, in that order. */
        public Map<String, BigDecimal> byKind() {
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            if (quantity != null) m.put("quantity", quantity);
            if (value != null) m.put("value", value);
            if (tpp != null) m.put("tpp", tpp);
            return m;
        }

        public boolean any() {
            return quantity != null || value != null || tpp != null;
        }
    }

    /** A share of the revenue owed, from the license file only (never from the rule pack), with its source. */
    public record RevenueShare(BigDecimal percent, String source, String confidence) {
    }

    public record Conditions(RevenueShare revenueShare, List<String> certifications, String reporting) {
        public static final Conditions NONE = new Conditions(null, List.of(), null);

        public Conditions {
            certifications = List.copyOf(certifications);
        }
    }

    /** Every limit of the license by ledger scope ('' for the whole license), then by kind. */
    public Map<String, Map<String, BigDecimal>> limitsByScope() {
        Map<String, Map<String, BigDecimal>> m = new LinkedHashMap<>();
        if (limits.any()) m.put("", limits.byKind());
        for (Item i : items) if (i.limits().any()) m.put(i.scope(), i.limits().byKind());
        return m;
    }
}

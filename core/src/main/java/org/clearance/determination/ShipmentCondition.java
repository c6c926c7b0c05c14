package org.clearance.determination;

import static org.clearance.decision.Numbers.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.clearance.classification.ClassificationStatus;
import org.clearance.classification.Comparison;
import org.clearance.classification.Metric;
import org.clearance.decision.Numbers;
import org.clearance.decision.Tri;
import org.clearance.geography.Country;
import org.clearance.law.DatedValue;

/**
 * A test over a shipment written in a rule file: destination, where the end user is located and headquartered,
 * where the shipment leaves from, the item's classification and metrics, its datacenter marketing, declared end
 * uses; combined with all/any/not. Missing facts make a test UNKNOWN, never false.
 */
public sealed interface ShipmentCondition {

    Tri eval(ShipmentFacts f);

    /** The sentence for this test on these facts; fills {@code out}. */
    String explain(ShipmentFacts f, Explain out);

    /** Relative distance below which a double comparison is redone on exact decimals. */
    double NEAR = 1e-9;

    record All(List<ShipmentCondition> of) implements ShipmentCondition {
        public All {
            of = List.copyOf(of);
        }

        public Tri eval(ShipmentFacts f) {
            Tri r = Tri.TRUE;
            for (ShipmentCondition c : of) {
                r = r.and(c.eval(f));
                if (r == Tri.FALSE) return r;
            }
            return r;
        }

        public String explain(ShipmentFacts f, Explain out) {
            List<String> parts = new ArrayList<>();
            for (ShipmentCondition c : of) parts.add(c.explain(f, out));
            return String.join("; and ", parts);
        }
    }

    record Any(List<ShipmentCondition> of) implements ShipmentCondition {
        public Any {
            of = List.copyOf(of);
        }

        public Tri eval(ShipmentFacts f) {
            Tri r = Tri.FALSE;
            for (ShipmentCondition c : of) {
                r = r.or(c.eval(f));
                if (r == Tri.TRUE) return r;
            }
            return r;
        }

        public String explain(ShipmentFacts f, Explain out) {
            List<String> parts = new ArrayList<>();
            for (ShipmentCondition c : of) parts.add(c.explain(f, out));
            return "either " + String.join("; or ", parts);
        }
    }

    record Not(ShipmentCondition of) implements ShipmentCondition {
        public Tri eval(ShipmentFacts f) {
            return of.eval(f).not();
        }

        public String explain(ShipmentFacts f, Explain out) {
            return "not: " + of.explain(f, out);
        }
    }

    /** Always true: for rules that speak to every shipment in their period. */
    record Always() implements ShipmentCondition {
        public Tri eval(ShipmentFacts f) {
            return Tri.TRUE;
        }

        public String explain(ShipmentFacts f, Explain out) {
            return "every shipment";
        }
    }

    /** Which place a scope is tested against. */
    enum Place {
        DESTINATION("destination"), END_USER_LOCATED("end user located in"), EXPORT_FROM("shipped from");

        final String label;

        Place(String label) {
            this.label = label;
        }
    }

    record In(Place place, DestinationScope scope) implements ShipmentCondition {
        private org.clearance.geography.Located located(ShipmentFacts f) {
            return switch (place) {
                case DESTINATION -> f.destinationAt();
                case END_USER_LOCATED -> f.endUserAt();
                case EXPORT_FROM -> f.exportFromAt();
            };
        }

        private Country country(ShipmentFacts f) {
            return located(f).country();
        }

        public Tri eval(ShipmentFacts f) {
            return Tri.of(scope.contains(located(f)));
        }

        public String explain(ShipmentFacts f, Explain out) {
            Country c = country(f);
            out.input(place.name().toLowerCase(java.util.Locale.ROOT), c.code());
            return place.label + " " + scope.explain(c, f.date(), f.geo());
        }
    }

    /** The end user, or its ultimate parent, is headquartered in the scope. */
    record Headquarters(DestinationScope scope) implements ShipmentCondition {
        public Tri eval(ShipmentFacts f) {
            return Tri.of(scope.contains(f.headquartersAt()) || scope.contains(f.parentHeadquartersAt()));
        }

        public String explain(ShipmentFacts f, Explain out) {
            out.input("end_user_hq", f.headquarters().code());
            out.input("ultimate_parent_hq", f.parentHeadquarters().code());
            boolean own = scope.contains(f.headquarters(), f.date(), f.geo());
            boolean parent = scope.contains(f.parentHeadquarters(), f.date(), f.geo());
            String where = "end user headquartered in " + f.headquarters().label() + ", ultimate parent in "
                    + f.parentHeadquarters().label();
            return where + (own || parent ? ": in " : ": neither in ") + scope.describe(f.geo());
        }
    }

    record TransactionIs(Transaction transaction) implements ShipmentCondition {
        public Tri eval(ShipmentFacts f) {
            return Tri.of(f.transaction() == transaction);
        }

        public String explain(ShipmentFacts f, Explain out) {
            out.input("transaction", f.transaction().code());
            if (f.transaction() == transaction) return "the shipment is " + article(transaction) + transaction.description();
            return "the shipment is not " + article(transaction) + transaction.description() + " (it is "
                    + article(f.transaction()) + f.transaction().description() + ")";
        }
    }

    /** The item is classified in one of these paragraphs (prefixes: 3A090 matches 3A090.a and 3A090.b). */
    record Item(List<String> eccns) implements ShipmentCondition {
        public Item {
            eccns = List.copyOf(eccns);
        }

        public Tri eval(ShipmentFacts f) {
            if (f.itemStatus() == ClassificationStatus.INDETERMINATE) return Tri.UNKNOWN;
            if (f.eccn() == null) return Tri.FALSE;
            String eccn = f.eccn();
            for (String e : eccns) {
                if (eccn.startsWith(e) && (eccn.length() == e.length() || eccn.charAt(e.length()) == '.')) return Tri.TRUE;
            }
            return Tri.FALSE;
        }

        public String explain(ShipmentFacts f, Explain out) {
            out.input("eccn", f.eccn());
            if (f.itemStatus() == ClassificationStatus.INDETERMINATE) {
                f.itemMissing().forEach(m -> out.missing("item." + m));
                return "the item's classification is INDETERMINATE (needs " + String.join(", ", f.itemMissing()) + ")";
            }
            String what = f.eccn() == null ? "not described by 3A090/4A090" : "classified " + f.eccn();
            return "the item is " + what + (eval(f) == Tri.TRUE ? ", one of " : ", none of ") + String.join(", ", eccns);
        }
    }

    record ItemMetric(Metric metric, Comparison op, String parameter) implements ShipmentCondition {
        private DatedValue<BigDecimal> threshold(ShipmentFacts f) {
            return f.pack().parameter(parameter).flatMap(p -> p.at(f.date())).orElseThrow(() ->
                    new IllegalStateException("parameter " + parameter + " has no value on " + f.date()));
        }

        private Tri test(ShipmentFacts f, double v, DatedValue<BigDecimal> t) {
            if (Double.isNaN(v)) return Tri.UNKNOWN;
            double limit = t.value().doubleValue();
            if (Math.abs(v - limit) <= NEAR * Math.max(1, Math.abs(limit))) {
                BigDecimal exact = f.exact().apply(metric);
                if (exact != null) return Tri.of(op.holds(exact.compareTo(t.value()), 0));
            }
            return Tri.of(op.holds(v, limit));
        }

        public Tri eval(ShipmentFacts f) {
            return eval(f, threshold(f));
        }

        /** The test against threshold {@code t}, the parameter's value on the shipment's date. */
        Tri eval(ShipmentFacts f, DatedValue<BigDecimal> t) {
            Tri primary = test(f, f.metric(metric), t);
            if (metric == Metric.TPP && primary != Tri.UNKNOWN) {
                for (ShipmentFacts.Alternative a : f.alternativeTpps()) {
                    if (test(f, a.tpp(), t) != primary) return Tri.UNKNOWN;
                }
            }
            return primary;
        }

        public String explain(ShipmentFacts f, Explain out) {
            DatedValue<BigDecimal> t = threshold(f);
            out.parameter(parameter, t);
            double v = f.metric(metric);
            String limit = format(t.value()) + metric.unitSuffix();
            if (Double.isNaN(v)) {
                out.missing(metric.key());
                out.input(metric.key(), null);
                return "item " + metric.label() + " unknown (" + metric.key() + " not given), needs " + op.symbol(true)
                        + " " + limit;
            }
            BigDecimal exact = f.exact().apply(metric);
            out.input(metric.key(), exact != null ? Numbers.plain(exact) : v);
            String value = exact != null ? format(exact) : format(v);
            boolean holds = test(f, v, t) == Tri.TRUE;
            String text = "item " + metric.label() + " " + value + metric.unitSuffix() + " " + op.symbol(holds) + " " + limit;
            if (metric == Metric.TPP) {
                for (ShipmentFacts.Alternative a : f.alternativeTpps()) {
                    if (test(f, a.tpp(), t) != test(f, v, t)) {
                        out.missing("interpretation:" + a.interpretation());
                        text += " (but " + format(a.tpp()) + " under " + a.interpretation() + ")";
                    }
                }
            }
            return text;
        }
    }

    record Datacenter(boolean value) implements ShipmentCondition {
        public Tri eval(ShipmentFacts f) {
            return f.datacenter() == null ? Tri.UNKNOWN : Tri.of(f.datacenter() == value);
        }

        public String explain(ShipmentFacts f, Explain out) {
            out.input("datacenter", f.datacenter());
            if (f.datacenter() == null) {
                out.missing("item.datacenter");
                return "whether the item is designed or marketed for datacenters is not stated";
            }
            return "the item is " + (f.datacenter() ? "" : "not ") + "designed or marketed for use in datacenters";
        }
    }

    record EndUseIs(EndUse endUse) implements ShipmentCondition {
        public Tri eval(ShipmentFacts f) {
            return Tri.of(f.endUses().contains(endUse));
        }

        public String explain(ShipmentFacts f, Explain out) {
            out.input("end_use", f.endUses().stream().map(EndUse::code).sorted().toList());
            return (f.endUses().contains(endUse) ? "declared end use: " : "no declared end use of ") + endUse.description();
        }
    }

    private static String article(Transaction t) {
        return t == Transaction.TRANSFER ? "a " : "an ";
    }

    /**
     * The inputs missing for this condition on these facts, as {@link #explain} would name them, without writing the
     * sentence (the batch path).
     */
    default void missing(ShipmentFacts f, java.util.Set<String> out) {
        switch (this) {
            case All a -> a.of().forEach(c -> c.missing(f, out));
            case Any a -> a.of().forEach(c -> c.missing(f, out));
            case Not n -> n.of().missing(f, out);
            case Item i -> {
                if (f.itemStatus() == ClassificationStatus.INDETERMINATE) f.itemMissing().forEach(m -> out.add("item." + m));
            }
            case ItemMetric m -> {
                if (Double.isNaN(f.metric(m.metric()))) {
                    out.add(m.metric().key());
                } else if (m.metric() == Metric.TPP) {
                    DatedValue<BigDecimal> t = m.threshold(f);
                    Tri primary = m.test(f, f.metric(Metric.TPP), t);
                    for (ShipmentFacts.Alternative a : f.alternativeTpps()) {
                        if (m.test(f, a.tpp(), t) != primary) out.add("interpretation:" + a.interpretation());
                    }
                }
            }
            case Datacenter d -> {
                if (f.datacenter() == null) out.add("item.datacenter");
            }
            default -> { }
        }
    }

    /** Every parameter id the condition refers to. */
    default void collectParameters(List<String> into) {
        switch (this) {
            case All a -> a.of().forEach(c -> c.collectParameters(into));
            case Any a -> a.of().forEach(c -> c.collectParameters(into));
            case Not n -> n.of().collectParameters(into);
            case ItemMetric m -> into.add(m.parameter());
            default -> { }
        }
    }

    /** Every destination scope the condition refers to (to check its countries and groups exist). */
    default void collectScopes(List<DestinationScope> into) {
        switch (this) {
            case All a -> a.of().forEach(c -> c.collectScopes(into));
            case Any a -> a.of().forEach(c -> c.collectScopes(into));
            case Not n -> n.of().collectScopes(into);
            case In i -> into.add(i.scope());
            case Headquarters h -> into.add(h.scope());
            default -> { }
        }
    }
}

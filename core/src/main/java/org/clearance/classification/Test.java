package org.clearance.classification;

import static org.clearance.decision.Numbers.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.clearance.decision.Numbers;
import org.clearance.decision.Tri;
import org.clearance.law.DatedValue;

/**
 * A {@link Condition} with its parameters resolved for one date: thresholds are plain doubles, so evaluation
 * allocates nothing. {@link #explain} writes the sentence with the numbers ("TPP 4,992 ≥ 4,800").
 */
sealed interface Test {

    /** Relative distance below which a double comparison is re-done on exact decimals. */
    double NEAR = 1e-9;

    Tri eval(Facts facts);

    /** The sentence for this test on these facts; fills {@code out} with inputs, parameters and missing inputs. */
    String explain(Facts facts, Explanation out);

    record All(List<Test> of) implements Test {
        public Tri eval(Facts f) {
            Tri result = Tri.TRUE;
            for (Test t : of) {
                result = result.and(t.eval(f));
                if (result == Tri.FALSE) return result;
            }
            return result;
        }

        public String explain(Facts f, Explanation out) {
            List<String> parts = new ArrayList<>();
            for (Test t : of) parts.add(wrap(t, t.explain(f, out)));
            return Explanation.join(parts, "and");
        }
    }

    record Any(List<Test> of) implements Test {
        public Tri eval(Facts f) {
            Tri result = Tri.FALSE;
            for (Test t : of) {
                result = result.or(t.eval(f));
                if (result == Tri.TRUE) return result;
            }
            return result;
        }

        public String explain(Facts f, Explanation out) {
            List<String> parts = new ArrayList<>();
            for (Test t : of) parts.add(wrap(t, t.explain(f, out)));
            return Explanation.join(parts, "or");
        }
    }

    record Not(Test of) implements Test {
        public Tri eval(Facts f) {
            return of.eval(f).not();
        }

        public String explain(Facts f, Explanation out) {
            return "not (" + of.explain(f, out) + ")";
        }
    }

    record Compare(Metric metric, Comparison op, double threshold, String parameter,
                   DatedValue<BigDecimal> value) implements Test {
        public Tri eval(Facts f) {
            double v = f.value(metric);
            if (Double.isNaN(v)) return Tri.UNKNOWN;
            if (Math.abs(v - threshold) <= NEAR * Math.max(1, Math.abs(threshold))) {
                // within rounding distance of the threshold: decide on the exact decimal values
                return Tri.of(op.holds(f.exact(metric).compareTo(value.value()), 0));
            }
            return Tri.of(op.holds(v, threshold));
        }

        public String explain(Facts f, Explanation out) {
            out.parameters.put(parameter, value);
            BigDecimal actual = f.metrics().get(metric);
            String limit = format(value.value()) + metric.unitSuffix();
            if (actual == null) {
                MissingInput why = f.metrics().missing(metric);
                if (why != null) out.missing.add(why);
                out.input(metric.key(), null);
                return metric.label() + " unknown (" + (why != null ? why.reason() : "not given") + "), needs "
                        + op.symbol(true) + " " + limit;
            }
            out.input(metric.key(), Numbers.plain(actual));
            boolean holds = op.holds(actual.compareTo(value.value()), 0);
            String text = metric.label() + " " + format(actual) + metric.unitSuffix() + " " + op.symbol(holds) + " " + limit;
            return holds ? text : text + " (needs " + op.symbol(true) + " " + limit + ")";
        }
    }

    record Datacenter(boolean value) implements Test {
        public Tri eval(Facts f) {
            if (f.datacenter() == null) return Tri.UNKNOWN;
            return Tri.of(f.datacenter() == value);
        }

        public String explain(Facts f, Explanation out) {
            out.input("datacenter", f.datacenter());
            if (f.datacenter() == null) {
                out.missing.add(new MissingInput("datacenter",
                        "whether the item is designed or marketed for use in datacenters is not stated"));
                return "datacenter design or marketing not stated";
            }
            String fact = f.datacenter() ? "designed or marketed for use in datacenters"
                    : "not designed or marketed for use in datacenters";
            return f.datacenter() == value ? fact : fact + " (needs " + (value ? "" : "not ") + "designed or marketed for datacenters)";
        }
    }

    record Meets(String eccn) implements Test {
        public Tri eval(Facts f) {
            return Tri.of(f.meets(eccn));
        }

        public String explain(Facts f, Explanation out) {
            return (f.meets(eccn) ? "meets " : "does not meet ") + eccn;
        }
    }

    private static String wrap(Test t, String text) {
        return t instanceof All || t instanceof Any ? "(" + text + ")" : text;
    }
}

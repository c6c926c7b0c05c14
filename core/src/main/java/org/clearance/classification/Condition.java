package org.clearance.classification;

import java.util.List;

/**
 * A test written in a rule file: comparisons of metrics with dated parameters (never with literal numbers),
 * the datacenter input, and the paragraphs already met, combined with all/any/not.
 */
public sealed interface Condition {

    record All(List<Condition> of) implements Condition {
        public All {
            of = List.copyOf(of);
        }
    }

    record Any(List<Condition> of) implements Condition {
        public Any {
            of = List.copyOf(of);
        }
    }

    record Not(Condition of) implements Condition {
    }

    /** {@code metric op parameter}, e.g. TPP >= 3a090.a1.tpp. */
    record Compare(Metric metric, Comparison op, String parameter) implements Condition {
    }

    /** Whether the item is designed or marketed for use in datacenters. */
    record Datacenter(boolean value) implements Condition {
    }

    /** Whether the item meets a paragraph (a prefix: {@code 3A090.b} matches 3A090.b.1 and 3A090.b.2). */
    record Meets(String eccn) implements Condition {
    }

    /** Every parameter id the condition refers to. */
    default void collectParameters(List<String> out) {
        switch (this) {
            case All a -> a.of().forEach(c -> c.collectParameters(out));
            case Any a -> a.of().forEach(c -> c.collectParameters(out));
            case Not n -> n.of().collectParameters(out);
            case Compare c -> out.add(c.parameter());
            case Datacenter d -> { }
            case Meets m -> { }
        }
    }
}

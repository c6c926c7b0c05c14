package org.clearance.classification;

import java.util.Map;
import java.util.Optional;

/**
 * One way of reading the TPP notes (Technical Notes 1 and 2 to 3A090), chosen in the rule pack, never in code.
 *
 * @param interpretation the interpretation id in the pack (null for the primary reading)
 * @param label          a short description, e.g. "TF32 counted at 32 bits"
 * @param aggregation    how processing units are combined
 * @param bitLengths     precision labels whose bit length is read differently: a value replaces the declared bit
 *                       length, an empty value excludes the precision
 */
public record TppReading(String interpretation, String label, Aggregation aggregation,
                         Map<String, Optional<Integer>> bitLengths) {

    public enum Aggregation {
        /** For each bit length, sum over the units that support it; the IC's TPP is the highest (TN 1.d, TN 2). */
        PER_BIT_LENGTH_SUM,
        /** Each unit's own highest TPP, summed over units. */
        PER_UNIT_HIGHEST_SUM
    }

    public TppReading {
        bitLengths = Map.copyOf(bitLengths);
    }

    public static TppReading primary() {
        return new TppReading(null, "primary reading", Aggregation.PER_BIT_LENGTH_SUM, Map.of());
    }

    public boolean isPrimary() {
        return interpretation == null;
    }

    /** The bit length this reading gives an entry: the declared one unless the precision is read differently. */
    Optional<Integer> bitLengthOf(Throughput t) {
        Optional<Integer> override = bitLengths.get(t.precision().toUpperCase(java.util.Locale.ROOT));
        return override != null ? override : Optional.of(t.bitLength());
    }
}

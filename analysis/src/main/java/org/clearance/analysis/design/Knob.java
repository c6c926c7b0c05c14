package org.clearance.analysis.design;

import java.util.Locale;
import org.clearance.app.BadInput;

/**
 * A figure of the datasheet the designer may change. Every knob but {@link Kind#DATACENTER} moves one way, away from
 * the original: throughput, DRAM bandwidth and interconnect go down, die area goes up.
 *
 * @param precision for {@link Kind#THROUGHPUT_PRECISION}, the datasheet's precision label (e.g. {@code FP8}); else null
 */
public record Knob(Kind kind, String precision) {

    public enum Kind {
        /** Every throughput figure scaled together (dense and sparse, every precision). */
        THROUGHPUT("throughput"),
        /** The figures of one precision only. */
        THROUGHPUT_PRECISION("throughput"),
        DRAM_BANDWIDTH("dram-bandwidth"),
        INTERCONNECT("interconnect"),
        /** The logic die area, made larger (it lowers the performance density). */
        DIE_AREA("die-area"),
        /** Not designed or marketed for datacenters (the route of Note 2 to 3A090). */
        DATACENTER("datacenter");

        private final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    public static final Knob THROUGHPUT = new Knob(Kind.THROUGHPUT, null);
    public static final Knob DRAM_BANDWIDTH = new Knob(Kind.DRAM_BANDWIDTH, null);

    /** Reads {@code throughput}, {@code throughput:FP8}, {@code dram-bandwidth}, {@code interconnect}, … */
    public static Knob parse(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("throughput:")) {
            String p = t.substring("throughput:".length()).strip();
            if (p.isEmpty()) throw new BadInput("--knob " + text + ": name the precision, e.g. throughput:FP8");
            return new Knob(Kind.THROUGHPUT_PRECISION, p);
        }
        for (Kind k : Kind.values()) {
            if (k != Kind.THROUGHPUT_PRECISION && k.word.equals(lower)) return new Knob(k, null);
        }
        throw new BadInput("--knob " + text + ": expected throughput, throughput:PRECISION, dram-bandwidth,"
                + " interconnect, die-area or datacenter");
    }

    /** Whether the knob is continuous (all but datacenter). */
    public boolean continuous() {
        return kind != Kind.DATACENTER;
    }

    /** Whether it changes throughput (and so the TPP kept). */
    public boolean throughput() {
        return kind == Kind.THROUGHPUT || kind == Kind.THROUGHPUT_PRECISION;
    }

    /** The rank in the objective: the TPP kept first, then DRAM bandwidth, interconnect, die area, the flag. */
    int priority() {
        return switch (kind) {
            case THROUGHPUT, THROUGHPUT_PRECISION -> 0;
            case DRAM_BANDWIDTH -> 1;
            case INTERCONNECT -> 2;
            case DIE_AREA -> 3;
            case DATACENTER -> 4;
        };
    }

    /** Whether a precision label of the datasheet (e.g. {@code FP16/BF16}) is this knob's. */
    boolean matches(String label) {
        if (kind != Kind.THROUGHPUT_PRECISION) return true;
        if (label.equalsIgnoreCase(precision)) return true;
        for (String part : label.split("/")) if (part.strip().equalsIgnoreCase(precision)) return true;
        return false;
    }

    @Override
    public String toString() {
        return kind == Kind.THROUGHPUT_PRECISION ? "throughput:" + precision : kind.word;
    }
}

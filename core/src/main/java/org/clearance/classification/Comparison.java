package org.clearance.classification;

/** A threshold comparison as the regulation words it ("of 4800 or more" is {@code >=}). */
public enum Comparison {
    GE(">=", "≥", "<"),
    GT(">", ">", "≤"),
    LT("<", "<", "≥"),
    LE("<=", "≤", ">");

    private final String code;
    private final String symbol;
    private final String negatedSymbol;

    Comparison(String code, String symbol, String negatedSymbol) {
        this.code = code;
        this.symbol = symbol;
        this.negatedSymbol = negatedSymbol;
    }

    public String code() {
        return code;
    }

    public boolean holds(double value, double threshold) {
        return switch (this) {
            case GE -> value >= threshold;
            case GT -> value > threshold;
            case LT -> value < threshold;
            case LE -> value <= threshold;
        };
    }

    /** The symbol that is true of the numbers: the comparison's own when it holds, its negation otherwise. */
    public String symbol(boolean holds) {
        return holds ? symbol : negatedSymbol;
    }

    public static Comparison fromCode(String code) {
        for (Comparison c : values()) {
            if (c.code.equals(code)) return c;
        }
        throw new IllegalArgumentException("unknown comparison '" + code + "' (expected >=, >, < or <=)");
    }
}

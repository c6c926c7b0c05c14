package org.clearance.determination;

/** The end uses a user declares with {@code --end-use} (Part 744 controls and the May 2025 guidance). */
public enum EndUse {
    MILITARY("military", "a military end use or end user (15 CFR 744.21)"),
    SUPERCOMPUTER("supercomputer", "the development, production, operation or maintenance of a supercomputer (15 CFR 744.23(a)(1))"),
    ADVANCED_NODE_IC("advanced_node_ic", "the development or production of advanced-node integrated circuits (15 CFR 744.23(a)(2))"),
    AI_TRAINING_D5("ai_training_d5", "training AI models for or on behalf of parties headquartered in Country Group D:5 or Macau (BIS guidance of 2025-05-13)"),
    NONE("none", "none of the end uses above");

    private final String code;
    private final String description;

    EndUse(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public static EndUse fromCode(String code) {
        for (EndUse e : values()) if (e.code.equalsIgnoreCase(code.strip())) return e;
        throw new IllegalArgumentException("unknown end use '" + code
                + "'; expected military, supercomputer, advanced_node_ic, ai_training_d5 or none");
    }
}

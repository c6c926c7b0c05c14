package org.clearance.determination;

/** How BIS reviews a license application, from the most favourable to the strictest. */
public enum ReviewPolicy {
    PRESUMPTION_OF_APPROVAL, CASE_BY_CASE, PRESUMPTION_OF_DENIAL, POLICY_OF_DENIAL;

    public boolean stricterThan(ReviewPolicy other) {
        return other == null || ordinal() > other.ordinal();
    }

    public static ReviewPolicy strictest(ReviewPolicy a, ReviewPolicy b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** Reads a policy as the Entity List writes it ("Presumption of denial", "Case-by-case review …"). */
    public static ReviewPolicy fromText(String text) {
        if (text == null) return null;
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.contains("policy of denial")) return POLICY_OF_DENIAL;
        if (t.contains("presumption of denial")) return PRESUMPTION_OF_DENIAL;
        if (t.contains("case-by-case") || t.contains("case by case")) return CASE_BY_CASE;
        if (t.contains("presumption of approval")) return PRESUMPTION_OF_APPROVAL;
        return null;
    }
}

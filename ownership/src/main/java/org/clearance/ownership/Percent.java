package org.clearance.ownership;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share held, as a closed range of percentages: one figure ({@code low == high}), a range a data source gives as
 * text ("10-25%", "more than 25%"), or nothing stated (0 to 100). The rules read both ends: a range that straddles
 * 50% decides nothing (see docs/ownership.md).
 *
 * @param text the share as given, or null when none was
 */
public record Percent(BigDecimal low, BigDecimal high, String text) {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final Percent NOT_STATED = new Percent(BigDecimal.ZERO, HUNDRED, null);

    public Percent {
        if (low.compareTo(high) > 0) throw new IllegalArgumentException("percent range " + low + "-" + high + " is reversed");
    }

    public static Percent exactly(BigDecimal value) {
        return new Percent(value, value, value.toPlainString());
    }

    public boolean exact() {
        return low.compareTo(high) == 0;
    }

    public boolean stated() {
        return text != null;
    }

    /** "50", "10–25", "more than 25 (25–100)", "not stated". */
    public String label() {
        if (text == null) return "not stated";
        if (exact()) return low.stripTrailingZeros().toPlainString() + "%";
        return text + " (" + low.stripTrailingZeros().toPlainString() + "–" + high.stripTrailingZeros().toPlainString() + "%)";
    }

    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:[.,]\\d+)?)");
    private static final Pattern RANGE = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*%?\\s*(?:-|–|to)\\s*(\\d+(?:\\.\\d+)?)\\s*%?$");

    /**
     * A share as a FollowTheMoney {@code percentage} gives it: a figure ("50", "50.5%"), a range ("10-25%", "25 to
     * 50%"), or a bound ("more than 25%", "at least 50%", "less than 10%", "up to 25%", "majority"). A text that says
     * none of these is kept as not stated (0–100), with its text.
     */
    public static Percent parseText(String raw) {
        if (raw == null || raw.isBlank()) return NOT_STATED;
        String t = raw.strip().toLowerCase(Locale.ROOT).replace(',', '.');
        Matcher range = RANGE.matcher(t);
        if (range.matches()) {
            BigDecimal a = new BigDecimal(range.group(1));
            BigDecimal b = new BigDecimal(range.group(2));
            if (inRange(a) && inRange(b) && a.compareTo(b) <= 0) return new Percent(a, b, raw.strip());
        }
        if (t.matches("^\\d+(?:\\.\\d+)?\\s*%?$")) {
            BigDecimal v = new BigDecimal(t.replace("%", "").strip());
            if (inRange(v)) return new Percent(v, v, raw.strip());
        }
        if (t.contains("majority")) return new Percent(BigDecimal.valueOf(50), HUNDRED, raw.strip());
        Matcher n = NUMBER.matcher(t);
        if (n.find()) {
            BigDecimal v = new BigDecimal(n.group(1));
            if (inRange(v)) {
                // "more than 50%" excludes 50 itself, but every test the rules make is "50% or more", so the low end may be 50.
                if (t.matches(".*(more than|over|above|greater than|at least|not less than|minimum|min\\.?|>|≥).*")) {
                    return new Percent(v, HUNDRED, raw.strip());
                }
                if (t.matches(".*(less than|under|below|up to|at most|not more than|maximum|max\\.?|<|≤).*")) {
                    // "less than 50%" is below 50: its high end may not be 50 itself
                    boolean strict = t.matches(".*(less than|under|below|<(?!=)).*");
                    BigDecimal high = strict && v.signum() > 0 ? v.subtract(new BigDecimal("0.0001")) : v;
                    return new Percent(BigDecimal.ZERO, high, raw.strip());
                }
            }
        }
        return new Percent(BigDecimal.ZERO, HUNDRED, raw.strip());
    }

    static boolean inRange(BigDecimal v) {
        return v.signum() >= 0 && v.compareTo(HUNDRED) <= 0;
    }
}

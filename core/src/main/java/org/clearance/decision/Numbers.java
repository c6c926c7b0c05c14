package org.clearance.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the answers print them: grouped thousands, at most four decimals, no trailing zeros ("15,831.2"). */
public final class Numbers {

    private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(() -> {
        DecimalFormat f = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f;
    });

    private Numbers() {
    }

    public static String format(double value) {
        return FORMAT.get().format(value);
    }

    public static String format(BigDecimal value) {
        return FORMAT.get().format(value);
    }

    /** A plain decimal for machine output: exact, without exponent or trailing zeros. */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }
}

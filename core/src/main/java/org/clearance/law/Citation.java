package org.clearance.law;

import java.util.Objects;

/**
 * Where a dated value or a rule comes from: the CFR paragraph, the Federal Register document, and a link.
 * At least one of {@code cfr} and {@code fr} is present; the loader refuses a value with neither.
 */
public record Citation(String cfr, String fr, String href) {

    public Citation {
        if (isBlank(cfr) && isBlank(fr)) {
            throw new IllegalArgumentException("a citation needs a CFR paragraph or a Federal Register document");
        }
        cfr = blankToNull(cfr);
        fr = blankToNull(fr);
        href = blankToNull(href);
    }

    /** A short human form, e.g. {@code 15 CFR 774 Supp. 1, ECCN 3A090.a.1; 88 FR 73458}. */
    public String text() {
        if (cfr == null) return fr;
        if (fr == null) return cfr;
        return cfr + "; " + fr;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }

    @Override
    public String toString() {
        return Objects.requireNonNullElse(text(), "");
    }
}

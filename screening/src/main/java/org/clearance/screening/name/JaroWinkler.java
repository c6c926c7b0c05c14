package org.clearance.screening.name;

/**
 * Jaro-Winkler similarity of two lower-case tokens, with the usual prefix scale 0.1 over at most 4 characters,
 * applied only when the Jaro similarity exceeds 0.7 (Winkler's boost threshold). Allocation free for tokens up
 * to 64 characters.
 */
public final class JaroWinkler {
    private JaroWinkler() {
    }

    public static double similarity(String a, String b) {
        if (a.equals(b)) return 1.0;
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) return 0.0;
        if (la > lb) {
            String t = a;
            a = b;
            b = t;
            la = a.length();
            lb = b.length();
        }
        int window = Math.max(0, lb / 2 - 1);
        long matchedA = 0;
        long matchedBLo = 0;
        long matchedBHi = 0;
        boolean big = lb > 64;
        boolean[] bigMatchedB = big ? new boolean[lb] : null;
        boolean[] bigMatchedA = la > 64 ? new boolean[la] : null;
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int lo = Math.max(0, i - window);
            int hi = Math.min(lb - 1, i + window);
            for (int j = lo; j <= hi; j++) {
                boolean taken = big ? bigMatchedB[j] : (j < 64 ? (matchedBLo >>> j & 1) != 0 : (matchedBHi >>> (j - 64) & 1) != 0);
                if (!taken && b.charAt(j) == c) {
                    if (big) bigMatchedB[j] = true;
                    else matchedBLo |= 1L << j;
                    if (bigMatchedA != null) bigMatchedA[i] = true;
                    else matchedA |= 1L << i;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0.0;
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            boolean mi = bigMatchedA != null ? bigMatchedA[i] : (matchedA >>> i & 1) != 0;
            if (!mi) continue;
            while (!(big ? bigMatchedB[k] : (matchedBLo >>> k & 1) != 0)) k++;
            if (a.charAt(i) != b.charAt(k)) transpositions++;
            k++;
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        if (jaro <= 0.7) return jaro;
        int prefix = 0;
        int max = Math.min(4, la);
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) prefix++;
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }
}

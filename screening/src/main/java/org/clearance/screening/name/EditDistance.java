package org.clearance.screening.name;

/**
 * Damerau-Levenshtein distance (optimal string alignment: insertions, deletions, substitutions, adjacent
 * transpositions), and a token similarity that blends it with Jaro-Winkler. Jaro-Winkler alone forgives a changed
 * ending too easily ("lind"/"linda" 0.96, "lowe"/"lowell" 0.93): for names that is a different name, not a typo.
 */
public final class EditDistance {
    private EditDistance() {
    }

    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[3][65]);

    public static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] rows = ROWS.get();
        if (rows[0].length < m + 1) {
            rows = new int[3][m + 1];
            ROWS.set(rows);
        }
        int[] prev2 = rows[0];
        int[] prev = rows[1];
        int[] cur = rows[2];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** The mean of Jaro-Winkler and 1 − distance / longer length: 1 for equal tokens, 0.88 for "lind"/"linda". */
    public static double tokenSimilarity(String a, String b, double jaroWinkler) {
        if (a.equals(b)) return 1.0;
        double edit = 1.0 - (double) distance(a, b) / Math.max(a.length(), b.length());
        return (jaroWinkler + Math.max(0, edit)) / 2;
    }
}

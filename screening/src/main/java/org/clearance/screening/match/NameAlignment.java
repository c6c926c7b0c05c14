package org.clearance.screening.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns a query form with one indexed name and scores the alignment. Query tokens (and adjacent query tokens
 * joined) are paired one-to-one with name tokens (and adjacent name tokens joined), greedily, best similarity
 * first; so token order never matters and "JSC Argument" meets "JSCARGUMENT". Two similarities come out, each in
 * [0, 1]:
 * <pre>
 *   S = Σ_aligned s·(w_q + w_n) / (Σ_aligned w_q + γ·Σ_unaligned w_q + Σ_aligned w_n + β·Σ_unaligned w_n)
 * </pre>
 * with every weight 1 ("plain": how much of the text matched) and with inverse document frequencies as weights
 * ("weighted": how much of the information matched, so a shared "Trading" or "Mohammed" counts for little and a
 * shared "Hikvision" for much). Unaligned query tokens cost γ = 0.5 of their weight and unaligned list tokens β =
 * 0.4: a customer record that adds a city or a department should still find the listed party. Each is computed
 * with the raw Jaro-Winkler similarities and with phonetic agreement closing half of the gap to 1.
 */
final class NameAlignment {

    static final int MAX_TOKENS = 24;
    static final double GAMMA_UNMATCHED_QUERY = 0.5;
    static final double BETA_UNMATCHED_NAME = 0.4;
    static final double PHONETIC_LIFT = 0.3;
    /** No extra sharpening: token similarities already blend Jaro-Winkler with edit distance. */
    static final double SHARPEN = 1.0;

    /** Scores; the explanation only when asked for. */
    record Scores(double plainRaw, double plainPhonetic, double weightedRaw, double weightedPhonetic,
                  boolean compactEqual, List<String> pairs, List<String> unmatchedQuery, List<String> unmatchedName,
                  double matchedInformation, boolean numbersDisagree, boolean queryNumberUnmatched) {
    }

    private NameAlignment() {
    }

    static Scores score(QueryForm q, IndexedNames names, int name, Vocabulary vocabulary, boolean explain) {
        int[] tokens = names.tokens(name);
        int[] pairTerms = names.pairs(name);
        int n = q.tokens.length;
        int m = tokens.length;
        if (n == 0 || m == 0) return new Scores(0, 0, 0, 0, false, List.of(), List.of(), List.of(), 0, false, false);
        if (q.compact.equals(names.compact(name))) {
            return new Scores(1, 1, 1, 1, true, explain ? List.of(q.name.text() + " = " + names.text(name, vocabulary) + " (same letters)") : List.of(),
                    List.of(), List.of(), q.totalWeight(), false, false);
        }
        // Candidate edges, each packed in a long: lifted similarity (float bits), span size, then the edge's
        // fields (query start, query length, name start, name length, phonetic flag) so sorting needs no objects.
        Edges edges = EDGES.get();
        QueryForm.TermTable table = q.byTerm;
        int e = 0;
        for (int j = 0; j < m && e < Edges.MAX; j++) {
            for (int nlen = 1; nlen <= 2 && j + nlen <= m; nlen++) {
                int term = nlen == 1 ? tokens[j] : pairTerms[j];
                if (term < 0) continue;
                for (int x = table.first(term); x >= 0 && e < Edges.MAX; x = table.next[x]) {
                    int len = table.len[x];
                    if (len == 2 && nlen == 2) continue;
                    int i = table.start[x];
                    float raw = table.sim[x];
                    boolean ph = table.phonetic[x];
                    edges.sim[e] = raw;
                    edges.key[e] = ((long) Float.floatToIntBits((float) lifted(raw, ph)) << 32)
                            | (long) (len + nlen) << 24 | (ph ? 1L << 23 : 0) | (long) i << 17
                            | (long) (len - 1) << 16 | (long) j << 9 | (long) (nlen - 1) << 8 | e;
                    edges.index[e] = e;
                    e++;
                }
            }
        }
        java.util.Arrays.sort(edges.key, 0, e);
        long qUsed = 0;
        long nUsed = 0;
        double numPlainRaw = 0, numPlainPh = 0, numWRaw = 0, numWPh = 0, matchedInfo = 0;
        List<String> pairs = explain ? new ArrayList<>() : null;
        for (int idx = e - 1; idx >= 0; idx--) {
            long key = edges.key[idx];
            int qs = (int) (key >>> 17 & 0x3f);
            int ql = (int) (key >>> 16 & 1) + 1;
            int ns = (int) (key >>> 9 & 0x7f);
            int nl = (int) (key >>> 8 & 1) + 1;
            boolean phonetic = (key >>> 23 & 1) != 0;
            float raw = edges.sim[edges.index[(int) (key & 0xff)]];
            long qMask = span(qs, ql);
            long nMask = span(ns, nl);
            if ((qUsed & qMask) != 0 || (nUsed & nMask) != 0) continue;
            qUsed |= qMask;
            nUsed |= nMask;
            double s = sharpen(raw);
            double sl = lifted(raw, phonetic);
            double wq = 0;
            for (int i = qs; i < qs + ql; i++) wq += q.weights[i];
            double wn = 0;
            for (int j = ns; j < ns + nl; j++) wn += vocabulary.idf(tokens[j]);
            int count = ql + nl;
            numPlainRaw += s * count;
            numPlainPh += sl * count;
            numWRaw += s * (wq + wn);
            numWPh += sl * (wq + wn);
            matchedInfo += s * wq;
            if (explain) {
                StringBuilder qt = new StringBuilder();
                for (int i = qs; i < qs + ql; i++) qt.append(q.tokens[i]);
                StringBuilder nt = new StringBuilder();
                for (int j = ns; j < ns + nl; j++) nt.append(vocabulary.term(tokens[j]));
                pairs.add(qt + "~" + nt + " " + String.format(java.util.Locale.ROOT, "%.3f", s)
                        + (phonetic ? " phonetic" : ""));
            }
        }
        double denPlain = 0, denW = 0;
        double unmatchedQ = 0, unmatchedQW = 0, unmatchedN = 0, unmatchedNW = 0;
        boolean queryNumber = false, nameNumber = false;
        List<String> uq = explain ? new ArrayList<>() : null;
        List<String> un = explain ? new ArrayList<>() : null;
        for (int i = 0; i < n; i++) {
            if ((qUsed >>> i & 1) != 0) {
                denPlain += 1;
                denW += q.weights[i];
            } else {
                unmatchedQ += 1;
                unmatchedQW += q.weights[i];
                queryNumber |= Character.isDigit(q.tokens[i].charAt(0));
                if (explain) uq.add(q.tokens[i]);
            }
        }
        for (int j = 0; j < m; j++) {
            if ((nUsed >>> j & 1) != 0) {
                denPlain += 1;
                denW += vocabulary.idf(tokens[j]);
            } else {
                unmatchedN += 1;
                unmatchedNW += vocabulary.idf(tokens[j]);
                nameNumber |= Character.isDigit(vocabulary.term(tokens[j]).charAt(0));
                if (explain) un.add(vocabulary.term(tokens[j]));
            }
        }
        // Omission costs γ (query) or β (name) of the missing weight; a contradiction — a word on each side that
        // meets nothing — costs the name side in full: "Hangzhou Bluestone Digital" is not "Hangzhou Hikvision
        // Digital", while "Hangzhou Hikvision" may well be.
        denPlain += GAMMA_UNMATCHED_QUERY * unmatchedQ + BETA_UNMATCHED_NAME * unmatchedN
                + (1 - BETA_UNMATCHED_NAME) * Math.min(unmatchedQ, unmatchedN);
        denW += GAMMA_UNMATCHED_QUERY * unmatchedQW + BETA_UNMATCHED_NAME * unmatchedNW
                + (1 - BETA_UNMATCHED_NAME) * Math.min(unmatchedQW, unmatchedNW);
        return new Scores(numPlainRaw / denPlain, numPlainPh / denPlain, numWRaw / denW, numWPh / denW, false,
                explain ? pairs : List.of(), explain ? uq : List.of(), explain ? un : List.of(), matchedInfo,
                queryNumber && nameNumber, queryNumber && !nameNumber);
    }

    static double sharpen(double s) {
        return s >= 1 ? 1 : Math.max(0, 1 - SHARPEN * (1 - s));
    }

    /** Per-thread edge buffers: at most 256 edges are considered (far more than any real name pair makes). */
    private static final class Edges {
        static final int MAX = 256;
        final long[] key = new long[MAX];
        final float[] sim = new float[MAX];
        final int[] index = new int[MAX];
    }

    private static final ThreadLocal<Edges> EDGES = ThreadLocal.withInitial(Edges::new);

    private static double lifted(float raw, boolean phonetic) {
        double s = sharpen(raw);
        return phonetic && s < 1 ? s + PHONETIC_LIFT * (1 - s) : s;
    }

    private static long span(int start, int len) {
        return ((1L << len) - 1) << start;
    }
}

package org.clearance.screening.match;

import org.clearance.screening.name.NormalizedName;

/**
 * One normalised form of the query, ready to compare: its tokens, each token's weight (inverse document frequency
 * of the list term it stands for), the list terms each token and each adjacent joined pair resembles.
 */
final class QueryForm {
    final NormalizedName name;
    final String[] tokens;
    final float[] weights;
    final Vocabulary.Expansion[] singles;
    /** pairs[i] joins tokens i and i+1 ("hik vision" → "hikvision"), exactly; NONE when no list term is the join. */
    final Vocabulary.Expansion[] pairs;
    final String compact;

    QueryForm(NormalizedName name, Vocabulary vocabulary) {
        this.name = name;
        this.tokens = name.tokens().length > NameAlignment.MAX_TOKENS
                ? java.util.Arrays.copyOf(name.tokens(), NameAlignment.MAX_TOKENS) : name.tokens();
        int n = tokens.length;
        this.weights = new float[n];
        this.singles = new Vocabulary.Expansion[n];
        this.pairs = new Vocabulary.Expansion[Math.max(0, n - 1)];
        // Pinyin made from characters is exact or nothing: fuzzy pinyin meets every other Chinese name on the lists.
        boolean exactOnly = name.route().equals("romanised");
        for (int i = 0; i < n; i++) {
            singles[i] = vocabulary.expand(tokens[i], exactOnly, false);
            int exact = vocabulary.id(tokens[i]);
            int best = singles[i].best();
            // An unknown word is probably distinctive, but not as telling as the rarest listed word.
            weights[i] = exact >= 0 ? vocabulary.idf(exact)
                    : best >= 0 ? vocabulary.idf(singles[i].terms()[best]) : 0.7f * vocabulary.maxIdf();
        }
        for (int i = 0; i + 1 < n; i++) pairs[i] = vocabulary.expand(tokens[i] + tokens[i + 1], true, true);
        this.compact = name.compact();
        this.byTerm = new TermTable(singles, pairs);
    }

    /** Every list term the query's units resemble, hashed to the units: one probe per name term when scoring. */
    final TermTable byTerm;

    static final class TermTable {
        private final int mask;
        private final int[] keys;
        private final int[] head;
        /** Entries: unit (query start, 0 = single 1 = pair), similarity, phonetic, next entry. */
        final int[] start;
        final int[] len;
        final float[] sim;
        final boolean[] phonetic;
        final int[] next;

        TermTable(Vocabulary.Expansion[] singles, Vocabulary.Expansion[] pairs) {
            int total = 0;
            for (Vocabulary.Expansion x : singles) total += x.terms().length;
            for (Vocabulary.Expansion x : pairs) total += x.terms().length;
            int cap = Integer.highestOneBit(Math.max(8, total * 2)) << 1;
            mask = cap - 1;
            keys = new int[cap];
            head = new int[cap];
            java.util.Arrays.fill(keys, -1);
            start = new int[total];
            len = new int[total];
            sim = new float[total];
            phonetic = new boolean[total];
            next = new int[total];
            int e = 0;
            for (int u = 0; u < singles.length + pairs.length; u++) {
                Vocabulary.Expansion x = u < singles.length ? singles[u] : pairs[u - singles.length];
                for (int k = 0; k < x.terms().length; k++) {
                    start[e] = u < singles.length ? u : u - singles.length;
                    len[e] = u < singles.length ? 1 : 2;
                    sim[e] = x.similarities()[k];
                    phonetic[e] = x.phonetic()[k];
                    int slot = slot(x.terms()[k]);
                    if (keys[slot] < 0) {
                        keys[slot] = x.terms()[k];
                        next[e] = -1;
                    } else {
                        next[e] = head[slot];
                    }
                    head[slot] = e;
                    e++;
                }
            }
        }

        private int slot(int term) {
            int h = (term * 0x9E3779B1) >>> 7 & mask;
            while (keys[h] >= 0 && keys[h] != term) h = (h + 1) & mask;
            return h;
        }

        /** The first entry for a term, or -1; follow {@link #next} for the others. */
        int first(int term) {
            int h = slot(term);
            return keys[h] == term ? head[h] : -1;
        }
    }

    float totalWeight() {
        float w = 0;
        for (float x : weights) w += x;
        return w;
    }
}

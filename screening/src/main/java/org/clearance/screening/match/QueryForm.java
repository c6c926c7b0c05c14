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
    }

    float totalWeight() {
        float w = 0;
        for (float x : weights) w += x;
        return w;
    }
}

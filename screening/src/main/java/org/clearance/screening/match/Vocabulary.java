package org.clearance.screening.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearance.screening.name.EditDistance;
import org.clearance.screening.name.JaroWinkler;
import org.clearance.screening.name.Phonetic;

/**
 * Every token (and every pair of adjacent tokens, joined) of every indexed name, with its postings (the names that
 * contain it), its inverse document frequency, and two ways to find it approximately: character trigrams and the
 * phonetic key. Query tokens are expanded here into the list tokens they resemble, with their similarities, once
 * per query; candidate scoring then only looks those up.
 */
final class Vocabulary {

    /** Jaro-Winkler at or above which two tokens count as the same word misspelled. */
    static final double FUZZY_FLOOR = 0.80;
    /** Jaro-Winkler at or above which two phonetically equal tokens count as the same word. */
    static final double PHONETIC_FLOOR = 0.60;
    /** Blended similarity ({@link EditDistance#tokenSimilarity}) at or above which a misspelling is kept. */
    static final double BLENDED_FLOOR = 0.70;
    /** Blended similarity at or above which a joined pair of query tokens meets a list term. */
    static final double JOINED_FLOOR = 0.88;
    private static final int MAX_EXPANSIONS = 24;
    /** Names a term must appear in to count as a common word, taken as written. */
    static final int COMMON_TERM = 10;

    private final String[] terms;
    private final boolean[] joined;
    private final int[][] postings;
    private final float[] idf;
    private final Map<String, Integer> ids;
    private final Map<Long, int[]> byGram;
    private final String[] phonetic;
    private final boolean[] digits;
    /**
     * Expansions already computed, by token: customer files repeat their words ("trading", "mohammed", "ltd"), and
     * an expansion depends only on the token and the (immutable) vocabulary.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Expansion> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile int cacheLimit = 50_000;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);
    private final Map<String, int[]> byPhonetic;
    private final float maxIdf;

    private Vocabulary(String[] terms, boolean[] joined, int[][] postings, int nameCount, Map<String, Integer> ids) {
        this.terms = terms;
        this.joined = joined;
        this.postings = postings;
        this.ids = ids;
        this.idf = new float[terms.length];
        for (int t = 0; t < terms.length; t++) idf[t] = (float) Math.log(1.0 + (double) nameCount / postings[t].length);
        this.maxIdf = (float) Math.log(1.0 + nameCount);
        Map<Long, List<Integer>> grams = new HashMap<>();
        Map<String, List<Integer>> phon = new HashMap<>();
        this.phonetic = new String[terms.length];
        this.digits = new boolean[terms.length];
        for (int t = 0; t < terms.length; t++) digits[t] = hasDigit(terms[t]);
        for (int t = 0; t < terms.length; t++) {
            if (joined[t]) continue;
            String term = terms[t];
            for (int i = -1; i + 2 <= term.length(); i++) grams.computeIfAbsent(gram(term, i), k -> new ArrayList<>(4)).add(t);
            phonetic[t] = Phonetic.key(term);
            if (phonetic[t] != null) phon.computeIfAbsent(phonetic[t], k -> new ArrayList<>(2)).add(t);
        }
        this.byGram = toArrays(grams);
        this.byPhonetic = toArrays(phon);
    }

    /** Collects the terms of the names as they are added, then freezes them into a vocabulary. */
    static final class Builder {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> terms = new ArrayList<>();
        private final List<Boolean> joined = new ArrayList<>();
        private final List<int[]> postings = new ArrayList<>();
        private final List<Integer> sizes = new ArrayList<>();

        int add(String term, boolean isJoined, int name) {
            Integer id = ids.get(term);
            if (id == null) {
                id = terms.size();
                ids.put(term, id);
                terms.add(term);
                joined.add(isJoined);
                postings.add(new int[2]);
                sizes.add(0);
            } else if (!isJoined && joined.get(id)) {
                joined.set(id, false); // a real token somewhere: fuzzy-findable
            }
            int n = sizes.get(id);
            int[] p = postings.get(id);
            if (n > 0 && p[n - 1] == name) return id;
            if (n == p.length) {
                p = Arrays.copyOf(p, n * 2);
                postings.set(id, p);
            }
            p[n] = name;
            sizes.set(id, n + 1);
            return id;
        }

        Vocabulary build(int nameCount) {
            int[][] p = new int[terms.size()][];
            boolean[] j = new boolean[terms.size()];
            for (int t = 0; t < p.length; t++) {
                p[t] = Arrays.copyOf(postings.get(t), sizes.get(t));
                j[t] = joined.get(t);
            }
            return new Vocabulary(terms.toArray(String[]::new), j, p, nameCount, ids);
        }
    }

    int size() {
        return terms.length;
    }

    /** Sets the expansion cache's size; 0 turns it off (to measure the uncached cost). */
    void cacheLimit(int limit) {
        cacheLimit = limit;
        cache.clear();
    }

    String term(int id) {
        return terms[id];
    }

    int[] postings(int id) {
        return postings[id];
    }

    float idf(int id) {
        return idf[id];
    }

    float maxIdf() {
        return maxIdf;
    }

    int id(String term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    /**
     * The list terms a query token may stand for: itself if listed, misspellings (Jaro-Winkler ≥ 0.80 among terms
     * sharing trigrams) and sound-alikes (same phonetic key, Jaro-Winkler ≥ 0.60). Numbers and tokens of one or
     * two characters only ever match exactly. {@code exactOnly} for tokens that are not spellings at all (pinyin made by a
     * machine from characters: if the list held that pinyin it would hold it exactly), {@code joined} for two query
     * tokens written together, which only meet list terms that are nearly identical, never by sound alone. Results are
     * cached per token (see {@link #cacheLimit}).
     */
    Expansion expand(String token, boolean exactOnly, boolean joinedTokens) {
        // Exact lookups are one hash probe: only fuzzy expansions are worth caching.
        if (cacheLimit <= 0 || exactOnly || token.length() <= 2) return compute(token, exactOnly, joinedTokens);
        String key = joinedTokens ? "+" + token : token;
        Expansion cached = cache.get(key);
        if (cached != null) return cached;
        Expansion x = compute(token, exactOnly, joinedTokens);
        // Bounded: a batch of a million distinct names must not grow the heap; start over when full.
        if (cache.size() >= cacheLimit) cache.clear();
        cache.put(key, x);
        return x;
    }

    private Expansion compute(String token, boolean exactOnly, boolean joinedTokens) {
        int exact = id(token);
        boolean strict = exactOnly || token.length() <= 2 || hasDigit(token);
        if (strict) {
            return exact < 0 ? Expansion.NONE : new Expansion(new int[] {exact}, new float[] {1f}, new boolean[] {false});
        }
        Scratch sc = scratch.get();
        sc.begin();
        if (exact >= 0) sc.found(exact, 1f, false);
        String key = joinedTokens ? null : Phonetic.key(token);
        if (key != null) {
            int[] same = byPhonetic.get(key);
            if (same != null) {
                for (int t : same) {
                    if (sc.seen(t)) continue;
                    double jw = JaroWinkler.similarity(token, terms[t]);
                    if (jw >= PHONETIC_FLOOR) sc.found(t, (float) EditDistance.tokenSimilarity(token, terms[t], jw), true);
                }
            }
        }
        // A word the lists use often ("international", "trading", "mohammed") is taken as written: its sound-alikes
        // are still found above, but the trigram search for misspellings (the expensive part) is for tokens the
        // lists do not contain or contain rarely ("moor" may well be "motor" misspelt).
        if (exact >= 0 && postings[exact].length >= COMMON_TERM) return sc.expansion();
        int len = token.length();
        int grams = 0;
        for (int i = -1; i + 2 <= len; i++) {
            int[] ts = byGram.get(gram(token, i));
            grams++;
            if (ts == null) continue;
            for (int t : ts) sc.count(t);
        }
        // A substitution destroys up to three of a token's trigrams and a transposition four, so a one-edit typo
        // of a six-letter word still shares half of them; requiring about half keeps the expansion to a few dozen
        // Jaro-Winkler computations instead of thousands (two-edit variants are left to the phonetic key).
        int minShared = Math.max(1, (grams + 1) / 2 - 2);
        int maxLengthGap = Math.max(2, len / 3);
        for (int k = 0; k < sc.touchedCount; k++) {
            int t = sc.touched[k];
            int c = sc.counts[t];
            sc.counts[t] = 0;
            if (c < minShared || sc.seen(t)) continue;
            String term = terms[t];
            if (Math.abs(term.length() - len) > maxLengthGap || digits[t]) continue;
            double jw = JaroWinkler.similarity(token, term);
            if (jw < FUZZY_FLOOR) continue;
            double s = EditDistance.tokenSimilarity(token, term, jw);
            if (s >= (joinedTokens ? JOINED_FLOOR : BLENDED_FLOOR)) {
                sc.found(t, (float) s, key != null && key.equals(phonetic[t]));
            }
        }
        return sc.expansion();
    }

    /** Per-thread buffers for expansion: trigram counters sized to the vocabulary, and the terms found so far. */
    private final class Scratch {
        final int[] counts = new int[terms.length];
        final int[] seenEpoch = new int[terms.length];
        int epoch;
        int[] touched = new int[4096];
        int touchedCount;
        int[] foundTerms = new int[64];
        float[] foundSims = new float[64];
        boolean[] foundPhon = new boolean[64];
        int foundCount;

        void begin() {
            epoch++;
            touchedCount = 0;
            foundCount = 0;
        }

        boolean seen(int t) {
            return seenEpoch[t] == epoch;
        }

        void count(int t) {
            if (counts[t]++ == 0) {
                if (touchedCount == touched.length) touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
                touched[touchedCount++] = t;
            }
        }

        void found(int t, float sim, boolean phon) {
            seenEpoch[t] = epoch;
            if (foundCount == foundTerms.length) {
                foundTerms = java.util.Arrays.copyOf(foundTerms, foundCount * 2);
                foundSims = java.util.Arrays.copyOf(foundSims, foundCount * 2);
                foundPhon = java.util.Arrays.copyOf(foundPhon, foundCount * 2);
            }
            foundTerms[foundCount] = t;
            foundSims[foundCount] = sim;
            foundPhon[foundCount] = phon;
            foundCount++;
        }

        Expansion expansion() {
            if (foundCount == 0) return Expansion.NONE;
            int n = foundCount;
            long[] order = new long[n];
            for (int i = 0; i < n; i++) order[i] = ((long) Float.floatToIntBits(foundSims[i]) << 32) | i;
            java.util.Arrays.sort(order);
            int keep = Math.min(n, MAX_EXPANSIONS);
            long[] byTerm = new long[keep];
            for (int k = 0; k < keep; k++) {
                int i = (int) order[n - 1 - k];
                byTerm[k] = ((long) foundTerms[i] << 32) | i;
            }
            java.util.Arrays.sort(byTerm);
            int[] ts = new int[keep];
            float[] ss = new float[keep];
            boolean[] ps = new boolean[keep];
            for (int k = 0; k < keep; k++) {
                int i = (int) byTerm[k];
                ts[k] = foundTerms[i];
                ss[k] = foundSims[i];
                ps[k] = foundPhon[i];
            }
            return new Expansion(ts, ss, ps);
        }
    }

    /** The list terms one query token (or joined pair) resembles, sorted by term id for binary search. */
    record Expansion(int[] terms, float[] similarities, boolean[] phonetic) {
        static final Expansion NONE = new Expansion(new int[0], new float[0], new boolean[0]);

        int indexOf(int term) {
            return Arrays.binarySearch(terms, term);
        }

        boolean isEmpty() {
            return terms.length == 0;
        }

        /** The best similarity's term, or -1. */
        int best() {
            int b = -1;
            for (int i = 0; i < terms.length; i++) if (b < 0 || similarities[i] > similarities[b]) b = i;
            return b;
        }
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    /** The trigram of the padded token ("^" + token + "$") starting at padded position i + 1, as a number. */
    private static long gram(String token, int i) {
        int n = token.length();
        long a = i < 0 ? '^' : token.charAt(i);
        long b = i + 1 < 0 ? '^' : i + 1 < n ? token.charAt(i + 1) : '$';
        long c = i + 2 < n ? token.charAt(i + 2) : '$';
        return a << 32 | b << 16 | c;
    }

    private static <K> Map<K, int[]> toArrays(Map<K, List<Integer>> m) {
        Map<K, int[]> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }
}

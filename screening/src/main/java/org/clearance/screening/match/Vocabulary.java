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

    private final String[] terms;
    private final boolean[] joined;
    private final int[][] postings;
    private final float[] idf;
    private final Map<String, Integer> ids;
    private final Map<String, int[]> byGram;
    private final Map<String, int[]> byPhonetic;
    private final float maxIdf;
    private final ThreadLocal<int[]> gramCounts;

    private Vocabulary(String[] terms, boolean[] joined, int[][] postings, int nameCount, Map<String, Integer> ids) {
        this.terms = terms;
        this.joined = joined;
        this.postings = postings;
        this.ids = ids;
        this.idf = new float[terms.length];
        for (int t = 0; t < terms.length; t++) idf[t] = (float) Math.log(1.0 + (double) nameCount / postings[t].length);
        this.maxIdf = (float) Math.log(1.0 + nameCount);
        Map<String, List<Integer>> grams = new HashMap<>();
        Map<String, List<Integer>> phon = new HashMap<>();
        for (int t = 0; t < terms.length; t++) {
            if (joined[t]) continue;
            for (String g : grams(terms[t])) grams.computeIfAbsent(g, k -> new ArrayList<>(4)).add(t);
            String key = Phonetic.key(terms[t]);
            if (key != null) phon.computeIfAbsent(key, k -> new ArrayList<>(2)).add(t);
        }
        this.byGram = toArrays(grams);
        this.byPhonetic = toArrays(phon);
        int size = terms.length;
        this.gramCounts = ThreadLocal.withInitial(() -> new int[size]);
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
     * two characters only ever match exactly.
     */
    Expansion expand(String token) {
        return expand(token, false, false);
    }

    /**
     * As {@link #expand(String)}; {@code exactOnly} for tokens that are not spellings at all (pinyin made by a
     * machine from characters: if the list held that pinyin it would hold it exactly), {@code joined} for two query
     * tokens written together, which only meet list terms that are nearly identical (Jaro-Winkler ≥ 0.92), never
     * by sound alone.
     */
    Expansion expand(String token, boolean exactOnly, boolean joinedTokens) {
        int exact = id(token);
        boolean strict = exactOnly || token.length() <= 2 || hasDigit(token);
        if (strict) {
            return exact < 0 ? Expansion.NONE : new Expansion(new int[] {exact}, new float[] {1f}, new boolean[] {false});
        }
        Map<Integer, float[]> found = new HashMap<>(); // term → {jw, phonetic?1:0}
        if (exact >= 0) found.put(exact, new float[] {1f, 0f});
        String key = joinedTokens ? null : Phonetic.key(token);
        if (key != null) {
            int[] same = byPhonetic.get(key);
            if (same != null) {
                for (int t : same) {
                    if (t == exact || found.containsKey(t)) continue;
                    double jw = JaroWinkler.similarity(token, terms[t]);
                    if (jw >= PHONETIC_FLOOR) {
                        found.put(t, new float[] {(float) EditDistance.tokenSimilarity(token, terms[t], jw), 1f});
                    }
                }
            }
        }
        List<String> qg = grams(token);
        int[] counts = gramCounts.get();
        List<Integer> touched = new ArrayList<>();
        for (String g : qg) {
            int[] ts = byGram.get(g);
            if (ts == null) continue;
            for (int t : ts) {
                if (counts[t]++ == 0) touched.add(t);
            }
        }
        int len = token.length();
        int minShared = Math.max(1, (qg.size() + 2) / 4);
        for (int t : touched) {
            int c = counts[t];
            counts[t] = 0;
            if (c < minShared || t == exact || found.containsKey(t)) continue;
            String term = terms[t];
            if (Math.abs(term.length() - len) > Math.max(2, len / 3) || hasDigit(term)) continue;
            double jw = JaroWinkler.similarity(token, term);
            if (jw < FUZZY_FLOOR) continue;
            double s = EditDistance.tokenSimilarity(token, term, jw);
            if (s >= (joinedTokens ? JOINED_FLOOR : BLENDED_FLOOR)) {
                found.put(t, new float[] {(float) s, key != null && key.equals(Phonetic.key(term)) ? 1f : 0f});
            }
        }
        if (found.isEmpty()) return Expansion.NONE;
        List<Map.Entry<Integer, float[]>> list = new ArrayList<>(found.entrySet());
        list.sort((a, b) -> Float.compare(b.getValue()[0], a.getValue()[0]));
        if (list.size() > MAX_EXPANSIONS) list = list.subList(0, MAX_EXPANSIONS);
        list.sort((a, b) -> Integer.compare(a.getKey(), b.getKey()));
        int[] terms = new int[list.size()];
        float[] sims = new float[list.size()];
        boolean[] phon = new boolean[list.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = list.get(i).getKey();
            sims[i] = list.get(i).getValue()[0];
            phon[i] = list.get(i).getValue()[1] > 0;
        }
        return new Expansion(terms, sims, phon);
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

    private static List<String> grams(String token) {
        String padded = "^" + token + "$";
        List<String> out = new ArrayList<>(padded.length());
        for (int i = 0; i + 3 <= padded.length(); i++) out.add(padded.substring(i, i + 3));
        return out;
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> m) {
        Map<String, int[]> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }
}

package org.clearance.screening.name;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chinese text to comparable words, two ways: translated (zh-words.tsv words to English, other characters to
 * pinyin) and romanised (every character to pinyin). Segmentation is greedy longest match against the word table;
 * characters outside it are romanised and grouped two syllables to a token, the commonest length of a Chinese word
 * and how the lists write romanised names ("Zhongtian", "Jingjia"). The scorer re-joins or splits tokens, so the
 * grouping need not be exact.
 */
final class ChineseWords {

    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    private static final ThreadLocal<Transliterator> PINYIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));
    private static final Map<Integer, String> SYLLABLES = new ConcurrentHashMap<>();

    /** Stands in the text for a dropped Chinese legal form, so the normaliser can report it. */
    static final String LEGAL_FORM_MARK = "zhlegalformmark";

    private final Map<String, String> words = new HashMap<>();
    private int longest;

    ChineseWords() {
        for (String[] row : WordTable.rows("zh-words.tsv", 2)) {
            words.put(row[0], row[1]);
            longest = Math.max(longest, row[0].codePointCount(0, row[0].length()));
        }
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    static String simplified(String s) {
        synchronized (TO_SIMPLIFIED) {
            return TO_SIMPLIFIED.transliterate(s);
        }
    }

    /** A run of Han characters (simplified) as translated words; legal forms come back as {@link #LEGAL_FORM_MARK}. */
    String translate(String run) {
        return segment(run, true);
    }

    /** A run of Han characters as pinyin words, dictionary words kept whole. */
    String romanise(String run) {
        return segment(run, false);
    }

    private String segment(String run, boolean translate) {
        int[] cps = run.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        List<String> pending = new ArrayList<>();
        int i = 0;
        while (i < cps.length) {
            int len = Math.min(longest, cps.length - i);
            String hit = null;
            for (; len >= 1; len--) {
                hit = words.get(new String(cps, i, len));
                if (hit != null) break;
            }
            if (hit != null) {
                flush(pending, out);
                if (hit.equals("-")) {
                    out.append(' ').append(LEGAL_FORM_MARK).append(' ');
                } else if (translate) {
                    out.append(' ').append(hit).append(' ');
                } else {
                    StringBuilder word = new StringBuilder();
                    for (int k = i; k < i + len; k++) word.append(syllable(cps[k]));
                    out.append(' ').append(word).append(' ');
                }
                i += len;
            } else {
                pending.add(syllable(cps[i]));
                i++;
            }
        }
        flush(pending, out);
        return out.toString();
    }

    /** Unknown characters' syllables, two to a token (an odd last one joins the previous pair). */
    private static void flush(List<String> syllables, StringBuilder out) {
        int n = syllables.size();
        for (int k = 0; k < n; k += 2) {
            out.append(' ').append(syllables.get(k));
            if (k + 1 < n) out.append(syllables.get(k + 1));
            if (k + 3 == n) {
                out.append(syllables.get(k + 2));
                break;
            }
        }
        out.append(' ');
        syllables.clear();
    }

    private static String syllable(int cp) {
        return SYLLABLES.computeIfAbsent(cp, c -> PINYIN.get().transliterate(new String(Character.toChars(c)))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
    }
}

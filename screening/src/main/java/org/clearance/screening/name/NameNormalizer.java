package org.clearance.screening.name;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a name as written (any script, any punctuation, any legal form) into comparable token lists. Steps, in
 * order: stray Windows-1252 control bytes repaired; Unicode NFKC with case folding; Han characters made simplified
 * and then translated ({@code zh-words.tsv}) and, as a second variant, romanised to pinyin; Cyrillic romanised with
 * the BGN/PCGN system that OFAC's own spellings follow; any other script through ICU's {@code Any-Latin}; accents
 * dropped ({@code Latin-ASCII}); initialisms joined ("A.C." → "ac"); other punctuation to spaces; ordinals to
 * numbers ("12th" → "12"); legal forms removed ({@code legal-forms.tsv}); abbreviations expanded
 * ({@code abbreviations.tsv}); stop words dropped. No external service is called.
 */
public final class NameNormalizer {

    private static final NameNormalizer STANDARD = new NameNormalizer();
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final ThreadLocal<Transliterator> CYRILLIC = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> ANY_LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final Set<String> STOP_WORDS = Set.of("and", "of", "the", "for", "de", "del", "la", "las", "los",
            "le", "y", "et", "und", "der", "die", "das", "du", "des", "in", "at", "on", "to", "by");

    private final LegalForms legalForms = new LegalForms();
    private final Map<String, String> abbreviations = WordTable.map("abbreviations.tsv");
    private final ChineseWords chinese = new ChineseWords();

    private NameNormalizer() {
    }

    public static NameNormalizer standard() {
        return STANDARD;
    }

    /** The first (main) comparable form of a name. */
    public NormalizedName normalize(String raw) {
        List<NormalizedName> v = variants(raw);
        return v.isEmpty() ? new NormalizedName(new String[0], "latin", List.of()) : v.get(0);
    }

    /**
     * Every comparable form of a name, main one first, without duplicates or empty forms. A Latin name has one;
     * a Chinese name has a translated and a romanised form.
     */
    public List<NormalizedName> variants(String raw) {
        if (raw == null) return List.of();
        String s = NFKC_CASEFOLD.normalize(repairControls(raw));
        List<String[]> texts = new ArrayList<>(2); // {text, route}
        if (hasHan(s)) {
            String simplified = ChineseWords.simplified(s);
            texts.add(new String[] {replaceHan(simplified, true), "translated"});
            texts.add(new String[] {replaceHan(simplified, false), "romanised"});
        } else {
            texts.add(new String[] {s, "latin"});
        }
        Set<NormalizedName> out = new LinkedHashSet<>();
        for (String[] t : texts) {
            String text = t[0];
            String route = t[1];
            if (!isAscii(text)) {
                boolean cyrillic = hasCyrillic(text);
                text = (cyrillic ? CYRILLIC : ANY_LATIN).get().transliterate(text);
                if (route.equals("latin") && (cyrillic || hasNonLatinLetters(t[0]))) route = "transliterated";
            }
            NormalizedName n = tokens(text, route);
            if (!n.isEmpty()) out.add(n);
        }
        return List.copyOf(out);
    }

    /** Whether the text has at least one letter in any script. */
    public static boolean hasLetter(String raw) {
        return raw != null && raw.codePoints().anyMatch(Character::isLetter);
    }

    private NormalizedName tokens(String text, String route) {
        List<String> raw = new ArrayList<>(8);
        StringBuilder tok = new StringBuilder(16);
        int n = text.length();
        int i = 0;
        while (i < n) {
            // one whitespace-separated chunk at a time, so initialisms can be recognised whole
            while (i < n && Character.isWhitespace(text.charAt(i))) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
            if (start == i) break;
            String chunk = text.substring(start, i);
            if (isInitialism(chunk)) {
                raw.add(chunk.replace(".", ""));
                continue;
            }
            for (int k = 0; k < chunk.length(); k++) {
                char c = chunk.charAt(k);
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    tok.append(c);
                } else if (c >= 'A' && c <= 'Z') {
                    tok.append((char) (c + 32));
                } else if (c == '\'' || c == '’' || c == '`' || c == 'ʹ' || c == 'ʺ' || c == 'ʼ' || c == '"' || c == '·') {
                    // apostrophes and soft signs join: Xi'an → xian, Qing'an → qingan
                } else if (c == '&') {
                    flush(tok, raw);
                    raw.add("and");
                } else {
                    flush(tok, raw);
                }
            }
            flush(tok, raw);
        }
        List<String> cleaned = new ArrayList<>(raw.size());
        for (int k = 0; k < raw.size(); k++) {
            String t = legalForms.repair(ordinal(raw.get(k)));
            if (t.equals("no") && k + 1 < raw.size() && Character.isDigit(raw.get(k + 1).charAt(0))) continue;
            cleaned.add(t);
        }
        List<String> removed = new ArrayList<>();
        List<String> withoutForms = legalForms.strip(markersAsForms(cleaned, removed), removed);
        List<String> out = new ArrayList<>(withoutForms.size());
        for (String t : withoutForms) {
            String canonical = abbreviations.getOrDefault(t, t);
            if (STOP_WORDS.contains(canonical)) continue;
            for (String part : canonical.split(" ")) out.add(part);
        }
        if (out.isEmpty()) {
            for (String t : cleaned) if (!t.equals(ChineseWords.LEGAL_FORM_MARK)) out.add(t); // only stop words: keep them
        }
        return new NormalizedName(out.toArray(String[]::new), route, List.copyOf(removed));
    }

    /** Chinese legal forms arrive as markers from the word table; record them as removed. */
    private static List<String> markersAsForms(List<String> tokens, List<String> removed) {
        if (!tokens.contains(ChineseWords.LEGAL_FORM_MARK)) return tokens;
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            if (t.equals(ChineseWords.LEGAL_FORM_MARK)) removed.add("zh legal form");
            else out.add(t);
        }
        return out;
    }

    private static void flush(StringBuilder tok, List<String> out) {
        if (!tok.isEmpty()) {
            out.add(tok.toString());
            tok.setLength(0);
        }
    }

    /** "33rd" → "33", "1st" → "1"; other tokens unchanged. */
    private static String ordinal(String t) {
        int len = t.length();
        if (len >= 3 && Character.isDigit(t.charAt(len - 3))) {
            String suffix = t.substring(len - 2);
            if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) {
                String digits = t.substring(0, len - 2);
                if (digits.chars().allMatch(Character::isDigit)) return digits;
            }
        }
        return t;
    }

    /** "a.c.", "u.s.a", "s.a." — single letters each followed by a dot. */
    private static boolean isInitialism(String chunk) {
        int letters = 0;
        int i = 0;
        while (i < chunk.length()) {
            if (!Character.isLetter(chunk.charAt(i))) return false;
            letters++;
            i++;
            if (i < chunk.length()) {
                if (chunk.charAt(i) != '.') return false;
                i++;
            }
        }
        return letters >= 2 && chunk.indexOf('.') > 0;
    }

    private String replaceHan(String s, boolean translate) {
        StringBuilder out = new StringBuilder(s.length() * 4);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (ChineseWords.isHan(cp)) {
                int start = i;
                while (i < s.length() && ChineseWords.isHan(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
                String run = s.substring(start, i);
                out.append(translate ? chinese.translate(run) : chinese.romanise(run));
            } else {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
        }
        return out.toString();
    }

    private static String repairControls(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c <= 0x9f) {
                if (sb == null) sb = new StringBuilder(s.substring(0, i));
                sb.append(new String(new byte[] {(byte) c}, CP1252));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) return false;
        return true;
    }

    private static boolean hasHan(String s) {
        if (isAscii(s)) return false;
        return s.codePoints().anyMatch(ChineseWords::isHan);
    }

    private static boolean hasCyrillic(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
    }

    private static boolean hasNonLatinLetters(String s) {
        return s.codePoints().anyMatch(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN);
    }
}

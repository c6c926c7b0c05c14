package org.clearance.screening.name;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Removes legal forms (legal-forms.tsv) from a token sequence, longest form first, anywhere in the name. */
final class LegalForms {

    private final Map<String, List<String[]>> byFirstToken = new HashMap<>();
    /** The words of legal forms long enough to be misspelled recognisably ("limityed", "compani", "obshchesvo"). */
    private final Map<Character, List<String>> longWords = new HashMap<>();

    LegalForms() {
        java.util.Set<String> words = new java.util.TreeSet<>();
        for (String[] row : WordTable.rows("legal-forms.tsv", 2)) {
            String[] tokens = row[1].split(" ");
            byFirstToken.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(tokens);
            for (String t : tokens) if (t.length() >= 5) words.add(t);
        }
        for (String w : words) longWords.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        for (List<String[]> forms : byFirstToken.values()) forms.sort((a, b) -> b.length - a.length);
    }

    /**
     * The legal-form word a token misspells (Jaro-Winkler at least 0.92, same first letter, length within two),
     * or the token itself. Legal forms are the words clerks type most and check least.
     */
    String repair(String token) {
        if (token.length() < 5 || byFirstToken.containsKey(token)) return token;
        for (String w : longWords.getOrDefault(token.charAt(0), List.of())) {
            if (Math.abs(w.length() - token.length()) > 2) continue;
            if (JaroWinkler.similarity(token, w) >= 0.92) return w;
        }
        return token;
    }

    /**
     * The tokens without legal forms; the removed forms are added to {@code removed}. When nothing but legal forms
     * is left, the tokens are returned unchanged ("Limited" may be a whole name).
     */
    List<String> strip(List<String> tokens, List<String> removed) {
        List<String> kept = new ArrayList<>(tokens.size());
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            List<String[]> forms = byFirstToken.get(tokens.get(i));
            int matched = 0;
            if (forms != null) {
                for (String[] form : forms) {
                    if (matches(tokens, i, form)) {
                        matched = form.length;
                        break;
                    }
                }
            }
            if (matched > 0) {
                found.add(String.join(" ", tokens.subList(i, i + matched)));
                i += matched;
            } else {
                kept.add(tokens.get(i++));
            }
        }
        if (kept.isEmpty()) return tokens;
        removed.addAll(found);
        return kept;
    }

    private static boolean matches(List<String> tokens, int at, String[] form) {
        if (at + form.length > tokens.size()) return false;
        for (int k = 0; k < form.length; k++) if (!tokens.get(at + k).equals(form[k])) return false;
        return true;
    }
}

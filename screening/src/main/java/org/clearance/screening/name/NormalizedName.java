package org.clearance.screening.name;

import java.util.List;

/**
 * A name reduced to comparable tokens: lower-case ASCII words, legal forms and stop words removed, abbreviations
 * expanded. {@code route} says how it was reached (latin, transliterated, translated), {@code legalForms} what
 * was removed, for the explanation.
 */
public record NormalizedName(String[] tokens, String route, List<String> legalForms) {

    public String text() {
        return String.join(" ", tokens);
    }

    public String compact() {
        return String.join("", tokens);
    }

    public boolean isEmpty() {
        return tokens.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalizedName n && java.util.Arrays.equals(tokens, n.tokens);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(tokens);
    }

    @Override
    public String toString() {
        return text();
    }
}

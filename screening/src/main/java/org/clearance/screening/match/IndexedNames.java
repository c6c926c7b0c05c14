package org.clearance.screening.match;

import java.util.Arrays;

/** The indexed names in flat arrays: for each name, its entry, which of the entry's names it is, its term ids. */
final class IndexedNames {
    private int size;
    private int[] entry = new int[1024];
    private int[] alias = new int[1024];
    private int[][] tokens = new int[1024][];
    private int[][] pairs = new int[1024][];
    private String[] compact = new String[1024];
    private String[] route = new String[1024];
    private org.clearance.screening.list.Alias[] aliasOf = new org.clearance.screening.list.Alias[1024];

    int add(int entryIndex, int aliasIndex, org.clearance.screening.list.Alias aliasName, String compactForm, String routeName) {
        if (size == entry.length) {
            int cap = size * 2;
            entry = Arrays.copyOf(entry, cap);
            alias = Arrays.copyOf(alias, cap);
            tokens = Arrays.copyOf(tokens, cap);
            pairs = Arrays.copyOf(pairs, cap);
            compact = Arrays.copyOf(compact, cap);
            route = Arrays.copyOf(route, cap);
            aliasOf = Arrays.copyOf(aliasOf, cap);
        }
        entry[size] = entryIndex;
        alias[size] = aliasIndex;
        compact[size] = compactForm;
        route[size] = routeName;
        aliasOf[size] = aliasName;
        return size++;
    }

    void setTerms(int name, int[] tokenTerms, int[] pairTerms) {
        tokens[name] = tokenTerms;
        pairs[name] = pairTerms;
    }

    int size() {
        return size;
    }

    int entry(int name) {
        return entry[name];
    }

    int alias(int name) {
        return alias[name];
    }

    /** The list name itself, as written, with its kind. */
    org.clearance.screening.list.Alias aliasOf(int name) {
        return aliasOf[name];
    }

    int[] tokens(int name) {
        return tokens[name];
    }

    /** pairs[j] is the term of tokens j and j+1 joined. */
    int[] pairs(int name) {
        return pairs[name];
    }

    String compact(int name) {
        return compact[name];
    }

    String route(int name) {
        return route[name];
    }

    String text(int name, Vocabulary vocabulary) {
        StringBuilder sb = new StringBuilder();
        for (int t : tokens[name]) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(vocabulary.term(t));
        }
        return sb.toString();
    }
}

package org.clearance.screening.name;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clearance's committed table of native-script names of listed parties (native-names.tsv), each with its source.
 * The US lists print Chinese and Russian organisations under English translations ("Northwestern Polytechnical
 * University"), which no romanisation of 西北工业大学 reaches; the index adds the native name as an alias of every
 * entry that carries the listed name. Rows are keyed by the normalised listed name, so a new list version picks
 * them up without ids.
 */
public final class NativeNames {

    /** One row of the table. */
    public record Row(String listedName, String nativeName, String source) {
    }

    private final Map<String, List<Row>> byListedName = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    private NativeNames(List<String[]> table, NameNormalizer normalizer) {
        for (String[] r : table) {
            Row row = new Row(r[0], r[1], r[2]);
            rows.add(row);
            byListedName.computeIfAbsent(normalizer.normalize(r[0]).text(), k -> new ArrayList<>()).add(row);
        }
    }

    public static NativeNames standard() {
        return new NativeNames(WordTable.rows("native-names.tsv", 3), NameNormalizer.standard());
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The rows whose listed name normalises to this text (see {@link NormalizedName#text()}). */
    public List<Row> forNormalized(String text) {
        return byListedName.getOrDefault(text, List.of());
    }
}

package org.clearance.screening.name;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A committed two-column table (tab-separated, '#' comments) read from the classpath: legal forms, abbreviations,
 * Chinese words. Keeping these as data lets a reviewer see and extend them without reading code.
 */
final class WordTable {
    private WordTable() {
    }

    static List<String[]> rows(String resource, int columns) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = WordTable.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.split("\t");
                if (parts.length < columns) {
                    throw new IllegalStateException(resource + ":" + n + ": expected " + columns
                            + " tab-separated columns, found " + parts.length);
                }
                for (int i = 0; i < parts.length; i++) parts[i] = parts[i].strip();
                out.add(parts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Map<String, String> map(String resource) {
        Map<String, String> m = new HashMap<>();
        for (String[] row : rows(resource, 2)) m.put(row[0], row[1]);
        return m;
    }
}

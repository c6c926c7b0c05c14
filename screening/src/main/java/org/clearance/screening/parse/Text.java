package org.clearance.screening.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decoding and small string chores shared by the parsers. */
final class Text {
    private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private Text() {
    }

    /**
     * UTF-8 when the bytes are valid UTF-8 (the CSL), else Windows-1252 (OFAC's legacy files are ASCII, but older
     * downloads carry stray 1252 punctuation). A leading byte-order mark is dropped.
     */
    static String decode(byte[] bytes) {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            s = new String(bytes, Charset.forName("windows-1252"));
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Null for the OFAC null marker "-0-" and for blank text; otherwise the trimmed text. */
    static String value(String raw) {
        if (raw == null) return null;
        String t = raw.strip();
        return t.isEmpty() || t.equals("-0-") ? null : t;
    }

    /** Splits a "; "-separated multi-value field, dropping blanks. */
    static List<String> split(String raw, String separator) {
        List<String> out = new ArrayList<>();
        if (raw == null) return out;
        for (String part : raw.split(Pattern.quote(separator))) {
            String t = part.strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /** A YYYY-MM-DD date in a file name (sdn-2024-05-03.csv), if any. */
    static LocalDate dateInName(String name) {
        Matcher m = DATE_IN_NAME.matcher(name);
        LocalDate found = null;
        while (m.find()) {
            try {
                found = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (RuntimeException ignored) {
                // not a date after all
            }
        }
        return found;
    }

    /**
     * The columns of a header row by lower-case name; refuses a file that is empty or lacks a required column,
     * naming the file, the column and what the file should have been ({@code expected}).
     */
    static java.util.Map<String, Integer> columns(CsvReader.Row header, List<String> required, String file,
                                                  String expected) {
        if (header == null) throw new org.clearance.screening.list.ListFileException(file, "the file is empty; expected " + expected);
        java.util.Map<String, Integer> col = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) col.put(header.get(i).strip().toLowerCase(java.util.Locale.ROOT), i);
        for (String r : required) {
            if (!col.containsKey(r)) {
                throw new org.clearance.screening.list.ListFileException(file, "no '" + r
                        + "' column in the header; expected " + expected);
            }
        }
        return col;
    }

    static boolean isBlankRow(CsvReader.Row row) {
        for (String f : row.fields()) if (!f.isBlank() && !f.equals("\u001a")) return false;
        return true;
    }
}

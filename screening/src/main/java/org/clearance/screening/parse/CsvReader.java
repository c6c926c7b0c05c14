package org.clearance.screening.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for the list files: quoted fields with doubled quotes, quoted line breaks, CRLF or LF,
 * any one-character delimiter. Each record remembers the line it starts on, so a skipped row can be reported by
 * file and line. A quote left open at the end of the text yields the partial record with {@code unterminated} set
 * (the truncated last row of a damaged download), never an exception.
 */
public final class CsvReader {

    /** One record: its fields, the line it starts on (1-based), and whether it ended inside an open quote. */
    public record Row(List<String> fields, long line, boolean unterminated) {
        public String get(int i) {
            return i < fields.size() ? fields.get(i) : null;
        }

        public int size() {
            return fields.size();
        }
    }

    private final String text;
    private final char delimiter;
    private int pos;
    private long line = 1;

    public CsvReader(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    /** The next record, or null at the end of the text. */
    public Row next() {
        if (pos >= text.length()) return null;
        long start = line;
        List<String> fields = new ArrayList<>(32);
        StringBuilder field = new StringBuilder(64);
        boolean quoted = false;
        boolean wasQuoted = false;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (quoted) {
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        field.append('"');
                        pos++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') pos++;
                line++;
                fields.add(field.toString());
                return new Row(fields, start, false);
            } else if (c == '"' && !wasQuoted && field.toString().isBlank()) {
                // An opening quote; whitespace before it (", \"x\"") is dropped.
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return new Row(fields, start, quoted);
    }
}

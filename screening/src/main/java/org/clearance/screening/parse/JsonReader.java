package org.clearance.screening.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 reader for the JSON list files (the screening module takes no JSON library, see its
 * ArchitectureTest). Reads one whole value, refusing trailing text, duplicate member names and nesting deeper than
 * {@value #MAX_DEPTH}; a {@link Malformed} names the line and column and what was expected there.
 */
final class JsonReader {

    static final int MAX_DEPTH = 200;

    /** Text that is not JSON: where, and why. */
    static final class Malformed extends RuntimeException {
        private final long line;
        private final long column;
        private final String reason;

        Malformed(long line, long column, String reason) {
            super("malformed JSON at line " + line + ", column " + column + ": " + reason);
            this.line = line;
            this.column = column;
            this.reason = reason;
        }

        String reason() {
            return reason;
        }

        long line() {
            return line;
        }

        long column() {
            return column;
        }
    }

    private final String text;
    private int pos;
    private long line;
    private int lineStart;

    private JsonReader(String text, long firstLine) {
        this.text = text;
        this.line = firstLine;
    }

    /** The one value of {@code text}, whose first line is line {@code firstLine} of its file. */
    static JsonValue read(String text, long firstLine) {
        JsonReader r = new JsonReader(text, firstLine);
        r.skipSpace();
        if (r.pos >= text.length()) throw r.malformed("no value: the text is empty");
        JsonValue v = r.value(0);
        r.skipSpace();
        if (r.pos < text.length()) throw r.malformed("unexpected " + r.describeNext() + " after the value");
        return v;
    }

    private JsonValue value(int depth) {
        if (depth > MAX_DEPTH) throw malformed("nested deeper than " + MAX_DEPTH + " levels");
        if (pos >= text.length()) throw malformed("the text ends where a value was expected (truncated?)");
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> new JsonValue.JsonString(string());
            case 't' -> literal("true", new JsonValue.JsonBoolean(true));
            case 'f' -> literal("false", new JsonValue.JsonBoolean(false));
            case 'n' -> literal("null", new JsonValue.JsonNull());
            default -> {
                if (c == '-' || c >= '0' && c <= '9') yield number();
                throw malformed("unexpected " + describeNext() + " where a value was expected");
            }
        };
    }

    private JsonValue.JsonObject object(int depth) {
        long startLine = line;
        pos++;
        Map<String, JsonValue> members = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            return new JsonValue.JsonObject(members, startLine);
        }
        while (true) {
            skipSpace();
            if (peek() != '"') throw malformed("expected a member name in double quotes, found " + describeNext());
            long nameLine = line;
            long nameColumn = column();
            String name = string();
            skipSpace();
            expect(':', "after the member name \"" + name + "\"");
            skipSpace();
            JsonValue v = value(depth + 1);
            if (members.put(name, v) != null) {
                throw new Malformed(nameLine, nameColumn, "the member name \"" + name + "\" appears twice in one object");
            }
            skipSpace();
            char c = peek();
            pos++;
            if (c == '}') return new JsonValue.JsonObject(members, startLine);
            if (c != ',') {
                pos--;
                throw malformed("expected ',' or '}' after a member, found " + describeNext());
            }
        }
    }

    private JsonValue.JsonArray array(int depth) {
        long startLine = line;
        pos++;
        List<JsonValue> elements = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            return new JsonValue.JsonArray(elements, startLine);
        }
        while (true) {
            skipSpace();
            elements.add(value(depth + 1));
            skipSpace();
            char c = peek();
            pos++;
            if (c == ']') return new JsonValue.JsonArray(elements, startLine);
            if (c != ',') {
                pos--;
                throw malformed("expected ',' or ']' after an array element, found " + describeNext());
            }
        }
    }

    private String string() {
        pos++; // the opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) throw malformed("the text ends inside a string (truncated?)");
            char c = text.charAt(pos++);
            if (c == '"') return sb.toString();
            if (c < 0x20) {
                pos--;
                throw malformed("a control character (U+" + String.format("%04X", (int) c) + ") inside a string; "
                        + "line breaks and tabs must be written \\n and \\t");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) throw malformed("the text ends inside a string (truncated?)");
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> sb.append(hex4());
                default -> {
                    pos--;
                    throw malformed("unknown escape '\\" + e + "' in a string");
                }
            }
        }
    }

    private char hex4() {
        if (pos + 4 > text.length()) throw malformed("a \\u escape needs four hex digits");
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(text.charAt(pos + i), 16);
            if (d < 0) throw malformed("a \\u escape needs four hex digits, found '" + text.substring(pos, pos + 4) + "'");
            v = v * 16 + d;
        }
        pos += 4;
        return (char) v; // surrogate pairs arrive as two escapes and join in the StringBuilder
    }

    private JsonValue.JsonNumber number() {
        int start = pos;
        if (peek() == '-') pos++;
        if (peek() == '0') {
            pos++;
        } else if (!digits()) {
            throw malformed("a number needs a digit after '-'");
        }
        if (peek() == '.') {
            pos++;
            if (!digits()) throw malformed("a number needs a digit after the decimal point");
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') pos++;
            if (!digits()) throw malformed("a number needs a digit in its exponent");
        }
        return new JsonValue.JsonNumber(text.substring(start, pos));
    }

    private boolean digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') pos++;
        return pos > start;
    }

    private JsonValue literal(String word, JsonValue value) {
        if (!text.startsWith(word, pos)) throw malformed("unexpected " + describeNext() + " where a value was expected");
        pos += word.length();
        return value;
    }

    private void expect(char c, String where) {
        if (peek() != c) throw malformed("expected '" + c + "' " + where + ", found " + describeNext());
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private long column() {
        return pos - lineStart + 1L;
    }

    private String describeNext() {
        if (pos >= text.length()) return "the end of the text (truncated?)";
        int end = Math.min(text.length(), pos + 12);
        String s = text.substring(pos, end);
        int nl = s.indexOf('\n');
        if (nl >= 0) s = s.substring(0, nl);
        return "'" + s + (end < text.length() && nl < 0 ? "…'" : "'");
    }

    private Malformed malformed(String reason) {
        return new Malformed(line, column(), reason);
    }
}

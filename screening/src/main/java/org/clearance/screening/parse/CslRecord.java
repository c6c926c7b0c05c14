package org.clearance.screening.parse;

import java.util.List;
import java.util.Map;

/**
 * One party of the trade.gov Consolidated Screening List, whichever file carried it, seen through the CSV's column
 * names: a CSV row, or a result of the JSON rendered as the CSV cell trade.gov prints for it. {@link CslEntries}
 * turns either into the same {@code ListEntry}.
 */
sealed interface CslRecord {

    /** The CSV-form text of a field (trimmed, null when absent or blank); {@code _id} is the JSON {@code id}. */
    String value(String column);

    /** The line the record starts on. */
    long line();

    /** How a warning about this record begins ("" for a CSV row, which the line names; "results[3]: " for JSON). */
    String where();

    /** What a skipped record is called in warnings: "row" or "result". */
    String noun();

    /** Text that identifies the record when it has neither an id nor an entity number. */
    String fingerprint();

    /** A row of the CSV, its columns found by header name. */
    record CsvRow(CsvReader.Row row, Map<String, Integer> columns) implements CslRecord {
        @Override
        public String value(String column) {
            Integer i = columns.get(column);
            return i == null ? null : Text.value(row.get(i));
        }

        @Override
        public long line() {
            return row.line();
        }

        @Override
        public String where() {
            return "";
        }

        @Override
        public String noun() {
            return "row";
        }

        @Override
        public String fingerprint() {
            return String.join("\u001f", row.fields());
        }
    }

    /**
     * A result of the JSON. trade.gov makes the CSV from the same records, so the JSON's arrays are what the CSV
     * joins with "; " (programs, alt_names, nationalities, citizenships) and an address object is what it prints as
     * its non-blank parts (address, city, state, postal_code, country) joined with ", ". Rendering each field that
     * way lets the CSV's reading of Entity List names, aliases and addresses serve both files unchanged.
     */
    record JsonResult(JsonValue.JsonObject result, int index, Map<String, String> cells) implements CslRecord {

        /**
         * The CSV cells of the columns {@link CslEntries} reads; {@code IllegalArgumentException} names a field of
         * the wrong shape. Fields the entry does not use (ids, dates of birth, vessel details) are not looked at.
         */
        static JsonResult of(JsonValue.JsonObject result, int index) {
            Map<String, String> cells = new java.util.HashMap<>();
            for (String column : CslEntries.COLUMNS) {
                JsonValue v = result.get(column.equals("_id") ? "id" : column);
                if (v == null) continue;
                String cell = column.equals("addresses") ? addresses(v) : cell(column, v);
                if (cell != null) cells.put(column, cell);
            }
            return new JsonResult(result, index, cells);
        }

        @Override
        public String value(String column) {
            return Text.value(cells.get(column));
        }

        @Override
        public long line() {
            return result.line();
        }

        @Override
        public String where() {
            return "results[" + index + "]: ";
        }

        @Override
        public String noun() {
            return "result";
        }

        @Override
        public String fingerprint() {
            return new java.util.TreeMap<>(cells).toString();
        }

        private static String cell(String field, JsonValue v) {
            return switch (v) {
                case JsonValue.JsonString s -> s.value();
                case JsonValue.JsonNumber n -> n.text();
                case JsonValue.JsonBoolean b -> String.valueOf(b.value());
                case JsonValue.JsonNull n -> null;
                case JsonValue.JsonArray a -> joined(field, a);
                case JsonValue.JsonObject o -> throw new IllegalArgumentException("'" + field + "' is an object; expected text");
            };
        }

        private static String joined(String field, JsonValue.JsonArray a) {
            List<String> parts = new java.util.ArrayList<>();
            for (JsonValue e : a.elements()) {
                switch (e) {
                    case JsonValue.JsonString s -> parts.add(s.value());
                    case JsonValue.JsonNumber n -> parts.add(n.text());
                    case JsonValue.JsonNull n -> { }
                    default -> throw new IllegalArgumentException("'" + field + "' holds " + e.kind() + "; expected strings");
                }
            }
            return parts.isEmpty() ? null : String.join("; ", parts);
        }

        private static String addresses(JsonValue v) {
            if (v instanceof JsonValue.JsonNull) return null;
            if (!(v instanceof JsonValue.JsonArray a)) {
                throw new IllegalArgumentException("'addresses' is " + v.kind() + "; expected an array of objects");
            }
            List<String> out = new java.util.ArrayList<>();
            for (JsonValue e : a.elements()) {
                if (e instanceof JsonValue.JsonString s) {
                    out.add(s.value());
                    continue;
                }
                if (!(e instanceof JsonValue.JsonObject o)) {
                    throw new IllegalArgumentException("'addresses' holds " + e.kind()
                            + "; expected objects with address, city, state, postal_code, country");
                }
                List<String> parts = new java.util.ArrayList<>();
                for (String part : List.of("address", "city", "state", "postal_code", "country")) {
                    JsonValue p = o.get(part);
                    String text = p == null ? null : Text.value(cell(part, p));
                    if (text != null) parts.add(text);
                }
                if (!parts.isEmpty()) out.add(String.join(", ", parts));
            }
            return out.isEmpty() ? null : String.join("; ", out);
        }
    }
}

package org.clearance.screening.parse;

import java.util.List;
import java.util.Map;

/**
 * A JSON value as {@link JsonReader} reads it. Objects and arrays remember the line they start on, so a parser can
 * name the line of a record it skips. Numbers keep their text: list files carry identifiers and tonnages, never
 * arithmetic.
 */
sealed interface JsonValue {

    record JsonObject(Map<String, JsonValue> members, long line) implements JsonValue {
        public JsonObject {
            members = java.util.Collections.unmodifiableMap(members);
        }

        JsonValue get(String key) {
            return members.get(key);
        }
    }

    record JsonArray(List<JsonValue> elements, long line) implements JsonValue {
        public JsonArray {
            elements = List.copyOf(elements);
        }
    }

    record JsonString(String value) implements JsonValue {
    }

    record JsonNumber(String text) implements JsonValue {
    }

    record JsonBoolean(boolean value) implements JsonValue {
    }

    record JsonNull() implements JsonValue {
    }

    /** The kind of value, for messages: "an object", "a string", ... */
    default String kind() {
        return switch (this) {
            case JsonObject o -> "an object";
            case JsonArray a -> "an array";
            case JsonString s -> "a string";
            case JsonNumber n -> "a number";
            case JsonBoolean b -> "a boolean";
            case JsonNull n -> "null";
        };
    }
}

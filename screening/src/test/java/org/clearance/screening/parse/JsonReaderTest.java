package org.clearance.screening.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    @Test
    void reads_objects_arrays_strings_numbers_and_literals_with_the_lines_objects_start_on() {
        JsonValue v = JsonReader.read("""
                {"a": [1, -2.5e3, true, false, null],
                 "b": {"c": "x\\u00e9\\n\\"\\\\\\/"},
                 "d": []}""", 10);
        JsonValue.JsonObject o = (JsonValue.JsonObject) v;
        assertThat(o.line()).isEqualTo(10);
        assertThat(o.members().keySet()).containsExactly("a", "b", "d");
        assertThat(((JsonValue.JsonArray) o.get("a")).elements()).containsExactly(new JsonValue.JsonNumber("1"),
                new JsonValue.JsonNumber("-2.5e3"), new JsonValue.JsonBoolean(true), new JsonValue.JsonBoolean(false),
                new JsonValue.JsonNull());
        JsonValue.JsonObject b = (JsonValue.JsonObject) o.get("b");
        assertThat(b.line()).isEqualTo(11);
        assertThat(b.members()).isEqualTo(Map.of("c", new JsonValue.JsonString("xé\n\"\\/")));
        assertThat(((JsonValue.JsonArray) o.get("d")).elements()).isEmpty();
    }

    @Test
    void joins_a_surrogate_pair_written_as_two_escapes() {
        assertThat(JsonReader.read("\"\\ud83d\\ude00 中文 Кириллица\"", 1))
                .isEqualTo(new JsonValue.JsonString("\uD83D\uDE00 中文 Кириллица"));
    }

    @ParameterizedTest(name = "{0} is refused at line {1}, column {2}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "~~                       | 1 | 1  | the text is empty",
            "{\"a\": 1,}              | 1 | 9  | expected a member name",
            "{\"a\" 1}                | 1 | 6  | expected ':' after the member name \"a\"",
            "[1 2]                    | 1 | 4  | expected ',' or ']'",
            "{\"a\": 1, \"a\": 2}     | 1 | 10 | appears twice",
            "{\"a\": [1, 2            | 1 | 12 | truncated",
            "\"abc                    | 1 | 5  | ends inside a string",
            "\"a\\qb\"                | 1 | 4  | unknown escape",
            "\"\\u12g4\"              | 1 | 4  | four hex digits",
            "01                       | 1 | 2  | after the value",
            "-                        | 1 | 2  | a digit after '-'",
            "1.e5                     | 1 | 3  | after the decimal point",
            "tru                      | 1 | 1  | where a value was expected",
            "{} {}                    | 1 | 4  | after the value",
            "{'a': 1}                 | 1 | 2  | in double quotes",
    })
    void refuses_what_is_not_json_naming_line_column_and_reason(String text, long line, long column, String reason) {
        assertThatThrownBy(() -> JsonReader.read(text, 1)).isInstanceOfSatisfying(JsonReader.Malformed.class, e -> {
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.getMessage()).contains(reason);
        });
    }

    @Test
    void counts_lines_for_errors_further_down() {
        assertThatThrownBy(() -> JsonReader.read("{\n  \"a\": 1,\n  \"b\": [1,\n  ]\n}", 1))
                .isInstanceOfSatisfying(JsonReader.Malformed.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.column()).isEqualTo(3);
                });
    }

    @Test
    void refuses_a_raw_line_break_inside_a_string_and_nesting_past_the_limit() {
        assertThatThrownBy(() -> JsonReader.read("\"a\nb\"", 1)).hasMessageContaining("control character (U+000A)");
        String deep = "[".repeat(JsonReader.MAX_DEPTH + 2) + "]".repeat(JsonReader.MAX_DEPTH + 2);
        assertThatThrownBy(() -> JsonReader.read(deep, 1)).hasMessageContaining("nested deeper than");
        assertThat(JsonReader.read("[".repeat(50) + "]".repeat(50), 1)).isInstanceOf(JsonValue.JsonArray.class);
        assertThat(List.of(JsonReader.read(" 0 ", 1), JsonReader.read("-0.0E+1", 1)))
                .containsExactly(new JsonValue.JsonNumber("0"), new JsonValue.JsonNumber("-0.0E+1"));
    }
}

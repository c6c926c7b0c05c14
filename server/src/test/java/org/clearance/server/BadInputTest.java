package org.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.clearance.server.accounts.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Bad input is a 400 problem-details body naming the field at fault; nothing else is stored. */
class BadInputTest {

    private static final TestServer S = TestServer.get();

    static Stream<Arguments> bad_bodies() {
        return Stream.of(
                Arguments.of("/api/v1/classify", "", null, "needs a JSON object body"),
                Arguments.of("/api/v1/classify", "{not json", null, "not valid JSON"),
                Arguments.of("/api/v1/classify", "[1, 2]", null, "must be a JSON object"),
                Arguments.of("/api/v1/classify", "{\"itm\": \"nvidia-h20\"}", "itm", "unknown field 'itm'"),
                Arguments.of("/api/v1/classify", "{\"item\": \"nvidia-h20\", \"item\": \"x\"}", null, "Duplicate field"),
                Arguments.of("/api/v1/classify", "{}", "item", "give either item"),
                Arguments.of("/api/v1/classify", "{\"item\": \"no-such-chip\"}", null, "is not a catalog id"),
                Arguments.of("/api/v1/classify", "{\"item\": \"nvidia-h20\", \"as_of\": \"2024-13-01\"}", "as_of", "2024-13-01"),
                Arguments.of("/api/v1/classify", "{\"item\": \"nvidia-h20\", \"as_of\": \"2019-01-01\"}", null, "2019-01-01"),
                Arguments.of("/api/v1/classify", "{\"item\": [\"nvidia-h20\"]}", "item", "expected a string"),
                Arguments.of("/api/v1/classify", "{\"spec\": {\"name\": \"X\", \"colour\": \"red\"}}", null, "colour"),
                Arguments.of("/api/v1/check", "{\"item\": \"nvidia-h20\"}", "destination", "destination is required"),
                Arguments.of("/api/v1/check", "{\"destination\": \"CN\"}", "item", "is required"),
                Arguments.of("/api/v1/check", "{\"item\": \"nvidia-h20\", \"destination\": \"Atlantis\", \"no_screening\": true}",
                        null, "Atlantis"),
                Arguments.of("/api/v1/check", "{\"item\": \"nvidia-h20\", \"destination\": \"CN\", \"quantity\": \"many\", \"no_screening\": true}",
                        "quantity", "many"),
                Arguments.of("/api/v1/check", "{\"item\": \"nvidia-h20\", \"destination\": \"CN\", \"no_screening\": \"yes\"}",
                        "no_screening", "expected true or false"),
                Arguments.of("/api/v1/check", "{\"item\": \"nvidia-h20\", \"destination\": \"CN\", \"overlays\": [\"h20-letter\"]}",
                        "overlays", "no overlay 'h20-letter'"),
                Arguments.of("/api/v1/screen", "{\"name\": \"12345\"}", "name", "has no letters"),
                Arguments.of("/api/v1/screen", "{\"name\": \"Acme\", \"threshold\": 2}", "threshold", "outside [0, 1]"),
                Arguments.of("/api/v1/screen", "{\"name\": \"Acme\", \"type\": \"planet\"}", "type", "unknown type"),
                Arguments.of("/api/v1/screen", "{}", "name", "name is required"));
    }

    @ParameterizedTest(name = "{0} {1} → 400 naming {2}")
    @MethodSource("bad_bodies")
    void bad_input_is_a_400_problem_naming_the_field(String path, String body, String field, String says) {
        TestServer.Answer a = S.post(Role.ANALYST, path, body);
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.type()).startsWith("application/problem+json");
        assertThat(a.json().path("title").asText()).isEqualTo("Bad input");
        assertThat(a.json().path("detail").asText()).contains(says);
        assertThat(a.json().path("instance").asText()).isEqualTo(path);
        if (field != null) assertThat(a.json().path("field").asText()).isEqualTo(field);
    }

    @Test
    void an_adjudication_of_an_unknown_party_or_with_a_bad_decision_is_400() {
        TestServer.Answer a = S.post(Role.OFFICER, "/api/v1/adjudications",
                "{\"party\": \"NOBODY\", \"entry\": \"SDN:1\", \"decision\": \"match\", \"reason\": \"x\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        TestServer.Answer b = S.post(Role.OFFICER, "/api/v1/adjudications",
                "{\"party\": \"NOBODY\", \"entry\": \"SDN:1\", \"decision\": \"maybe\", \"reason\": \"x\"}");
        assertThat(b.status()).isEqualTo(400);
        assertThat(b.json().path("field").asText()).isEqualTo("decision");
    }

    @Test
    void query_parameters_are_checked() {
        assertThat(S.get(Role.ANALYST, "/api/v1/lists?limit=0").json().path("field").asText()).isEqualTo("limit");
        assertThat(S.get(Role.ANALYST, "/api/v1/lists?offset=-1").status()).isEqualTo(400);
        assertThat(S.get(Role.ANALYST, "/api/v1/lists/nope/versions").json().path("field").asText()).isEqualTo("code");
        assertThat(S.get(Role.ANALYST, "/api/v1/lists/diff?from=1").json().path("field").asText()).isEqualTo("to");
        assertThat(S.get(Role.ANALYST, "/api/v1/lists/diff?from=1&to=99999").status()).isEqualTo(400);
        assertThat(S.send("POST", "/api/v1/check/batch?explain=perhaps", "id,item,destination\n", "text/csv",
                "Authorization", "Bearer " + S.tokens.get(Role.ANALYST)).json().path("field").asText()).isEqualTo("explain");
    }

    @Test
    void a_batch_with_a_bad_header_is_a_problem_not_a_half_stream() {
        TestServer.Answer a = S.send("POST", "/api/v1/check/batch", "id,colour\nA,red\n", "text/csv",
                "Authorization", "Bearer " + S.tokens.get(Role.ANALYST));
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.type()).startsWith("application/problem+json");
    }

    @Test
    void a_body_over_the_limit_is_413() {
        String big = "{\"item\": \"" + "x".repeat(70 * 1024) + "\"}";
        TestServer.Answer a = S.post(Role.ANALYST, "/api/v1/classify", big);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.type()).startsWith("application/problem+json");
    }

    @Test
    void an_unknown_route_is_a_404_problem() {
        TestServer.Answer a = S.get(Role.ANALYST, "/api/v1/nothing-here");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.type()).startsWith("application/problem+json");
    }
}

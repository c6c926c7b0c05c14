package org.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.clearance.app.json.Json;
import org.clearance.server.accounts.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Injection attempts in every text field: answered as data (a decision, or a 400 problem), JSON-escaped, never run
 * (SQL goes through bound parameters; nothing is rendered as HTML; no file is read; no expression is evaluated).
 */
class InjectionTest {

    private static final TestServer S = TestServer.get();
    static final List<String> ATTACKS = List.of("<script>alert(1)</script>", "'; DROP TABLE app_user; --",
            "\" OR 1=1 --", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "../../../../etc/passwd", "/etc/hostname",
            "\u0000\u202e", "Robert'); DELETE FROM audit_event;--");
    static final List<String> CHECK_TEXT = List.of("item", "quantity", "destination", "date", "end_user", "end_user_id",
            "end_user_country", "end_user_hq", "ultimate_parent_hq", "consignee", "consignee_id", "consignee_country",
            "purchaser", "purchaser_id", "end_use", "export_from");
    static final List<String> SCREEN_TEXT = List.of("name", "country", "type", "party_id", "threshold");

    @TestFactory
    Stream<DynamicTest> every_text_field_of_check_and_screen_returns_attacks_harmless() {
        Stream<DynamicTest> check = CHECK_TEXT.stream().flatMap(f -> ATTACKS.stream().map(x -> DynamicTest.dynamicTest(
                "check " + f + " = " + x, () -> {
                    ObjectNode b = Json.object().put("item", "nvidia-h20").put("destination", "DE")
                            .put("date", "2026-03-01").put("end_user", "Harmless Test Party");
                    b.put(f, x);
                    harmless(S.post(Role.ANALYST, "/api/v1/check", Json.compact(b)));
                })));
        Stream<DynamicTest> screen = SCREEN_TEXT.stream().flatMap(f -> ATTACKS.stream().map(x -> DynamicTest.dynamicTest(
                "screen " + f + " = " + x, () -> {
                    ObjectNode b = Json.object().put("name", "Harmless Test Party");
                    b.put(f, x);
                    harmless(S.post(Role.ANALYST, "/api/v1/screen", Json.compact(b)));
                })));
        Stream<DynamicTest> login = ATTACKS.stream().map(x -> DynamicTest.dynamicTest("login name = " + x, () -> {
            TestServer.Answer a = S.send("POST", "/api/v1/login", Json.compact(Json.object().put("name", x)
                    .put("password", x)), "application/json", "X-Forwarded-For", "198.51.100." + Math.abs(x.hashCode() % 250));
            assertThat(a.status()).isIn(400, 401);
            stillStanding();
        }));
        return Stream.concat(Stream.concat(check, screen), login);
    }

    private static void harmless(TestServer.Answer a) {
        assertThat(a.status()).as(a.body()).isIn(200, 400);
        assertThat(a.type()).matches("application/(problem\\+)?json.*");
        assertThat(a.body()).doesNotContain("root:x:0:0");
        a.json();   // well-formed JSON: the attack is a string inside it
        stillStanding();
    }

    private static void stillStanding() {
        assertThat(S.get(Role.ANALYST, "/api/v1/me").status()).isEqualTo(200);
    }
}

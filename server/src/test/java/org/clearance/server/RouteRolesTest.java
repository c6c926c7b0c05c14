package org.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clearance.server.accounts.Role;
import org.clearance.server.http.Route;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The route × role table, read from the server's own route table so that a new route is covered the day it is
 * added: without credentials a protected route is 401, with a role below its own 403, with its role neither.
 */
class RouteRolesTest {

    private static final TestServer S = TestServer.get();

    private static String concrete(String path) {
        return path.replace("{code}", "sdn").replace("/docs/assets/{file}", "/docs/assets/swagger-ui.css")
                .replace("/static/{file}", "/static/htmx.min.js").replace("{id}", "1");
    }

    private static boolean page(Route r) {
        return r.responseType().startsWith("text/html");
    }

    @TestFactory
    Stream<DynamicTest> every_protected_route_refuses_a_caller_without_credentials_with_401() {
        return S.server.routes().stream().filter(r -> r.role() != null && !page(r)).map(r -> DynamicTest.dynamicTest(
                r.method() + " " + r.path() + " without credentials is 401", () -> {
                    TestServer.Answer a = S.as(null, r.method(), concrete(r.path()), r.method().equals("POST") ? "{}" : null);
                    assertThat(a.status()).as(a.body()).isEqualTo(401);
                    assertThat(a.type()).startsWith("application/problem+json");
                    assertThat(a.header("WWW-Authenticate")).startsWith("Bearer");
                    assertThat(a.json().path("status").asInt()).isEqualTo(401);
                }));
    }

    @TestFactory
    Stream<DynamicTest> every_protected_page_sends_a_caller_without_a_session_to_the_login_page() {
        return S.server.routes().stream().filter(r -> r.role() != null && page(r)).map(r -> DynamicTest.dynamicTest(
                r.method() + " " + r.path() + " without a session redirects to /login", () -> {
                    TestServer.Answer a = S.send(r.method(), concrete(r.path()), r.method().equals("POST") ? "" : null,
                            r.method().equals("POST") ? "application/x-www-form-urlencoded" : null);
                    assertThat(a.status()).as(a.body()).isEqualTo(302);
                    assertThat(a.header("Location")).isEqualTo("/login");
                }));
    }

    @TestFactory
    Stream<DynamicTest> a_role_below_the_routes_is_403_and_its_own_role_passes_authorisation() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route r : S.server.routes()) {
            if (r.role() == null) continue;
            for (Role caller : Role.values()) {
                boolean allowed = caller.includes(r.role());
                tests.add(DynamicTest.dynamicTest(r.method() + " " + r.path() + " as " + caller.code() + " is "
                        + (allowed ? "allowed" : "403"), () -> {
                    TestServer.Answer a = S.as(caller, r.method(), concrete(r.path()),
                            r.method().equals("POST") ? "{}" : null);
                    if (allowed) {
                        assertThat(a.status()).as(a.body()).isNotIn(401, 403);
                    } else {
                        assertThat(a.status()).as(a.body()).isEqualTo(403);
                        assertThat(page(r) ? a.body() : a.json().path("detail").asText())
                                .contains("needs the " + r.role().code() + " role");
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> open_routes_answer_without_credentials() {
        return S.server.routes().stream().filter(r -> r.role() == null && r.method().equals("GET"))
                .map(r -> DynamicTest.dynamicTest(r.path() + " is open", () ->
                        assertThat(S.get(null, concrete(r.path())).status()).isIn(200, 302)));
    }

    @org.junit.jupiter.api.Test
    void a_revoked_or_unknown_token_is_401() {
        TestServer.Answer a = S.send("GET", "/api/v1/lists", null, null, "Authorization", "Bearer clr_not-a-token");
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.json().path("detail").asText()).contains("unknown, revoked or expired");
        String t = S.accounts(x -> x.createToken("test-analyst", null));
        assertThat(S.send("GET", "/api/v1/lists", null, null, "Authorization", "Bearer " + t).status()).isEqualTo(200);
        long id = S.accounts(x -> x.tokens()).getLast().id();
        S.accounts(x -> x.revokeToken(id));
        assertThat(S.send("GET", "/api/v1/lists", null, null, "Authorization", "Bearer " + t).status()).isEqualTo(401);
        assertThat(S.send("GET", "/api/v1/lists", null, null, "Authorization", "Basic abc").status()).isEqualTo(401);
    }
}

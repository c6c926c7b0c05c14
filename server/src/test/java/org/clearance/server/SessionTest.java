package org.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.clearance.server.accounts.Role;
import org.clearance.server.http.LoginLimiter;
import org.junit.jupiter.api.Test;

/** Password login to a database session: cookie attributes, CSRF on state-changing requests, rate limit, logout. */
class SessionTest {

    private static final TestServer S = TestServer.get();

    private record Session(String cookie, String csrf, TestServer.Answer login) {
    }

    private static Session login(String name, String password, String address) {
        TestServer.Answer a = S.send("POST", "/api/v1/login", "{\"name\": \"" + name + "\", \"password\": \"" + password
                + "\"}", "application/json", "X-Forwarded-For", address);
        String setCookie = a.header("Set-Cookie");
        String cookie = setCookie == null ? null : setCookie.substring(0, setCookie.indexOf(';'));
        return new Session(cookie, a.status() == 200 ? a.json().path("csrf_token").asText() : null, a);
    }

    @Test
    void a_login_gives_an_httponly_samesite_secure_session_cookie_and_the_session_acts_with_the_users_role() {
        Session s = login("test-officer", S.passwords.get(Role.OFFICER), "203.0.113.1");
        assertThat(s.login().status()).as(s.login().body()).isEqualTo(200);
        String setCookie = s.login().header("Set-Cookie");
        assertThat(setCookie).startsWith("clearance_session=").contains("HttpOnly").contains("SameSite=Strict")
                .contains("Secure");   // the test server is declared --behind-proxy
        JsonNode me = S.send("GET", "/api/v1/me", null, null, "Cookie", s.cookie()).json();
        assertThat(me.path("name").asText()).isEqualTo("test-officer");
        assertThat(me.path("via").asText()).isEqualTo("session");
    }

    @Test
    void a_state_changing_request_of_a_session_needs_its_csrf_token() {
        Session s = login("test-analyst", S.passwords.get(Role.ANALYST), "203.0.113.2");
        String body = "{\"item\": \"nvidia-h20\"}";
        TestServer.Answer none = S.send("POST", "/api/v1/classify", body, "application/json", "Cookie", s.cookie());
        assertThat(none.status()).isEqualTo(403);
        assertThat(none.json().path("detail").asText()).contains("CSRF");
        TestServer.Answer wrong = S.send("POST", "/api/v1/classify", body, "application/json", "Cookie", s.cookie(),
                "X-CSRF-Token", "not-the-token");
        assertThat(wrong.status()).isEqualTo(403);
        TestServer.Answer right = S.send("POST", "/api/v1/classify", body, "application/json", "Cookie", s.cookie(),
                "X-CSRF-Token", s.csrf());
        assertThat(right.status()).as(right.body()).isEqualTo(200);
        // reads need no CSRF token
        assertThat(S.send("GET", "/api/v1/lists", null, null, "Cookie", s.cookie()).status()).isEqualTo(200);
    }

    @Test
    void logout_ends_the_session_in_the_database() {
        Session s = login("test-analyst", S.passwords.get(Role.ANALYST), "203.0.113.3");
        TestServer.Answer out = S.send("POST", "/api/v1/logout", null, null, "Cookie", s.cookie(), "X-CSRF-Token", s.csrf());
        assertThat(out.status()).as(out.body()).isEqualTo(200);
        assertThat(out.header("Set-Cookie")).contains("Max-Age=0");
        assertThat(S.send("GET", "/api/v1/me", null, null, "Cookie", s.cookie()).status()).isEqualTo(401);
    }

    @Test
    void a_wrong_password_is_401_and_repeated_failures_are_rate_limited() {
        S.accounts(a -> a.addUser("rate-limited", Role.ANALYST, "the-right-password-1"));
        for (int i = 0; i < LoginLimiter.MAX_FAILURES; i++) {
            Session s = login("rate-limited", "wrong-password-" + i, "203.0.113.50");
            assertThat(s.login().status()).isEqualTo(401);
            assertThat(s.login().json().path("detail").asText()).isEqualTo("wrong user name or password");
        }
        Session blocked = login("rate-limited", "the-right-password-1", "203.0.113.51");
        assertThat(blocked.login().status()).isEqualTo(429);
        assertThat(Long.parseLong(blocked.login().header("Retry-After"))).isPositive();
        assertThat(blocked.cookie()).isNull();
    }

    @Test
    void an_unknown_user_and_a_disabled_user_cannot_log_in_and_a_disabled_users_token_stops_working() {
        assertThat(login("nobody-at-all", "whatever-password", "203.0.113.60").login().status()).isEqualTo(401);
        S.accounts(a -> a.addUser("leaver", Role.OFFICER, "leaver-password-1"));
        String token = S.accounts(a -> a.createToken("leaver", null));
        assertThat(S.send("GET", "/api/v1/me", null, null, "Authorization", "Bearer " + token).status()).isEqualTo(200);
        S.accounts(a -> a.disable("leaver"));
        assertThat(login("leaver", "leaver-password-1", "203.0.113.61").login().status()).isEqualTo(401);
        assertThat(S.send("GET", "/api/v1/me", null, null, "Authorization", "Bearer " + token).status()).isEqualTo(401);
    }

    @Test
    void logins_and_failures_are_in_the_audit_trail() {
        login("test-admin", S.passwords.get(Role.ADMIN), "203.0.113.70");
        login("test-admin", "a-wrong-one", "203.0.113.70");
        var kinds = S.server.served().db(s -> {
            try (var st = s.ledger().connection().createStatement();
                 var rs = st.executeQuery("SELECT kind FROM audit_event WHERE actor = 'test-admin'")) {
                java.util.List<String> out = new java.util.ArrayList<>();
                while (rs.next()) out.add(rs.getString(1));
                return out;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(kinds).contains("login", "login.failed");
    }
}

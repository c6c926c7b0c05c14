package org.clearance.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.clearance.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** users add|list|disable|reset-password and tokens create|list|revoke on a database of their own. */
class AccountCommandsTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--database", "jdbc:h2:file:" + dir.resolve("db"))).toArray(String[]::new);
        int status = Main.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void a_user_is_added_with_a_one_time_password_listed_and_disabled() {
        Run add = run("users", "add", "alice", "--role", "officer", "--by", "tests");
        assertThat(add.status()).as(add.err()).isZero();
        assertThat(add.out()).matches("(?s)added alice \\(officer\\) with the one-time password: [A-Za-z0-9_-]{24}\\s*");
        assertThat(run("users", "list").out()).contains("alice").contains("officer").contains("enabled");
        assertThat(run("users", "disable", "alice").status()).isZero();
        assertThat(run("users", "list").out()).contains("disabled");
        Run reset = run("users", "reset-password", "alice");
        assertThat(reset.out()).startsWith("new one-time password for alice: ");
    }

    @Test
    void bad_account_input_exits_2_with_a_sentence() {
        Run role = run("users", "add", "bob", "--role", "boss");
        assertThat(role.status()).isEqualTo(2);
        assertThat(role.err()).contains("unknown role 'boss'");
        Run name = run("users", "add", "bob smith", "--role", "analyst");
        assertThat(name.status()).isEqualTo(2);
        assertThat(run("users", "add", "bob", "--role", "analyst").status()).isZero();
        assertThat(run("users", "add", "bob", "--role", "analyst").err()).contains("exists already");
        assertThat(run("tokens", "create", "nobody").err()).contains("no user 'nobody'");
        assertThat(run("tokens", "revoke", "999").err()).contains("no token 999");
    }

    @Test
    void a_token_is_printed_once_listed_without_its_value_and_revoked() {
        run("users", "add", "ci-bot", "--role", "analyst");
        Run create = run("tokens", "create", "ci-bot", "--expires-days", "30");
        assertThat(create.status()).as(create.err()).isZero();
        String token = create.out().strip();
        assertThat(token).startsWith("clr_").hasSizeGreaterThan(40);
        Run list = run("tokens", "list");
        assertThat(list.out()).contains("ci-bot").contains("expires").doesNotContain(token);
        String id = list.out().strip().split("\\s+")[0];
        assertThat(run("tokens", "revoke", id).out()).contains("revoked token " + id + " of ci-bot");
        assertThat(run("tokens", "list").out()).contains("revoked");
    }
}

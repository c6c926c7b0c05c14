package org.clearance.server.pg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.clearance.server.Server;
import org.clearance.server.ServerConfig;
import org.clearance.server.accounts.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two server instances on one PostgreSQL schema (127.0.0.1:5432, database test; .ci/run starts it): a token and a
 * session made on one are honoured by the other, an adjudication recorded on one is seen on the other, and a list
 * imported through one is screened against by the other within seconds (its list watch polls every 2 s).
 */
class TwoInstancesPostgresIT {

    private static final String SERVER = System.getProperty("clearance.test.postgres",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String schema;
    private static Server a;
    private static Server b;
    private static String officer;
    private static String admin;

    @BeforeAll
    static void start() throws Exception {
        schema = "it_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = SERVER + "&currentSchema=" + schema;
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        a = Server.start(new ServerConfig(0, "127.0.0.1", url, null, null, false, 1 << 20, 64L << 20, 2, null, null), quiet);
        b = Server.start(new ServerConfig(0, "127.0.0.1", url, null, null, false, 1 << 20, 64L << 20, 2, null, null), quiet);
        a.served().accounts(x -> x.addUser("pg-officer", Role.OFFICER, "pg-officer-password"));
        a.served().accounts(x -> x.addUser("pg-admin", Role.ADMIN, "pg-admin-password"));
        officer = a.served().accounts(x -> x.createToken("pg-officer", null));
        admin = a.served().accounts(x -> x.createToken("pg-admin", null));
    }

    @AfterAll
    static void stop() throws Exception {
        if (a != null) a.close();
        if (b != null) b.close();
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static HttpResponse<String> send(Server to, String method, String path, String body, String type,
                                             String... headers) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port() + path));
        if (type != null) r.header("Content-Type", type);
        for (int i = 0; i < headers.length; i += 2) r.header(headers[i], headers[i + 1]);
        r.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void a_token_and_a_session_made_on_one_instance_work_on_the_other() throws Exception {
        assertThat(json(send(b, "GET", "/api/v1/me", null, null, "Authorization", "Bearer " + officer))
                .path("name").asText()).isEqualTo("pg-officer");
        HttpResponse<String> login = send(a, "POST", "/api/v1/login",
                "{\"name\": \"pg-officer\", \"password\": \"pg-officer-password\"}", "application/json");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(json(send(b, "GET", "/api/v1/me", null, null, "Cookie", cookie)).path("via").asText())
                .isEqualTo("session");
    }

    @Test
    void an_adjudication_recorded_on_one_instance_is_seen_on_the_other() throws Exception {
        HttpResponse<String> s = send(a, "POST", "/api/v1/screen",
                "{\"name\": \"Northwestern Polytechnical University\", \"party_id\": \"PG-TWO-1\"}", "application/json",
                "Authorization", "Bearer " + officer);
        JsonNode hit = json(s).path("hits").get(0);
        String entry = hit.path("list").asText() + ":" + hit.path("entity_id").asText();
        assertThat(json(send(b, "GET", "/api/v1/review", null, null, "Authorization", "Bearer " + officer)).toString())
                .contains("PG-TWO-1");
        HttpResponse<String> adj = send(a, "POST", "/api/v1/adjudications", "{\"party\": \"PG-TWO-1\", \"entry\": \""
                + entry + "\", \"decision\": \"match\", \"reason\": \"same\"}", "application/json",
                "Authorization", "Bearer " + officer);
        assertThat(adj.statusCode()).as(adj.body()).isEqualTo(201);
        JsonNode seen = json(send(b, "GET", "/api/v1/adjudications?party=PG-TWO-1", null, null,
                "Authorization", "Bearer " + officer));
        assertThat(seen.size()).isEqualTo(1);
        assertThat(seen.get(0).path("decided_by").asText()).isEqualTo("pg-officer");
        assertThat(json(send(b, "GET", "/api/v1/review", null, null, "Authorization", "Bearer " + officer)).toString())
                .doesNotContain("PG-TWO-1");
    }

    @Test
    void a_list_imported_through_one_instance_is_screened_against_by_the_other_within_seconds() throws Exception {
        String name = "ZYXWVU QUANTUM LATTICE MACHINES";
        String query = "{\"name\": \"" + name + "\", \"keep\": false}";
        assertThat(json(send(b, "POST", "/api/v1/screen", query, "application/json", "Authorization",
                "Bearer " + officer)).path("hits").size()).isZero();
        String dpl = Files.readString(Path.of("..", "lists", "bis-dpl-2022-09", "dpl.txt"), StandardCharsets.UTF_8);
        dpl = dpl.stripTrailing() + "\n\"" + name + "\"\t\"1 LATTICE ROAD\"\t\"SHENZHEN\"\t\"\"\t\"CN\"\t\"\"\t"
                + "\"11/30/2026\"\t\"11/30/2036\"\t\"Y\"\t\"2026-11-30\"\t\"F.R. NOTICE ADDED\"\t\"91 F.R. 1 11/30/2026\"\n";
        HttpResponse<String> imported = send(a, "POST", "/api/v1/lists/import?format=dpl&published=2026-11-30", dpl,
                "application/octet-stream", "Authorization", "Bearer " + admin);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        long deadline = System.nanoTime() + 20_000_000_000L;
        int hits = 0;
        long started = System.nanoTime();
        while (System.nanoTime() < deadline && hits == 0) {
            hits = json(send(b, "POST", "/api/v1/screen", query, "application/json", "Authorization",
                    "Bearer " + officer)).path("hits").size();
            if (hits == 0) Thread.sleep(250);
        }
        assertThat(hits).as("hits on the other instance after %d ms", (System.nanoTime() - started) / 1_000_000)
                .isPositive();
    }
}

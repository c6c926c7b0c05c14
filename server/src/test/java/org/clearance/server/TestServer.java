package org.clearance.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.clearance.server.accounts.Role;

/**
 * One server for the whole test run (started on first use, stopped when the JVM ends), on an embedded database of
 * its own, with a user and a token of each role: starting Javalin and the screening index per class is slow.
 */
public final class TestServer {

    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    private static TestServer instance;

    public final Server server;
    public final String url;
    public final String base;
    public final Map<Role, String> tokens = new EnumMap<>(Role.class);
    public final Map<Role, String> passwords = new EnumMap<>(Role.class);
    private final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestServer() throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target"), "server-test-");
        url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("clearance");
        ServerConfig config = new ServerConfig(0, "127.0.0.1", url, null, null, true, 64 * 1024, 8L << 20, 3, null,
                null);
        server = Server.start(config, new PrintStream(PrintStream.nullOutputStream()));
        base = "http://127.0.0.1:" + server.port();
        for (Role r : Role.values()) {
            String name = "test-" + r.code();
            passwords.put(r, accounts(a -> a.addUser(name, r, null)).password());
            tokens.put(r, accounts(a -> a.createToken(name, null)));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }

    /**
     * Account operations on the server's own connections (in this process the server holds the embedded file, and a
     * second Ledger here would wait for the server's sessions to close before closing).
     */
    public <T> T accounts(java.util.function.Function<org.clearance.server.accounts.Accounts, T> work) {
        return server.served().accounts(work);
    }

    public static synchronized TestServer get() {
        if (instance == null) {
            try {
                instance = new TestServer();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    /** A response: status, headers, body text, and the body as JSON when it is JSON. */
    public record Answer(int status, HttpResponse<String> raw) {
        public String body() {
            return raw.body();
        }

        public String type() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + raw.body(), e);
            }
        }
    }

    public Answer send(String method, String path, String body, String contentType, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (contentType != null) b.header("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON request with a role's bearer token (null: none). */
    public Answer as(Role role, String method, String path, String json) {
        return role == null ? send(method, path, json, json == null ? null : "application/json")
                : send(method, path, json, json == null ? null : "application/json", "Authorization",
                "Bearer " + tokens.get(role));
    }

    public Answer get(Role role, String path) {
        return as(role, "GET", path, null);
    }

    public Answer post(Role role, String path, String json) {
        return as(role, "POST", path, json);
    }
}

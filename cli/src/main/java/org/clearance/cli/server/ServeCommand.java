package org.clearance.cli.server;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.clearance.app.BadInput;
import org.clearance.cli.options.DatabaseOption;
import org.clearance.server.Server;
import org.clearance.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Serve Clearance over HTTP: the JSON API under /api/v1, /openapi.json, /docs, /health, /metrics "
                + "(docs/api.md). The first serve on a database without users creates admin, with the password in "
                + "CLEARANCE_ADMIN_PASSWORD or a one-time one printed here.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default 8080; 0: any free one).")
    int port = 8080;
    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default 127.0.0.1).")
    String bind = "127.0.0.1";
    @Mixin
    DatabaseOption database;
    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "Serve HTTPS with this PKCS#12 keystore "
            + "(its password in CLEARANCE_TLS_PASSWORD); session cookies are then Secure.")
    Path tlsKeystore;
    @Option(names = "--behind-proxy", description = "A TLS-terminating proxy is in front: session cookies are Secure, "
            + "and the login rate limit reads the client address from X-Forwarded-For.")
    boolean behindProxy;
    @Option(names = "--connections", paramLabel = "N", description = "Database connections kept open (default: cores, at least 2).")
    Integer connections;
    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body but a batch's (default 1 MiB).")
    Long maxBody;

    @Override
    public Integer call() throws InterruptedException {
        if (tlsKeystore != null && behindProxy) throw new BadInput("--tls-keystore and --behind-proxy: give one or the other");
        if (port < 0 || port > 65535) throw new BadInput("--port: expected 0 to 65535, got " + port);
        ServerConfig d = ServerConfig.defaults(database.url());
        ServerConfig config = new ServerConfig(port, bind, database.url(), tlsKeystore,
                System.getenv("CLEARANCE_TLS_PASSWORD"), behindProxy, maxBody != null ? maxBody : d.maxBodyBytes(),
                d.maxBatchBytes(), connections != null ? Math.max(1, connections) : d.connections(), null, null);
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        Server server = Server.start(config, System.out);
        System.out.println("clearance serve: listening on " + (tlsKeystore != null ? "https" : "http") + "://" + bind
                + ":" + server.port() + " (API docs at /docs), database " + database.url());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}

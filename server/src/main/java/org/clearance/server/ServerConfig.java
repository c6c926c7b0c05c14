package org.clearance.server;

import java.nio.file.Path;

/**
 * How to serve: address and port, the database (null: the embedded H2 file), TLS from a PKCS#12 keystore or a
 * declared TLS-terminating proxy in front (either makes cookies {@code Secure}), the body size limit, how many
 * database connections to keep, and the rule pack and catalog (null: bundled).
 */
public record ServerConfig(int port, String bind, String databaseUrl, Path tlsKeystore, String tlsPassword,
                           boolean behindProxy, long maxBodyBytes, long maxBatchBytes, int connections,
                           Path rulePack, Path catalog) {

    public static final long DEFAULT_MAX_BODY = 1L << 20;        // 1 MiB: a datasheet or a shipment is a few KB
    public static final long DEFAULT_MAX_BATCH = 256L << 20;     // 256 MiB of CSV or JSON lines

    public static ServerConfig defaults(String databaseUrl) {
        return new ServerConfig(8080, "127.0.0.1", databaseUrl, null, null, false, DEFAULT_MAX_BODY, DEFAULT_MAX_BATCH,
                Math.max(2, Runtime.getRuntime().availableProcessors()), null, null);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(p, bind, databaseUrl, tlsKeystore, tlsPassword, behindProxy, maxBodyBytes,
                maxBatchBytes, connections, rulePack, catalog);
    }

    public ServerConfig withMaxBody(long b) {
        return new ServerConfig(port, bind, databaseUrl, tlsKeystore, tlsPassword, behindProxy, b, maxBatchBytes,
                connections, rulePack, catalog);
    }

    public boolean secureCookies() {
        return tlsKeystore != null || behindProxy;
    }
}

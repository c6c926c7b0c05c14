package org.clearance.server;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** HTTPS only, from a PKCS#12 keystore (its password in CLEARANCE_TLS_PASSWORD): the plain connector is replaced. */
final class Tls {

    private Tls() {
    }

    static void configure(JavalinConfig cfg, ServerConfig config) {
        cfg.jetty.modifyServer(server -> {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(config.tlsKeystore().toAbsolutePath().toString());
            ssl.setKeyStoreType("PKCS12");
            if (config.tlsPassword() != null) ssl.setKeyStorePassword(config.tlsPassword());
            HttpConfiguration https = new HttpConfiguration();
            https.addCustomizer(new SecureRequestCustomizer());
            ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                    new HttpConnectionFactory(https));
            connector.setHost(config.bind());
            connector.setPort(config.port());
            server.setConnectors(new org.eclipse.jetty.server.Connector[] {connector});
        });
    }
}

package org.clearance.fetch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Proxies as curl and most tools read them from the environment: {@code https_proxy} (or {@code HTTPS_PROXY}) for
 * https URLs, {@code http_proxy} (or {@code HTTP_PROXY}) for http ones, none for a host {@code no_proxy} (or
 * {@code NO_PROXY}) names — comma-separated host names or domain suffixes ({@code .example.com} and
 * {@code example.com} both cover {@code www.example.com}), {@code *} for every host — and never for a loopback
 * address. The lower-case spelling wins when both are set. Proxy credentials and CIDR ranges are not supported.
 */
public final class EnvironmentProxySelector extends ProxySelector {

    private final InetSocketAddress https;
    private final InetSocketAddress http;
    private final List<String> noProxy;

    public EnvironmentProxySelector(Map<String, String> env) {
        this.https = address(value(env, "https_proxy"), "https_proxy");
        this.http = address(value(env, "http_proxy"), "http_proxy");
        List<String> hosts = new ArrayList<>();
        String no = value(env, "no_proxy");
        if (no != null) {
            for (String h : no.split(",")) {
                String t = h.strip().toLowerCase(Locale.ROOT);
                if (t.startsWith("*.")) t = t.substring(1);
                if (!t.isEmpty()) hosts.add(t);
            }
        }
        this.noProxy = List.copyOf(hosts);
    }

    public static EnvironmentProxySelector fromEnvironment() {
        return new EnvironmentProxySelector(System.getenv());
    }

    private static String value(Map<String, String> env, String lower) {
        String v = env.get(lower);
        if (v == null || v.isBlank()) v = env.get(lower.toUpperCase(Locale.ROOT));
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static InetSocketAddress address(String value, String variable) {
        if (value == null) return null;
        URI u = URI.create(value.contains("://") ? value : "http://" + value);
        if (u.getHost() == null) throw new IllegalArgumentException(variable + ": '" + value + "' names no proxy host");
        int port = u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
        return InetSocketAddress.createUnresolved(u.getHost(), port);
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        InetSocketAddress proxy = "https".equalsIgnoreCase(uri.getScheme()) ? https : http;
        if (proxy == null || bypassed(host)) return List.of(Proxy.NO_PROXY);
        return List.of(new Proxy(Proxy.Type.HTTP, proxy));
    }

    /** The proxy a URL goes through, for messages: "direct" or host:port. */
    public String describe(URI uri) {
        Proxy p = select(uri).get(0);
        return p.type() == Proxy.Type.DIRECT ? "direct" : ((InetSocketAddress) p.address()).getHostString() + ":"
                + ((InetSocketAddress) p.address()).getPort();
    }

    private boolean bypassed(String host) {
        if (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1")) return true;
        for (String n : noProxy) {
            if (n.equals("*")) return true;
            String bare = n.startsWith(".") ? n.substring(1) : n;
            if (host.equals(bare) || host.endsWith("." + bare)) return true;
        }
        return false;
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // the download reports the failure and retries; nothing to remember here
    }
}

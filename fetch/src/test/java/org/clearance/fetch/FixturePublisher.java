package org.clearance.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A publisher on 127.0.0.1 for the tests: serves files by path with an ETag (a hash of the bytes) and a
 * Last-Modified, answers 304 to a matching If-None-Match, and can be told to misbehave per path (answer 500, stall,
 * send a web page). Counts and records every request it gets.
 */
final class FixturePublisher implements AutoCloseable {

    /** How a path answers. */
    sealed interface Answer {
    }

    record File(byte[] bytes, String contentType, String lastModified) implements Answer {
    }

    record Status(int code) implements Answer {
    }

    /** Waits this long before answering (longer than the client's timeout: the client gives up). */
    record Stall(long millis) implements Answer {
    }

    /** Answers {@code first} to the first {@code times} requests, then {@code then}. */
    record FailFirst(int times, int first, Answer then) implements Answer {
    }

    record Request(String path, String ifNoneMatch, String ifModifiedSince) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    FixturePublisher() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void serve(String path, Answer answer) {
        answers.put(path, answer);
    }

    void serve(String path, byte[] bytes) {
        serve(path, new File(bytes, "text/csv", "Mon, 07 Dec 2026 06:00:00 GMT"));
    }

    int count(String path) {
        AtomicInteger n = counts.get(path);
        return n == null ? 0 : n.get();
    }

    static byte[] fixture(String name) {
        try (InputStream in = FixturePublisher.class.getClassLoader().getResourceAsStream("fixtures/" + name)) {
            if (in == null) throw new IllegalStateException("no fixture " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        int n = counts.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        requests.add(new Request(path, x.getRequestHeaders().getFirst("If-None-Match"),
                x.getRequestHeaders().getFirst("If-Modified-Since")));
        try (x) {
            answer(x, answers.get(path), n);
        }
    }

    private void answer(HttpExchange x, Answer a, int n) throws IOException {
        switch (a) {
            case null -> x.sendResponseHeaders(404, -1);
            case Status s -> x.sendResponseHeaders(s.code(), -1);
            case FailFirst f -> {
                if (n <= f.times()) x.sendResponseHeaders(f.first(), -1);
                else answer(x, f.then(), n);
            }
            case Stall s -> {
                try {
                    Thread.sleep(s.millis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                x.sendResponseHeaders(503, -1);
            }
            case File f -> {
                String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(f.bytes())) + "-" + f.bytes().length + "\"";
                x.getResponseHeaders().set("ETag", etag);
                x.getResponseHeaders().set("Last-Modified", f.lastModified());
                x.getResponseHeaders().set("Content-Type", f.contentType());
                if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                    x.sendResponseHeaders(304, -1);
                    return;
                }
                x.sendResponseHeaders(200, f.bytes().length == 0 ? -1 : f.bytes().length);
                try (OutputStream out = x.getResponseBody()) {
                    out.write(f.bytes());
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}

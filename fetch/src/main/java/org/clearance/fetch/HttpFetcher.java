package org.clearance.fetch;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads one file with java.net.http: a conditional request when validators are known (an unchanged file costs
 * one round trip and answers 304), one deadline for the whole exchange, a body-size limit, and retries with doubling
 * back-off for what may pass (a refused connection, a timeout, a 5xx, a 429). Any other status fails at once.
 */
public final class HttpFetcher {

    /** What the server answered. */
    public sealed interface Response {
        int attempts();
    }

    /** A 200 with its body and the validators to send next time (null when the server gave none). */
    public record Body(byte[] bytes, String etag, String lastModified, String contentType, int attempts)
            implements Response {
    }

    /** A 304: the file is unchanged since the validators sent. */
    public record NotModified(int attempts) implements Response {
    }

    /** The ETag and Last-Modified of the content last imported, or nulls. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    private final HttpClient client;
    private final Duration timeout;
    private final int attempts;
    private final Duration backoff;
    private final long maxBytes;

    public HttpFetcher(FetchConfig config, ProxySelector proxies) {
        this.client = HttpClient.newBuilder().proxy(proxies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(config.timeout()).build();
        this.timeout = config.timeout();
        this.attempts = config.attempts();
        this.backoff = config.backoff();
        this.maxBytes = config.maxBytes();
    }

    public Response get(URI url, Validators validators) {
        String last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) pause(attempt);
            HttpRequest.Builder rb = HttpRequest.newBuilder(url).timeout(timeout).GET()
                    .header("User-Agent", "clearance-lists-update/0.1");
            if (validators.etag() != null) rb.header("If-None-Match", validators.etag());
            if (validators.lastModified() != null) rb.header("If-Modified-Since", validators.lastModified());
            CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(rb.build(), info ->
                    info.statusCode() == 200 ? new LimitedBody(maxBytes) : HttpResponse.BodySubscribers.replacing(new byte[0]));
            try {
                HttpResponse<byte[]> r = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                int status = r.statusCode();
                if (status == 200) {
                    HttpHeaders h = r.headers();
                    return new Body(r.body(), h.firstValue("ETag").orElse(null),
                            h.firstValue("Last-Modified").orElse(null), h.firstValue("Content-Type").orElse(null), attempt);
                }
                if (status == 304) return new NotModified(attempt);
                last = "HTTP " + status;
                if (status < 500 && status != 429) {
                    throw new FetchException(url + ": the server answered HTTP " + status + " (not retried)");
                }
            } catch (TimeoutException e) {
                call.cancel(true);
                last = timedOut();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof LimitedBody.TooLarge) throw new FetchException(url + ": " + cause.getMessage());
                if (cause instanceof java.net.http.HttpTimeoutException) last = timedOut();
                else if (cause instanceof IOException) last = describe(cause);
                else throw new FetchException(url + ": " + cause);
            } catch (InterruptedException e) {
                call.cancel(true);
                Thread.currentThread().interrupt();
                throw new FetchException(url + ": interrupted");
            }
        }
        throw new FetchException(url + ": " + last + " after " + attempts + (attempts == 1 ? " try" : " tries"));
    }

    private void pause(int attempt) {
        long ms = backoff.toMillis() << Math.min(attempt - 2, 10);
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while waiting to retry");
        }
    }

    private String timedOut() {
        return "no complete answer within " + seconds(timeout) + " (http.timeout_seconds)";
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}

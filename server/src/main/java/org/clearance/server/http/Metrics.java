package org.clearance.server.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's Prometheus metrics (Micrometer): requests by route template, method and status with their latencies,
 * decisions by verdict or status, screening hits, and the number of list versions screening runs against.
 */
public final class Metrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger listVersions = new AtomicInteger();

    public Metrics() {
        registry.gauge("clearance_list_versions_loaded", listVersions);
    }

    public void request(String method, String route, int status, long nanos) {
        Timer.builder("clearance_http_requests").tag("method", method).tag("route", route)
                .tag("status", Integer.toString(status)).publishPercentileHistogram(false)
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A decision: {@code kind} classify or check, {@code outcome} its status or verdict. */
    public void decision(String kind, String outcome) {
        Counter.builder("clearance_decisions").tag("kind", kind).tag("outcome", outcome == null ? "none" : outcome)
                .register(registry).increment();
    }

    public void hits(int n) {
        Counter.builder("clearance_screening_hits").register(registry).increment(n);
    }

    public void listVersions(int n) {
        listVersions.set(n);
    }

    public String scrape() {
        return registry.scrape();
    }
}

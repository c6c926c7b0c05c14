package org.clearance.server.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login rate limit: after {@link #MAX_FAILURES} failed logins for one user name, or from one address, within
 * {@link #WINDOW}, further attempts are refused (429) until the oldest failure leaves the window. Kept per instance.
 */
public final class LoginLimiter {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Seconds to wait before trying again, or 0 when a login may be tried now. */
    public long retryAfter(String name, String address) {
        return Math.max(wait("user:" + name), wait("ip:" + address));
    }

    public void failed(String name, String address) {
        add("user:" + name);
        add("ip:" + address);
    }

    public void succeeded(String name) {
        failures.remove("user:" + name);
    }

    private long wait(String key) {
        Deque<Instant> d = failures.get(key);
        if (d == null) return 0;
        synchronized (d) {
            Instant now = clock.instant();
            while (!d.isEmpty() && d.peekFirst().plus(WINDOW).isBefore(now)) d.pollFirst();
            if (d.size() < MAX_FAILURES) return 0;
            return Math.max(1, Duration.between(now, d.peekFirst().plus(WINDOW)).toSeconds());
        }
    }

    private void add(String key) {
        Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (d) {
            d.addLast(clock.instant());
            while (d.size() > MAX_FAILURES * 2) d.pollFirst();
        }
    }
}

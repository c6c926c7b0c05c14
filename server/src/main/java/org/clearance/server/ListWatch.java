package org.clearance.server;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.clearance.app.RestrictedLists;

/**
 * Notices new list versions imported by another instance (or by {@code clearance lists import} beside the server) by
 * polling the current versions every few seconds, and then has every pooled connection rebuild its screening index,
 * so that all instances on one database screen against the same lists within seconds of an import.
 */
final class ListWatch implements AutoCloseable {

    private final Served served;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "clearance-list-watch");
        t.setDaemon(true);
        return t;
    });
    ListWatch(Served served, Duration every) {
        this.served = served;
        timer.scheduleWithFixedDelay(this::poll, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private List<Long> current() {
        return served.db(s -> RestrictedLists.stored(s).current());
    }

    private void poll() {
        try {
            List<Long> now = current();
            if (!now.equals(served.pool().versions())) {
                served.pool().reopen();
                served.metrics().listVersions(now.size());
            }
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ListWatch.class).warn("cannot poll the list versions: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

package org.clearance.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.clearance.app.Database;
import org.clearance.ledger.ScreeningService;

/**
 * A few open databases ({@link ScreeningService}: a connection and the screening index built from the current list
 * versions), each lent to one request at a time: a ledger connection is not shared between threads.
 */
public final class ServicePool implements AutoCloseable {

    private final String url;
    private final BlockingQueue<ScreeningService> idle;
    private final List<ScreeningService> all = new ArrayList<>();
    /** The current list versions when the services were (re)opened: what their screening indexes are built from. */
    private volatile List<Long> versions;

    public ServicePool(String url, int size) {
        this.url = url;
        this.idle = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            ScreeningService s = Database.open(url);
            all.add(s);
            idle.add(s);
        }
        versions = org.clearance.app.RestrictedLists.stored(all.get(0)).current();
    }

    public List<Long> versions() {
        return versions;
    }

    public String url() {
        return url;
    }

    public <T> T with(Function<ScreeningService, T> work) {
        ScreeningService s;
        try {
            s = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a database connection", e);
        }
        try {
            return work.apply(s);
        } finally {
            idle.add(s);
        }
    }

    /** Every service's screening index, after a list import (each rebuilds it from the new versions on next use). */
    public synchronized void reopen() {
        List<ScreeningService> taken = new ArrayList<>();
        try {
            for (int i = 0; i < all.size(); i++) taken.add(idle.take());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            idle.addAll(taken);
            return;
        }
        // the new connections open before the old ones close, so that an embedded file stays open (and served to
        // other processes) throughout
        List<ScreeningService> fresh = new ArrayList<>();
        for (int i = 0; i < taken.size(); i++) fresh.add(Database.open(url));
        for (ScreeningService s : taken) s.close();
        all.clear();
        all.addAll(fresh);
        versions = org.clearance.app.RestrictedLists.stored(fresh.get(0)).current();
        idle.addAll(fresh);
    }

    @Override
    public void close() {
        for (ScreeningService s : all) s.close();
    }
}

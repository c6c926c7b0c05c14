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

    public ServicePool(String url, int size) {
        this.url = url;
        this.idle = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            ScreeningService s = Database.open(url);
            all.add(s);
            idle.add(s);
        }
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
        for (ScreeningService s : taken) s.close();
        all.clear();
        for (int i = 0; i < taken.size(); i++) {
            ScreeningService s = Database.open(url);
            all.add(s);
            idle.add(s);
        }
    }

    @Override
    public void close() {
        for (ScreeningService s : all) s.close();
    }
}

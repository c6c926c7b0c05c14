package org.clearance.ledger;

import java.util.ArrayList;
import java.util.List;
import org.clearance.ledger.lists.ListStore;
import org.clearance.ledger.lists.ListVersion;
import org.clearance.ledger.lists.ShippedListImport;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.match.Query;
import org.clearance.screening.match.Screener;
import org.clearance.screening.match.ScreeningList;
import org.clearance.screening.match.ScreeningResult;
import org.clearance.screening.match.Thresholds;

/**
 * What the CLI and later the shipment check call to screen parties: open the database (importing the shipped lists
 * into a fresh one), build the in-memory index once from the latest version of every list, then
 * {@link #screen} any number of names from any number of threads.
 */
public final class ScreeningService implements AutoCloseable {

    private final Ledger ledger;
    private final Thresholds thresholds;
    private volatile Screener screener;
    /** Download outcomes that found the stored version to be the publisher's current one. */
    private static final java.util.Set<String> CONFIRMING = java.util.Set.of("imported", "unchanged", "not-modified");
    private final boolean freshSample;
    private List<ListVersion> versions;

    private ScreeningService(Ledger ledger, Thresholds thresholds, boolean freshSample) {
        this.ledger = ledger;
        this.thresholds = thresholds;
        this.freshSample = freshSample;
    }

    public static ScreeningService open(String url) {
        return open(url, Thresholds.DEFAULT);
    }

    public static ScreeningService open(String url, Thresholds thresholds) {
        Ledger ledger = Ledger.open(url);
        boolean imported;
        try {
            imported = !ShippedListImport.importIfEmpty(ledger.lists()).isEmpty();
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
        return new ScreeningService(ledger, thresholds, imported);
    }

    /** Whether opening this service filled a fresh database with the shipped (sample) lists. */
    public boolean freshSample() {
        return freshSample;
    }

    /** What the answer on {@code asOf} must say about the lists it screens against. */
    public List<org.clearance.ledger.lists.ListWarning> listWarnings(java.time.LocalDate asOf, int maxAgeDays) {
        java.util.Map<Long, java.time.LocalDate> confirmed = new java.util.HashMap<>();
        for (org.clearance.ledger.lists.FetchState f : ledger.fetches().all()) {
            if (f.versionId() != null && CONFIRMING.contains(f.outcome())) {
                confirmed.merge(f.versionId(), java.time.LocalDate.ofInstant(f.checkedAt(), java.time.ZoneOffset.UTC),
                        (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return new org.clearance.ledger.lists.ListFreshness(maxAgeDays).warnings(versions(), confirmed, asOf, freshSample);
    }

    public Ledger ledger() {
        return ledger;
    }

    /** The index, built on first use from the latest stored version of each list. */
    public Screener screener() {
        Screener s = screener;
        if (s == null) {
            synchronized (this) {
                if (screener == null) {
                    ListStore store = ledger.lists();
                    List<ScreeningList> lists = new ArrayList<>();
                    versions = store.current();
                    for (ListVersion v : versions) lists.add(new ScreeningList(v.ref(), store.entries(v.id())));
                    screener = Screener.build(lists, thresholds);
                }
                s = screener;
            }
        }
        return s;
    }

    /** The list versions the index was built from. */
    public List<ListVersion> versions() {
        screener();
        return List.copyOf(versions);
    }

    /**
     * Screens one name. {@code country} is an ISO code or null, {@code type} may be null, {@code threshold} null
     * for the configured thresholds.
     */
    public ScreeningResult screen(String name, String country, EntityType type, Double threshold) {
        return screener().screen(new Query(name, country, type, threshold));
    }

    @Override
    public void close() {
        ledger.close();
    }
}

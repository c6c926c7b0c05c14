package org.clearance.ledger.lists;

import java.time.Instant;
import java.time.LocalDate;
import org.clearance.screening.list.Feed;
import org.clearance.screening.match.ListVersionRef;

/**
 * One stored import of a list: which feed, when published and imported, its content hash and counts, whether it is
 * the whole list or a subset of it, and how many source lists its entries come from.
 */
public record ListVersion(long id, Feed feed, LocalDate published, Instant importedAt, String contentHash,
                          String source, int entryCount, int aliasCount, int addressCount, int warningCount,
                          Coverage coverage, int listCount) {

    public ListVersion {
        if (coverage == null) coverage = Coverage.COMPLETE;
    }

    public ListVersionRef ref() {
        return new ListVersionRef(id, feed, published, contentHash);
    }

    /** Imported from the lists shipped with Clearance (sample data for trying it out, not today's lists). */
    public boolean shipped() {
        return source.startsWith(ShippedListImport.SOURCE_PREFIX);
    }
}

package org.clearance.ledger.lists;

import java.time.Instant;
import java.time.LocalDate;
import org.clearance.screening.list.Feed;
import org.clearance.screening.match.ListVersionRef;

/** One stored import of a list: which feed, when published and imported, its content hash and counts. */
public record ListVersion(long id, Feed feed, LocalDate published, Instant importedAt, String contentHash,
                          String source, int entryCount, int aliasCount, int addressCount, int warningCount) {
    public ListVersionRef ref() {
        return new ListVersionRef(id, feed, published, contentHash);
    }
}

package org.clearance.screening.match;

import java.time.LocalDate;
import org.clearance.screening.list.Feed;

/** The stored list version a hit came from: its ledger id, feed, publication date and content hash. */
public record ListVersionRef(long id, Feed feed, LocalDate published, String contentHash) {
    /** "SDN@2024-05-03#1", "CSL-JSON@2023-11-16#6": how the version is shown to people. */
    public String label() {
        return feed.code().toUpperCase(java.util.Locale.ROOT) + "@" + published + "#" + id;
    }
}

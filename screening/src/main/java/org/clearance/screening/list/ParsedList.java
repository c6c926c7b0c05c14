package org.clearance.screening.list;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of reading one published list: its entries, the rows skipped with their reasons, the content hash of
 * the files read (sha256 over the bytes of each file, in a fixed order) and the publication date the files carry
 * (null when they carry none).
 */
public record ParsedList(Feed feed, List<ListEntry> entries, List<ParseWarning> warnings, String contentHash,
                         LocalDate ownDate, List<String> files) {
    public ParsedList {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
        files = List.copyOf(files);
    }
}

package org.clearance.screening.list;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of reading one published list: its entries, the links between parties it publishes (ownership and
 * directorship; only the FtM feed has them), the rows skipped with their reasons, the content hash of the files read
 * (sha256 over the bytes of each file, in a fixed order) and the publication date the files carry (null when they
 * carry none).
 */
public record ParsedList(Feed feed, List<ListEntry> entries, List<EntityLink> links, List<ParseWarning> warnings,
                         String contentHash, LocalDate ownDate, List<String> files) {
    public ParsedList {
        entries = List.copyOf(entries);
        links = List.copyOf(links);
        warnings = List.copyOf(warnings);
        files = List.copyOf(files);
    }

    /** A list without links. */
    public ParsedList(Feed feed, List<ListEntry> entries, List<ParseWarning> warnings, String contentHash,
                      LocalDate ownDate, List<String> files) {
        this(feed, entries, List.of(), warnings, contentHash, ownDate, files);
    }

    public ParsedList withOwnDate(LocalDate date) {
        return new ParsedList(feed, entries, links, warnings, contentHash, date, files);
    }
}

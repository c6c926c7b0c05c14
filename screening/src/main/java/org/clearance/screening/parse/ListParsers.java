package org.clearance.screening.parse;

import java.time.LocalDate;
import org.clearance.screening.list.Feed;
import org.clearance.screening.list.ParsedList;

/** Reads a published list file in one of the formats Clearance imports ({@link Feed}). */
public final class ListParsers {
    private ListParsers() {
    }

    public static ParsedList parse(Feed feed, ListSource source) {
        return parse(feed, source, LocalDate.now());
    }

    /**
     * {@code today} bounds the dates a file may claim as its own (the DPL carries dates a millennium ahead; an FtM
     * export is dated by the latest {@code last_seen} not after it).
     */
    public static ParsedList parse(Feed feed, ListSource source, LocalDate today) {
        ParsedList parsed = switch (feed) {
            case SDN, CONS -> new OfacLegacyParser(feed, source).parse();
            case CSL -> new CslParser(source).parse();
            case CSL_JSON -> new CslJsonParser(source).parse();
            case DPL -> new DplParser(source, today).parse();
            case FTM -> new FtmParser(source, today).parse();
        };
        if (parsed.ownDate() == null) {
            LocalDate modified = source.modified().orElse(null);
            if (modified != null) return parsed.withOwnDate(modified);
        }
        return parsed;
    }
}

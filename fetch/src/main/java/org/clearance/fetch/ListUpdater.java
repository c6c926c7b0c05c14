package org.clearance.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clearance.ledger.Ledger;
import org.clearance.ledger.lists.Coverage;
import org.clearance.ledger.lists.FetchState;
import org.clearance.ledger.lists.ImportOutcome;
import org.clearance.ledger.lists.ImportRefusedException;
import org.clearance.ledger.lists.ListVersion;
import org.clearance.screening.list.ListFileException;
import org.clearance.screening.list.ParsedList;
import org.clearance.screening.parse.ListParsers;
import org.clearance.screening.parse.ListSource;

/**
 * Brings one source up to date: downloads it (conditionally when the last download left validators for the same
 * URL), checks that it is the format expected, and imports it through the same path as {@code lists import}
 * ({@link org.clearance.ledger.lists.ListStore#importList}): identical content adds no version, an empty or shrunk
 * publication is refused and the last good version kept. Every outcome is recorded in {@code list_fetch}; the
 * validators are replaced only by those of content that was imported or found identical, so a refused publication
 * is downloaded again next time rather than answered 304.
 */
public final class ListUpdater {

    public enum Outcome {
        IMPORTED, UNCHANGED, NOT_MODIFIED, REFUSED, FAILED;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The list is as current as its publisher's. */
        public boolean ok() {
            return this == IMPORTED || this == UNCHANGED || this == NOT_MODIFIED;
        }
    }

    /** What updating one source did: the version imported or kept (null when the feed has none), and why. */
    public record Result(String source, ListSourceConfig config, URI url, Outcome outcome, ListVersion version,
                         String message, long bytes, int attempts) {
    }

    private final Ledger ledger;
    private final HttpFetcher fetcher;
    private final Clock clock;

    public ListUpdater(Ledger ledger, HttpFetcher fetcher, Clock clock) {
        this.ledger = ledger;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    public Result update(ListSourceConfig source) {
        URI url = source.url();
        Optional<FetchState> before = ledger.fetches().get(source.name());
        HttpFetcher.Validators validators = before.filter(s -> s.url().equals(url.toString()))
                .map(s -> new HttpFetcher.Validators(s.etag(), s.lastModified())).orElse(HttpFetcher.Validators.NONE);
        Optional<ListVersion> latest = ledger.lists().latest(source.format());
        HttpFetcher.Body main;
        Map<String, ListSource.Download> siblings = new LinkedHashMap<>();
        long bytes;
        try {
            HttpFetcher.Response r = fetcher.get(url, validators);
            if (r instanceof HttpFetcher.NotModified nm) {
                return record(source, new Result(source.name(), source, url, Outcome.NOT_MODIFIED, latest.orElse(null),
                        "not modified since the last download (HTTP 304)", 0, nm.attempts()), validators);
            }
            main = (HttpFetcher.Body) r;
            bytes = main.bytes().length;
            Optional<String> bad = FormatCheck.problem(source.format(), main.bytes(), main.contentType());
            if (bad.isPresent()) return refused(source, url, url + ": " + bad.get(), bytes, main.attempts(), validators);
            for (String name : source.siblings()) {
                URI at = source.sibling(name);
                HttpFetcher.Response sr = fetcher.get(at, HttpFetcher.Validators.NONE);
                if (!(sr instanceof HttpFetcher.Body b)) throw new FetchException(at + ": answered 304 to an unconditional request");
                Optional<String> sbad = FormatCheck.problem(source.format(), b.bytes(), b.contentType());
                if (sbad.isPresent() && b.bytes().length > 0) {
                    return refused(source, url, at + ": " + sbad.get(), bytes, main.attempts(), validators);
                }
                siblings.put(name, new ListSource.Download(at.toString(), b.bytes()));
                bytes += b.bytes().length;
            }
        } catch (FetchException e) {
            return record(source, new Result(source.name(), source, url, Outcome.FAILED, latest.orElse(null),
                    e.getMessage() + "; the last good version is kept", 0, 0), validators);
        }
        LocalDate today = LocalDate.now(clock);
        ListSource files = ListSource.inMemory(url.toString(), main.bytes(), siblings, lastModified(main.lastModified()));
        try {
            ParsedList parsed = ListParsers.parse(source.format(), files, today);
            LocalDate published = publicationDate(lastModified(main.lastModified()), today);
            ImportOutcome outcome = ledger.lists().importList(parsed, published, url.toString(), Coverage.COMPLETE);
            HttpFetcher.Validators now = new HttpFetcher.Validators(main.etag(), main.lastModified());
            if (outcome instanceof ImportOutcome.Imported) {
                return record(source, new Result(source.name(), source, url, Outcome.IMPORTED, outcome.version(),
                        String.format(Locale.ROOT, "imported as version %d (published %s): %,d entries, %d %s skipped",
                                outcome.version().id(), published, outcome.version().entryCount(),
                                parsed.warnings().size(), parsed.warnings().size() == 1 ? "row" : "rows"),
                        bytes, main.attempts()), now);
            }
            return record(source, new Result(source.name(), source, url, Outcome.UNCHANGED, outcome.version(),
                    "identical to version " + outcome.version().id() + "; no version added", bytes, main.attempts()), now);
        } catch (ListFileException | ImportRefusedException e) {
            return refused(source, url, e.getMessage(), bytes, main.attempts(), validators);
        }
    }

    private Result refused(ListSourceConfig source, URI url, String why, long bytes, int attempts,
                           HttpFetcher.Validators keep) {
        String message = why.contains("last good version") ? why : why + "; the last good version is kept";
        return record(source, new Result(source.name(), source, url, Outcome.REFUSED,
                ledger.lists().latest(source.format()).orElse(null), message, bytes, attempts), keep);
    }

    private Result record(ListSourceConfig source, Result r, HttpFetcher.Validators validators) {
        ledger.fetches().put(new FetchState(source.name(), r.url().toString(), validators.etag(),
                validators.lastModified(), clock.instant(), r.outcome().code(), r.message(),
                r.version() == null ? null : r.version().id()));
        return r;
    }

    /**
     * The publisher's date for the file (its Last-Modified) when it gives one, else the download date: the publishers
     * serve their current list. The date a file's content carries (the DPL's latest update, the CSL's latest start
     * date) is only the date of its latest change, not of the publication. Never a date after today.
     */
    static LocalDate publicationDate(LocalDate lastModified, LocalDate today) {
        if (lastModified != null && !lastModified.isAfter(today)) return lastModified;
        return today;
    }

    /** The date of an HTTP Last-Modified header (RFC 1123), in UTC; null when absent or unreadable. */
    static LocalDate lastModified(String header) {
        if (header == null) return null;
        try {
            return ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (RuntimeException e) {
            return null;
        }
    }
}

package org.clearance.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clearance.app.json.Json;
import org.clearance.app.json.ScreeningJson;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.lists.ImportOutcome;
import org.clearance.ledger.lists.ListStore;
import org.clearance.ledger.lists.ListVersion;
import org.clearance.ledger.parties.Rescreen;
import org.clearance.screening.list.Feed;
import org.clearance.screening.list.ListDiff;
import org.clearance.screening.list.ParsedList;
import org.clearance.screening.parse.ListParsers;
import org.clearance.screening.parse.ListSource;

/** The restricted-party lists in the database: importing a publication as a version, the versions, a diff of two. */
public final class RestrictedLists {

    private RestrictedLists() {
    }

    /** An import's outcome and the ownership and directorship links its version carries. */
    public record Imported(ImportOutcome outcome, int links) {
        public ListVersion version() {
            return outcome.version();
        }

        /** The import as JSON; with the re-screening that followed it when {@code rescreen} is not null. */
        public ObjectNode json(Rescreen.Report rescreen) {
            ObjectNode o = ScreeningJson.version(outcome.version());
            o.put("outcome", outcome instanceof ImportOutcome.Imported ? "imported" : "unchanged");
            o.put("entity_links", links);
            ArrayNode ws = Json.array();
            outcome.warnings().forEach(w -> ws.add(w.toString()));
            o.set("skipped_rows", ws);
            if (rescreen != null) o.set("rescreen", Rescreening.json(rescreen));
            return o;
        }
    }

    /** Every stored version, and the ids of the latest of each format (which screening uses). */
    public record Stored(List<ListVersion> versions, List<Long> current) {
        public ArrayNode json() {
            ArrayNode a = Json.array();
            for (ListVersion v : versions) {
                ObjectNode o = ScreeningJson.version(v);
                o.put("current", current.contains(v.id()));
                a.add(o);
            }
            return a;
        }
    }

    /** What changed from one version to another. */
    public record Compared(ListVersion from, ListVersion to, ListDiff diff) {
        public ObjectNode json() {
            return ScreeningJson.diff(from, to, diff);
        }
    }

    /** A list format by its code (sdn, cons, csl, csl-json, dpl, ftm). */
    public static Feed feed(String code) {
        try {
            return Feed.of(code);
        } catch (IllegalArgumentException e) {
            throw new BadInput("--format: " + e.getMessage());
        }
    }

    /**
     * Imports {@code file} as a new version published on {@code published} (null: the date the file carries). An
     * empty or shrunk list, a file that cannot be read, a file without a date: {@link BadInput}.
     */
    public static Imported importFile(ScreeningService service, Feed feed, Path file, LocalDate published) {
        ParsedList parsed = BadInput.from(() -> ListParsers.parse(feed, ListSource.of(file)));
        LocalDate when = published != null ? published : parsed.ownDate();
        if (when == null) {
            throw new BadInput(file + ": the file carries no publication date; give one with --published YYYY-MM-DD");
        }
        ImportOutcome outcome = BadInput.from(() -> service.ledger().lists().importList(parsed, when, file.toString()));
        return new Imported(outcome, service.ledger().lists().links(outcome.version().id()).size());
    }

    public static Stored stored(ScreeningService service) {
        ListStore store = service.ledger().lists();
        return new Stored(store.versions(), store.current().stream().map(ListVersion::id).toList());
    }

    public static Compared diff(ScreeningService service, long from, long to) {
        ListStore store = service.ledger().lists();
        ListVersion a = store.version(from).orElseThrow(() -> new BadInput("no list version " + from + " (see: clearance lists list)"));
        ListVersion b = store.version(to).orElseThrow(() -> new BadInput("no list version " + to + " (see: clearance lists list)"));
        return new Compared(a, b, ListDiff.between(store.entries(a.id()), store.entries(b.id())));
    }
}

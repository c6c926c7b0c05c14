package org.clearance.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.clearance.app.json.Json;
import org.clearance.app.json.ScreeningJson;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.lists.ListFreshness;
import org.clearance.ledger.lists.ListVersion;
import org.clearance.ledger.lists.ListWarning;
import org.clearance.ledger.parties.PartyQuery;
import org.clearance.ledger.parties.PartyScreening;
import org.clearance.ledger.parties.ScreenedHit;
import org.clearance.ledger.parties.Screened;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.match.InvalidQueryException;
import org.clearance.screening.match.Thresholds;
import org.clearance.screening.parse.CsvReader;

/**
 * Restricted-party screening of one name or a file of parties, each screened party kept (unless asked not to) with
 * its hits and list versions, so that adjudications last and re-screening reaches it.
 */
public final class Screen {

    private static final int CHUNK = 4096;

    private Screen() {
    }

    /**
     * One party's screening, the list versions and thresholds it was screened against, whether it was kept, and what
     * the answer must say about those lists (too old, a subset, the shipped sample).
     */
    public record Answer(Screened screened, List<ListVersion> versions, Thresholds thresholds, boolean kept,
                         List<ListWarning> listWarnings, List<org.clearance.ownership.OwnershipFinding> ownership,
                         String ownershipVersions) {
        public Answer {
            listWarnings = List.copyOf(listWarnings);
            ownership = List.copyOf(ownership);
        }

        public Answer(Screened screened, List<ListVersion> versions, Thresholds thresholds, boolean kept,
                      List<ListWarning> listWarnings) {
            this(screened, versions, thresholds, kept, listWarnings, List.of(), null);
        }

        /** The sentences of {@link #listWarnings}, as the answer shows them first. */
        public List<String> warnings() {
            return listWarnings.stream().map(ListWarning::message).toList();
        }

        /** The screening JSON with {@code warnings} (sentences) and {@code list_warnings} (the same, as objects). */
        public ObjectNode json() {
            ObjectNode o = ScreeningJson.screened(screened, thresholds, versions, kept);
            o.set("warnings", Json.strings(warnings()));
            o.set("list_warnings", ScreeningJson.listWarnings(listWarnings));
            if (ownershipVersions != null) {
                OwnershipCheck.hits(ownership, (ArrayNode) o.get("hits"));
                o.put("ownership_versions", ownershipVersions);
                o.set("ownership", OwnershipCheck.findings(ownership));
            }
            return o;
        }
    }

    /** A batch's counts: rows screened, rows with hits, malformed rows. */
    public record BatchSummary(int rows, int withHits, int malformed) {
    }

    /** Screens one party, warning about lists older than the default maximum age today. */
    public static Answer one(ScreeningService service, PartyQuery query, boolean keep) {
        return one(service, query, keep, new ListAge(ListFreshness.DEFAULT_MAX_AGE_DAYS, java.time.Clock.systemUTC()));
    }

    /**
     * Screens one party; a name that cannot be screened is {@link BadInput}. The answer is given today by
     * {@code age}'s clock, and warns about the lists older than its maximum age on that day.
     */
    public static Answer one(ScreeningService service, PartyQuery query, boolean keep, ListAge age) {
        return one(service, query, keep, age, OwnershipCheck.NONE);
    }

    /** As above, with the ownership step ({@link OwnershipCheck#NONE}: none). */
    public static Answer one(ScreeningService service, PartyQuery query, boolean keep, ListAge age, OwnershipCheck ownership) {
        PartyScreening parties = new PartyScreening(service);
        Screened s = BadInput.from(() -> parties.screen(query));
        if (keep) parties.keep(s);
        return new Answer(s, service.versions(), service.screener().thresholds(), keep,
                age.warnings(service, age.today()), ownership.of(s),
                ownership == OwnershipCheck.NONE ? null : ownership.versionsLabel());
    }

    /**
     * Screens every row of a CSV text with columns id,name,country (a header row is skipped; a leading byte-order
     * mark too), in parallel chunks, writing one compact JSON line per row to {@code out} in input order.
     */
    public static BatchSummary batch(ScreeningService service, String text, EntityType entityType, Double threshold,
                                     boolean keep, Writer out) throws IOException {
        return batch(service, text, entityType, threshold, keep, out, OwnershipCheck.NONE);
    }

    /** As above, with the ownership step: each row's ownership hits join its hits ({@code basis: ownership}). */
    public static BatchSummary batch(ScreeningService service, String text, EntityType entityType, Double threshold,
                                     boolean keep, Writer out, OwnershipCheck ownership) throws IOException {
        PartyScreening parties = new PartyScreening(service);
        CsvReader reader = new CsvReader(text.startsWith("\uFEFF") ? text.substring(1) : text, ',');
        int rowsSeen = 0;
        int errors = 0;
        int hits = 0;
        boolean first = true;
        List<CsvReader.Row> chunk = new ArrayList<>(CHUNK);
        for (CsvReader.Row row = reader.next(); ; row = reader.next()) {
            if (row != null) {
                if (row.size() == 1 && row.get(0).isBlank()) continue;
                boolean header = first && row.get(0).strip().equalsIgnoreCase("id");
                first = false;
                if (header) continue;
                chunk.add(row);
            }
            if (chunk.size() == CHUNK || row == null && !chunk.isEmpty()) {
                String[] lines = new String[chunk.size()];
                int[] counts = new int[chunk.size()];
                Screened[] done = new Screened[chunk.size()];
                List<CsvReader.Row> rows = chunk;
                IntStream.range(0, rows.size()).parallel().forEach(i -> {
                    ObjectNode o = line(parties, rows.get(i), entityType, threshold, done, i, ownership);
                    counts[i] = o.has("error") ? -1 : o.get("hits").size();
                    lines[i] = Json.compact(o);
                });
                if (keep) parties.keepAll(java.util.Arrays.stream(done).filter(java.util.Objects::nonNull).toList());
                for (int i = 0; i < lines.length; i++) {
                    out.write(lines[i]);
                    out.write('\n');
                    if (counts[i] < 0) errors++;
                    else if (counts[i] > 0) hits++;
                }
                rowsSeen += lines.length;
                chunk = new ArrayList<>(CHUNK);
            }
            if (row == null) break;
        }
        out.flush();
        return new BatchSummary(rowsSeen, hits, errors);
    }

    private static ObjectNode line(PartyScreening parties, CsvReader.Row row, EntityType entityType, Double threshold,
                                   Screened[] done, int at, OwnershipCheck ownership) {
        if (row.unterminated()) {
            ObjectNode o = Json.object();
            o.put("id", row.get(0) == null ? null : row.get(0).strip());
            return error(o, row.line(), "the row ends inside an open quote");
        }
        List<String> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) cells.add(row.get(i));
        return record(parties, cells, row.line(), entityType, threshold, ownership, s -> done[at] = s);
    }

    /**
     * The record {@code screen --batch} writes for one row of cells (id,name,country) found at {@code line}: the
     * party id and its hits with the decisions in force (and its ownership hits and questions), or the line and what
     * is wrong with it. {@code screened} receives the screening of a good row (for a caller that keeps it). For any
     * caller that reads the rows itself (the Spark job): the same cells give the same record.
     */
    public static ObjectNode record(PartyScreening parties, List<String> cells, long line, EntityType entityType,
                                    Double threshold, OwnershipCheck ownership,
                                    java.util.function.Consumer<Screened> screened) {
        ObjectNode o = Json.object();
        String id = cells.isEmpty() || cells.get(0) == null ? null : cells.get(0).strip();
        o.put("id", id);
        if (cells.size() < 2 || cells.size() > 3) {
            return error(o, line, "expected 3 columns (id,name,country), found " + cells.size());
        }
        String country = cells.size() == 3 && !cells.get(2).isBlank() ? cells.get(2).strip() : null;
        try {
            Screened s = parties.screen(new PartyQuery(id, cells.get(1), country, entityType, threshold));
            screened.accept(s);
            o.put("party_id", s.partyId());
            ArrayNode hits = Json.array();
            for (ScreenedHit h : s.hits()) hits.add(ScreeningJson.hit(h, false));
            var findings = ownership.of(s);
            OwnershipCheck.hits(findings, hits);
            o.set("hits", hits);
            List<String> questions = new ArrayList<>();
            for (var f : findings) questions.addAll(f.questions());
            if (!questions.isEmpty()) o.set("ownership_questions", Json.strings(questions));
            if (!s.suppressed().isEmpty()) o.put("suppressed", s.suppressed().size());
            return o;
        } catch (InvalidQueryException e) {
            return error(o, line, e.getMessage());
        }
    }

    private static ObjectNode error(ObjectNode o, long line, String message) {
        o.put("line", line);
        o.put("error", message);
        return o;
    }
}

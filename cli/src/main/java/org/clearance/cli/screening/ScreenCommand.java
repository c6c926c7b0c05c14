package org.clearance.cli.screening;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.clearance.cli.Main;
import org.clearance.cli.json.Json;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.lists.ListVersion;
import org.clearance.ledger.parties.PartyQuery;
import org.clearance.ledger.parties.PartyScreening;
import org.clearance.ledger.parties.ScreenedHit;
import org.clearance.ledger.parties.Screened;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.match.FeatureScore;
import org.clearance.screening.match.InvalidQueryException;
import org.clearance.screening.match.Screener;
import org.clearance.screening.match.ScreeningHit;
import org.clearance.screening.match.ScreeningResult;
import org.clearance.screening.parse.CsvReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Screen a name (or a CSV file of parties) against the restricted-party lists: OFAC SDN and "
                + "non-SDN lists, the Entity List, MEU, UVL, DPL and the rest of the CSL. Every hit names the list, "
                + "the entry, the name that matched and the features that make up its score. Exit 0 with or without "
                + "hits; 2 for a name with no letters or other bad input.")
public final class ScreenCommand implements Callable<Integer> {

    private static final int CHUNK = 4096;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The name to screen, in any script.")
    String name;
    @Option(names = "--country", paramLabel = "CC", description = "ISO 3166 country code of the party (raises a hit "
            + "whose listed countries agree, lowers one whose listed countries all differ).")
    String country;
    @Option(names = "--type", paramLabel = "entity|individual", description = "What the party is; a listed party "
            + "of the other kind is scored down.")
    String type;
    @Option(names = "--threshold", paramLabel = "T", description = "Report hits scoring at least T (0..1), instead of "
            + "the configured thresholds (default 0.80; individuals 0.82).")
    Double threshold;
    @Option(names = "--party-id", paramLabel = "ID", description = "The id under which the party is kept and "
            + "adjudicated (default: derived from the name and country, p- and 12 hex digits).")
    String partyId;
    @Option(names = "--no-keep", description = "Do not keep the party and this screening (by default every screened "
            + "party is kept with its hits and list versions, so decisions about it last and re-screening reaches it).")
    boolean noKeep;
    @Option(names = "--json", description = "Print one JSON object: party_id, query, threshold, algorithm, "
            + "list_versions, hits (each with its adjudication state), suppressed.")
    boolean json;
    @Option(names = "--batch", paramLabel = "FILE", description = "Screen every row of a CSV file with columns "
            + "id,name,country (country may be empty), using every core. The id is the party's id (empty: derived).")
    Path batch;
    @Option(names = "--output", paramLabel = "FILE", description = "With --batch: write one JSON line per input row "
            + "here (default: standard output).")
    Path output;
    @Mixin
    DatabaseOption database;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((name == null) == (batch == null)) {
            throw new Main.BadInput("give either a NAME or --batch FILE");
        }
        if (threshold != null && (threshold < 0 || threshold > 1)) {
            throw new Main.BadInput("--threshold: " + threshold + " is outside [0, 1]");
        }
        EntityType entityType = EntityType.UNKNOWN;
        if (type != null) {
            try {
                entityType = EntityType.ofQuery(type);
            } catch (IllegalArgumentException e) {
                throw new Main.BadInput("--type: " + e.getMessage());
            }
        }
        if (name != null && !org.clearance.screening.name.NameNormalizer.hasLetter(name)) {
            throw new Main.BadInput("the name '" + name + "' has no letters; there is nothing to screen");
        }
        String text = null;
        if (batch != null) {
            try {
                text = Files.readString(batch, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new Main.BadInput(batch + ": no such file");
            } catch (java.nio.charset.MalformedInputException e) {
                text = new String(Files.readAllBytes(batch), java.nio.charset.Charset.forName("windows-1252"));
            }
        }
        try (ScreeningService service = database.open()) {
            if (batch != null) return batch(service, text, entityType);
            PartyScreening parties = new PartyScreening(service);
            EntityType t = entityType;
            Screened s = ScreeningErrors.badInputAs(() -> parties.screen(new PartyQuery(partyId, name, country, t, threshold)));
            if (!noKeep) parties.keep(s);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(ScreeningJson.screened(s, service.screener().thresholds(), service.versions(), !noKeep)));
            } else {
                print(out, s, service.versions(), service.screener());
            }
        }
        return 0;
    }

    private void print(PrintWriter out, Screened s, List<ListVersion> versions, Screener screener) {
        ScreeningResult r = s.result();
        List<String> labels = versions.stream().map(v -> v.ref().label()).toList();
        out.printf("Screened \"%s\" (%s) against %s%n", r.query().name(), r.algorithm(), String.join(", ", labels));
        out.printf("Party %s%s%n", s.partyId(), noKeep ? " (not kept)" : " (kept)");
        out.printf("Compared as: %s%n", String.join("; ", r.forms().stream().map(f -> f.text() + " (" + f.route() + ")").toList()));
        if (s.hits().isEmpty()) {
            out.printf(Locale.ROOT, "No hits at or above %s.%n", r.query().threshold() != null
                    ? String.format(Locale.ROOT, "%.2f", r.query().threshold())
                    : String.format(Locale.ROOT, "the thresholds (%.2f; individuals %.2f)", screener.thresholds().defaultThreshold(),
                    screener.thresholds().byType().getOrDefault(EntityType.INDIVIDUAL, screener.thresholds().defaultThreshold())));
        }
        for (ScreenedHit sh : s.hits()) {
            ScreeningHit h = sh.screening();
            out.printf(Locale.ROOT, "%s  %-6s %-12s %s%s%s%n", h == null ? "  -  " : String.format(Locale.ROOT, "%.3f", h.score()),
                    sh.list(), sh.entityId(), sh.entry().name(), sh.blocked() ? "  [BLOCKED]" : "", state(sh));
            if (h == null) {
                out.println("       adjudicated a match: the name no longer reaches the threshold, and a match is final");
                continue;
            }
            out.printf("       matched %s \"%s\"%n", h.matched().kind().name().toLowerCase(Locale.ROOT), h.matchedName());
            for (FeatureScore f : h.features()) {
                out.printf(Locale.ROOT, "       %+.3f %s %s%n", f.contribution(), f.name(), f.compared());
            }
            if (h.entry().licenseRequirement() != null) out.println("       license requirement: " + h.entry().licenseRequirement());
            if (h.entry().licensePolicy() != null) out.println("       license policy: " + h.entry().licensePolicy());
            if (h.entry().frCitation() != null) out.println("       Federal Register: " + h.entry().frCitation());
            if (!h.entry().footnotes().isEmpty()) out.println("       footnotes: " + h.entry().footnotes());
        }
        if (!s.suppressed().isEmpty()) {
            out.println("Suppressed (adjudicated not the party; the listing is unchanged since):");
            for (ScreenedHit h : s.suppressed()) {
                out.printf(Locale.ROOT, "%.3f  %-6s %-12s %s  [no-match by %s, %s]%n", h.score(), h.list(), h.entityId(),
                        h.entry().name(), h.adjudication().decidedBy(), h.adjudication().decidedAt().toString().substring(0, 10));
            }
        }
    }

    private static String state(ScreenedHit h) {
        if (h.adjudication() == null) return "";
        if (h.entryChanged()) {
            return "  [entry changed since adjudicated a no-match by " + h.adjudication().decidedBy() + " on "
                    + h.adjudication().decidedAt().toString().substring(0, 10) + ": decide again]";
        }
        return "  [adjudicated a match by " + h.adjudication().decidedBy() + " on "
                + h.adjudication().decidedAt().toString().substring(0, 10) + "]";
    }

    /** Screens every row, in parallel chunks of {@value #CHUNK}, writing the lines in input order. */
    private int batch(ScreeningService service, String text, EntityType entityType) throws IOException {
        PartyScreening parties = new PartyScreening(service);
        CsvReader reader = new CsvReader(text.startsWith("\uFEFF") ? text.substring(1) : text, ',');
        Writer out = output != null ? Files.newBufferedWriter(output, StandardCharsets.UTF_8)
                : spec.commandLine().getOut();
        int rowsSeen = 0;
        int errors = 0;
        int hits = 0;
        boolean first = true;
        try {
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
                        ObjectNode o = line(parties, rows.get(i), entityType, done, i);
                        counts[i] = o.has("error") ? -1 : o.get("hits").size();
                        lines[i] = Json.compact(o);
                    });
                    if (!noKeep) parties.keepAll(java.util.Arrays.stream(done).filter(java.util.Objects::nonNull).toList());
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
        } finally {
            out.flush();
            if (output != null) out.close();
        }
        spec.commandLine().getErr().printf(Locale.ROOT, "screened %d rows: %d with hits, %d malformed%s%n", rowsSeen,
                hits, errors, output != null ? " (results in " + output + ")" : "");
        return 0;
    }

    private ObjectNode line(PartyScreening parties, CsvReader.Row row, EntityType entityType, Screened[] done, int at) {
        ObjectNode o = Json.object();
        String id = row.get(0) == null ? null : row.get(0).strip();
        o.put("id", id);
        if (row.unterminated()) return error(o, row, "the row ends inside an open quote");
        if (row.size() < 2 || row.size() > 3) {
            return error(o, row, "expected 3 columns (id,name,country), found " + row.size());
        }
        String country = row.size() == 3 && !row.get(2).isBlank() ? row.get(2).strip() : null;
        try {
            Screened s = parties.screen(new PartyQuery(id, row.get(1), country, entityType, threshold));
            done[at] = s;
            o.put("party_id", s.partyId());
            ArrayNode hits = Json.array();
            for (ScreenedHit h : s.hits()) hits.add(ScreeningJson.hit(h, false));
            o.set("hits", hits);
            if (!s.suppressed().isEmpty()) o.put("suppressed", s.suppressed().size());
            return o;
        } catch (InvalidQueryException e) {
            return error(o, row, e.getMessage());
        }
    }

    private static ObjectNode error(ObjectNode o, CsvReader.Row row, String message) {
        o.put("line", row.line());
        o.put("error", message);
        return o;
    }
}

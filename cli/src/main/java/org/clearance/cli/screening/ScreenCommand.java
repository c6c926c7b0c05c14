package org.clearance.cli.screening;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clearance.app.AuditLog;
import org.clearance.app.AuditPayloads;
import org.clearance.app.BadInput;
import org.clearance.app.ListAge;
import org.clearance.app.Screen;
import org.clearance.app.json.Json;
import org.clearance.cli.options.DatabaseOption;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.audit.AuditKinds;
import org.clearance.ledger.parties.PartyQuery;
import org.clearance.ledger.parties.ScreenedHit;
import org.clearance.ledger.parties.Screened;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.match.FeatureScore;
import org.clearance.screening.match.ScreeningHit;
import org.clearance.screening.match.ScreeningResult;
import org.clearance.screening.match.Thresholds;
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
            + "list_versions, hits (each with its adjudication state), suppressed, warnings and list_warnings (lists too "
            + "old, subsets, the shipped sample).")
    boolean json;
    @Option(names = "--batch", paramLabel = "FILE", description = "Screen every row of a CSV file with columns "
            + "id,name,country (country may be empty), using every core. The id is the party's id (empty: derived).")
    Path batch;
    @Option(names = "--output", paramLabel = "FILE", description = "With --batch: write one JSON line per input row "
            + "here (default: standard output).")
    Path output;
    @Option(names = "--by", paramLabel = "NAME", description = "Who screens, as the audit trail records it (default: the OS user).")
    String by;
    @Option(names = "--max-list-age", paramLabel = "DAYS", description = "Warn about a list published (or last found "
            + "current by lists update) more than DAYS days ago (default: max_list_age_days of the configuration, 7).")
    Integer maxListAge;
    /** The dealing's date: the ownership holdings and rules in force that day apply (CliVocabularyTest's one meaning). */
    @Mixin
    org.clearance.cli.options.ShipmentDateOption shipmentDate;
    @Mixin
    org.clearance.cli.options.PackOptions pack;
    @Mixin
    DatabaseOption database;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((name == null) == (batch == null)) {
            throw new BadInput("give either a NAME or --batch FILE");
        }
        if (threshold != null && (threshold < 0 || threshold > 1)) {
            throw new BadInput("--threshold: " + threshold + " is outside [0, 1]");
        }
        EntityType entityType = EntityType.UNKNOWN;
        if (type != null) {
            try {
                entityType = EntityType.ofQuery(type);
            } catch (IllegalArgumentException e) {
                throw new BadInput("--type: " + e.getMessage());
            }
        }
        if (name != null && !org.clearance.screening.name.NameNormalizer.hasLetter(name)) {
            throw new BadInput("the name '" + name + "' has no letters; there is nothing to screen");
        }
        String text = null;
        if (batch != null) {
            try {
                text = Files.readString(batch, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new BadInput(batch + ": no such file");
            } catch (java.nio.charset.MalformedInputException e) {
                text = new String(Files.readAllBytes(batch), java.nio.charset.Charset.forName("windows-1252"));
            }
        }
        String date = shipmentDate.text();
        java.time.LocalDate on = org.clearance.app.RuleData.date(date, "--date");
        try (ScreeningService service = database.open()) {
            org.clearance.app.OwnershipCheck ownership = org.clearance.app.OwnershipCheck.of(service, pack.data(), on);
            if (batch != null) return batch(service, text, entityType, ownership);
            PartyQuery query = new PartyQuery(partyId, name, country, entityType, threshold);
            Screen.Answer answer = Screen.one(service, query, !noKeep,
                    ListAge.configured(maxListAge, null, java.time.Clock.systemUTC()), ownership);
            AuditLog.record(service.ledger(), AuditKinds.SCREEN, AuditLog.actor(by),
                    AuditPayloads.screen(query, !noKeep, answer));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(answer.json()));
            } else {
                print(out, answer);
            }
        }
        return 0;
    }

    private void print(PrintWriter out, Screen.Answer answer) {
        Screened s = answer.screened();
        Thresholds thresholds = answer.thresholds();
        ScreeningResult r = s.result();
        for (String w : answer.warnings()) out.println("warning: " + w);
        List<String> labels = answer.versions().stream().map(v -> v.ref().label()).toList();
        out.printf("Screened \"%s\" (%s) against %s%n", r.query().name(), r.algorithm(), String.join(", ", labels));
        out.printf("Party %s%s%n", s.partyId(), noKeep ? " (not kept)" : " (kept)");
        out.printf("Compared as: %s%n", String.join("; ", r.forms().stream().map(f -> f.text() + " (" + f.route() + ")").toList()));
        if (s.hits().isEmpty()) {
            out.printf(Locale.ROOT, "No hits at or above %s.%n", r.query().threshold() != null
                    ? String.format(Locale.ROOT, "%.2f", r.query().threshold())
                    : String.format(Locale.ROOT, "the thresholds (%.2f; individuals %.2f)", thresholds.defaultThreshold(),
                    thresholds.byType().getOrDefault(EntityType.INDIVIDUAL, thresholds.defaultThreshold())));
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
        List<String> owned = org.clearance.app.OwnershipCheck.lines(answer.ownership());
        if (!owned.isEmpty()) {
            out.println("Ownership (" + answer.ownershipVersions() + ", holdings in force on " + date(answer) + "):");
            owned.forEach(l -> out.println("  " + l));
        }
        if (!s.suppressed().isEmpty()) {
            out.println("Suppressed (adjudicated not the party; the listing is unchanged since):");
            for (ScreenedHit h : s.suppressed()) {
                out.printf(Locale.ROOT, "%.3f  %-6s %-12s %s  [no-match by %s, %s]%n", h.score(), h.list(), h.entityId(),
                        h.entry().name(), h.adjudication().decidedBy(), h.adjudication().decidedAt().toString().substring(0, 10));
            }
        }
    }

    private String date(Screen.Answer answer) {
        return shipmentDate.text() != null ? shipmentDate.text() : java.time.LocalDate.now().toString();
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

    /** Screens every row of the file, one JSON line per row to --output or standard output. */
    private int batch(ScreeningService service, String text, EntityType entityType,
                      org.clearance.app.OwnershipCheck ownership) throws IOException {
        Writer out = output != null ? Files.newBufferedWriter(output, StandardCharsets.UTF_8)
                : spec.commandLine().getOut();
        Screen.BatchSummary summary;
        try {
            summary = Screen.batch(service, text, entityType, threshold, !noKeep, out, ownership);
        } finally {
            out.flush();
            if (output != null) out.close();
        }
        AuditLog.record(service.ledger(), AuditKinds.SCREEN, AuditLog.actor(by), AuditPayloads.screenBatch(batch, output,
                summary, threshold, !noKeep, service.versions().stream().map(v -> v.ref().label()).toList()));
        spec.commandLine().getErr().printf(Locale.ROOT, "screened %d rows: %d with hits, %d malformed%s%n",
                summary.rows(), summary.withHits(), summary.malformed(),
                output != null ? " (results in " + output + ")" : "");
        return 0;
    }
}

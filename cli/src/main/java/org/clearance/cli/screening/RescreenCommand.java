package org.clearance.cli.screening;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clearance.app.Rescreening;
import org.clearance.app.json.Json;
import org.clearance.cli.options.DatabaseOption;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.parties.Rescreen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rescreen", mixinStandardHelpOptions = true,
        description = "Screen every kept party again after list imports and report only what the list changes did: "
                + "hits on entries added or changed since the party's last screening, hits a change took away, kept "
                + "hits on entries removed from every list. Adjudications apply. Exit 0 with or without changes.")
public final class RescreenCommand implements Callable<Integer> {

    @Option(names = "--output", paramLabel = "FILE", description = "Also write the changes as JSON lines, one per change, for other systems.")
    Path output;
    @Option(names = "--json", description = "Print the report as one JSON object.")
    boolean json;
    @Mixin
    DatabaseOption database;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (ScreeningService service = database.open()) {
            Rescreen.Report r = run(service, output);
            PrintWriter out = spec.commandLine().getOut();
            if (json) out.println(Json.write(Rescreening.json(r)));
            else print(r, output, out);
        }
        return 0;
    }

    /** Re-screens every kept party and writes the changes as JSON lines to {@code output} when given. */
    static Rescreen.Report run(ScreeningService service, Path output) throws IOException {
        Rescreen.Report r = Rescreening.run(service);
        if (output != null) write(r, output);
        return r;
    }

    /** The report for a reader; shared with {@code lists import --rescreen}. */
    static void print(Rescreen.Report r, Path output, PrintWriter out) {
        for (Rescreen.FeedStep f : r.feeds()) {
            if (f.upToDate()) {
                out.printf("%s: version %d already re-screened%n", f.feed().code(), f.to());
            } else if (f.from() == null) {
                out.printf(Locale.ROOT, "%s: version %d is the first: its %d entries count as added (hits a party "
                        + "already has are not reported again)%n", f.feed().code(), f.to(), f.added());
            } else {
                out.printf(Locale.ROOT, "%s: version %d -> %d: %d added, %d removed, %d changed%n", f.feed().code(),
                        f.from(), f.to(), f.added(), f.removed(), f.changed());
            }
        }
        out.printf(Locale.ROOT, "Re-screened %d kept parties against %s: %d changes.%n", r.partiesScreened(),
                r.listVersions(), r.changes().size());
        for (Rescreen.Change c : r.changes()) {
            out.printf(Locale.ROOT, "%-17s party %s \"%s\" - %s:%s \"%s\"%s%s%n", c.kind().code().toUpperCase(Locale.ROOT),
                    c.party().id(), c.party().name(), c.list(), c.entityId(), c.entryName(),
                    c.hit() != null && c.hit().score() != null ? String.format(Locale.ROOT, " score %.3f", c.hit().score()) : "",
                    c.fields().isEmpty() ? "" : " (" + String.join(", ", c.fields()) + ")");
            if (c.hit() != null && c.hit().entryChanged()) {
                out.println("                  entry changed since adjudicated a no-match: decide again");
            }
        }
        if (output != null) out.println("Changes written to " + output + " (JSON lines).");
    }

    static void write(Rescreen.Report r, Path output) throws IOException {
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            Rescreening.writeChanges(r, w);
        }
        Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING);
    }
}

package org.clearance.cli.screening;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clearance.app.AuditLog;
import org.clearance.app.AuditPayloads;
import org.clearance.app.BadInput;
import org.clearance.app.RestrictedLists;
import org.clearance.app.json.Json;
import org.clearance.cli.options.DatabaseOption;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.audit.AuditKinds;
import org.clearance.ledger.lists.ImportOutcome;
import org.clearance.ledger.lists.ListVersion;
import org.clearance.screening.list.Feed;
import org.clearance.screening.list.ListDiff;
import org.clearance.screening.list.ListEntry;
import org.clearance.screening.list.ParseWarning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "lists", mixinStandardHelpOptions = true,
        description = "The restricted-party lists in Clearance's database: download today's lists from their "
                + "publishers, import a publication as a new version, list the versions, compare two.",
        subcommands = {ListsUpdateCommand.class, ListsCommand.Import.class, ListsCommand.ListVersions.class,
                ListsCommand.Diff.class})
public final class ListsCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a list file as a new version. Identical content adds no version; an empty file or "
                    + "one with more than 5%% fewer entries than the previous version is refused (exit 2) and the last "
                    + "good version kept. Malformed rows are skipped and reported with file and line.")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "sdn.csv (alt.csv, add.csv, sdn_comments.csv beside it are read "
                + "when present), cons_prim.csv, the CSL consolidated.csv or consolidated.json, the DPL text file, or "
                + "a FollowTheMoney entity file (OpenSanctions entities.ftm.json).")
        Path file;
        @Option(names = "--format", required = true, paramLabel = "sdn|cons|csl|csl-json|dpl|ftm",
                description = "The file's format: sdn and cons (OFAC legacy CSV), csl (trade.gov CSL CSV), csl-json "
                        + "(trade.gov CSL JSON: the bulk consolidated.json or a search API response), dpl (BIS Denied "
                        + "Persons List), ftm (FollowTheMoney JSON lines: persons, companies, vessels and aircraft are "
                        + "screened; ownership and directorship links are kept).")
        String format;
        @Option(names = "--published", paramLabel = "YYYY-MM-DD",
                description = "Publication date (default: the date the file carries, else its modification date).")
        String published;
        @Option(names = "--json", description = "Print the outcome as JSON.")
        boolean json;
        @Option(names = "--rescreen", description = "Then re-screen every kept party against what changed (as clearance rescreen).")
        boolean rescreen;
        @Option(names = "--rescreen-output", paramLabel = "FILE", description = "With --rescreen: also write the changes as JSON lines.")
        Path rescreenOutput;
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws java.io.IOException {
            if (rescreenOutput != null && !rescreen) throw new BadInput("--rescreen-output needs --rescreen");
            Feed feed = RestrictedLists.feed(format);
            LocalDate date = published == null ? null : parseDate(published);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (ScreeningService service = database.open()) {
                RestrictedLists.Imported imported = RestrictedLists.importFile(service, feed, file, date);
                AuditLog.record(service.ledger(), AuditKinds.LIST_IMPORT, AuditLog.actor(null),
                        AuditPayloads.listImport(format, file, published, imported));
                ImportOutcome outcome = imported.outcome();
                int links = imported.links();
                for (ParseWarning w : outcome.warnings()) err.println("warning: " + w);
                ListVersion v = outcome.version();
                org.clearance.ledger.parties.Rescreen.Report report = rescreen ? RescreenCommand.run(service, rescreenOutput) : null;
                if (json) {
                    out.println(Json.write(imported.json(report)));
                } else {
                    printImport(out, outcome, feed, v, links);
                    if (report != null) RescreenCommand.print(report, rescreenOutput, out);
                }
            }
            return 0;
        }

        private static void printImport(PrintWriter out, ImportOutcome outcome, Feed feed, ListVersion v, int links) {
            if (outcome instanceof ImportOutcome.Imported) {
                out.printf(Locale.ROOT, "Imported %s as version %d (published %s): %,d entries, %,d aliases, %,d addresses%s; "
                                + "%d rows skipped.%n", feed.code(), v.id(), v.published(), v.entryCount(),
                        v.aliasCount(), v.addressCount(),
                        links == 0 ? "" : String.format(Locale.ROOT, ", %,d ownership and directorship links", links),
                        v.warningCount());
            } else {
                out.printf(Locale.ROOT, "Unchanged: the content is identical to %s version %d (published %s, sha256 %s); "
                        + "no version added.%n", feed.code(), v.id(), v.published(), v.contentHash().substring(0, 16));
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print the stored list versions; * marks the latest of each format, which screening uses.")
    static final class ListVersions implements Callable<Integer> {
        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ScreeningService service = database.open()) {
                RestrictedLists.Stored stored = RestrictedLists.stored(service);
                List<ListVersion> all = stored.versions();
                List<Long> current = stored.current();
                if (json) {
                    out.println(Json.write(stored.json()));
                    return 0;
                }
                out.printf(Locale.ROOT, "%-4s %-8s %-10s %-20s %8s %8s %9s %-16s %s%n", "id", "fmt", "published",
                        "imported", "entries", "aliases", "addresses", "sha256", "source");
                for (ListVersion v : all) {
                    out.printf(Locale.ROOT, "%-4s %-8s %-10s %-20s %8d %8d %9d %-16s %s%n",
                            v.id() + (current.contains(v.id()) ? "*" : ""), v.feed().code(), v.published(),
                            v.importedAt().toString().substring(0, 19).replace('T', ' '), v.entryCount(),
                            v.aliasCount(), v.addressCount(), v.contentHash().substring(0, 16), v.source());
                }
            }
            return 0;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "Show the entries added, removed and changed from version V1 to version V2.")
    static final class Diff implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "V1")
        long from;
        @Parameters(index = "1", paramLabel = "V2")
        long to;
        @Option(names = "--json", description = "Print the diff as JSON.")
        boolean json;
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ScreeningService service = database.open()) {
                RestrictedLists.Compared compared = RestrictedLists.diff(service, from, to);
                ListVersion a = compared.from();
                ListVersion b = compared.to();
                ListDiff d = compared.diff();
                if (json) {
                    out.println(Json.write(compared.json()));
                    return 0;
                }
                out.printf(Locale.ROOT, "%s version %d (%s) -> %s version %d (%s): %d added, %d removed, %d changed%n",
                        a.feed().code(), a.id(), a.published(), b.feed().code(), b.id(), b.published(),
                        d.added().size(), d.removed().size(), d.changed().size());
                if (a.feed() != b.feed()) {
                    out.println("note: the versions are of different formats (" + a.feed().code() + ", " + b.feed().code() + ")");
                }
                for (ListEntry e : d.added()) out.printf("+ %s %s %s%n", e.list(), e.entityId(), e.name());
                for (ListEntry e : d.removed()) out.printf("- %s %s %s%n", e.list(), e.entityId(), e.name());
                for (ListDiff.Change c : d.changed()) {
                    out.printf("~ %s %s %s (%s)%n", c.after().list(), c.after().entityId(), c.after().name(),
                            String.join(", ", c.fields()));
                }
            }
            return 0;
        }
    }

    static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (RuntimeException e) {
            throw new BadInput("--published: invalid date '" + value + "': expected YYYY-MM-DD");
        }
    }
}

package org.clearance.cli.ownership;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clearance.app.Ownership;
import org.clearance.app.json.Json;
import org.clearance.cli.options.DatabaseOption;
import org.clearance.ledger.ScreeningService;
import org.clearance.ownership.Holding;
import org.clearance.ownership.OwnershipVersion;
import org.clearance.ownership.SourcedHolding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ownership", mixinStandardHelpOptions = true,
        description = "Ownership data, by source: import a source's snapshot as its new version, list the versions, "
                + "show a party's owners and holdings. Screening reads them for the OFAC 50% rule and the BIS "
                + "Affiliates rule (docs/ownership.md).",
        subcommands = {OwnershipCommand.Import.class, OwnershipCommand.ListVersions.class, OwnershipCommand.Show.class})
public final class OwnershipCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import FILE as the new version of source NAME, replacing its previous one (sources combine). "
                    + "All or nothing: a bad row refuses the file with its line and reason (exit 2), and nothing is stored.")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "CSV with columns owner, owned, percent, as_of, source "
                + "[, owner_id, owned_id, owner_country, owned_country, valid_from, valid_to], or FollowTheMoney JSON lines.")
        Path file;
        @Option(names = "--format", required = true, paramLabel = "csv|ftm", description = "The file's format.")
        String format;
        @Option(names = "--source", required = true, paramLabel = "NAME", description = "The source this snapshot is of (kyc-export, vendor-x, opensanctions).")
        String source;
        @Option(names = "--json", description = "Print the outcome as JSON.")
        boolean json;
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ScreeningService service = database.open()) {
                Ownership.Imported imported = Ownership.importFile(service, file, format, source);
                OwnershipVersion v = imported.outcome().version();
                if (json) {
                    out.println(Json.write(imported.json()));
                } else if (imported.outcome().unchanged()) {
                    out.printf(Locale.ROOT, "Unchanged: the content is identical to %s (sha256 %s); no version added.%n",
                            v.label(), v.contentHash().substring(0, 16));
                } else {
                    out.printf(Locale.ROOT, "Imported %s: %,d holdings from %s in %.1f s%s.%n", v.label(), v.holdings(),
                            file, imported.seconds(), imported.outcome().replaced() == null ? ""
                                    : " (replaces " + imported.outcome().replaced().label() + ")");
                }
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print the ownership versions; * marks the current one of each source. Ownership links of "
                    + "the current FtM list versions count as a source named after the list version.")
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
                Ownership.Stored stored = Ownership.stored(service);
                if (json) {
                    out.println(Json.write(stored.json()));
                    return 0;
                }
                out.printf(Locale.ROOT, "%-28s %-5s %10s %-20s %-16s %s%n", "version", "fmt", "holdings", "imported",
                        "sha256", "file");
                for (OwnershipVersion v : stored.versions()) row(out, v, stored.current().contains(v));
                for (OwnershipVersion v : stored.fromLists()) row(out, v, true);
            }
            return 0;
        }

        private static void row(PrintWriter out, OwnershipVersion v, boolean current) {
            out.printf(Locale.ROOT, "%-28s %-5s %,10d %-20s %-16s %s%n", v.label() + (current ? "*" : ""), v.format(),
                    v.holdings(), v.importedAt().toString().substring(0, 19).replace('T', ' '),
                    v.contentHash().substring(0, 16), v.file());
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show a party's owners and holdings in the current ownership data, with percent, dates, "
                    + "source and version.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "NAME|PARTY_ID", description = "A name (compared without case and punctuation), a "
                + "party id, or a list reference LIST:ENTRY_ID.")
        String party;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ScreeningService service = database.open()) {
                Ownership.Shown shown = Ownership.show(service, party);
                if (json) {
                    out.println(Json.write(shown.json()));
                    return 0;
                }
                out.println("Ownership of \"" + shown.party() + "\"");
                print(out, "Owners", shown.owners(), true);
                print(out, "Holdings", shown.holdings(), false);
            }
            return 0;
        }

        private static void print(PrintWriter out, String heading, List<SourcedHolding> list, boolean owners) {
            out.println(heading + ":" + (list.isEmpty() ? " none" : ""));
            for (SourcedHolding s : list) {
                Holding h = s.holding();
                out.printf(Locale.ROOT, "  %-12s %s%n", h.percent().label(), owners ? h.owner().label() : h.owned().label());
                out.printf(Locale.ROOT, "               from %s%s, as of %s; %s (%s, line %d)%n", h.validFrom(),
                        h.validTo() == null ? "" : " to " + h.validTo(), h.asOf(), h.source(), s.version().label(), h.line());
            }
        }
    }
}

package org.clearance.cli.screening;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clearance.app.Adjudicate;
import org.clearance.app.json.Json;
import org.clearance.cli.options.DatabaseOption;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.parties.Adjudication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "adjudications", mixinStandardHelpOptions = true,
        description = "The officers' decisions on kept parties.",
        subcommands = {AdjudicationsCommand.ListAdjudications.class})
public final class AdjudicationsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every adjudication, newest first, with its status: in force, superseded by a later decision "
                    + "on the same pair, lapsed (a no-match whose listing has changed since), or delisted (the entry is "
                    + "on no current list).")
    static final class ListAdjudications implements Callable<Integer> {
        @Option(names = "--party", paramLabel = "ID", description = "Only this party's.")
        String party;
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
                List<Adjudicate.Listed> all = Adjudicate.list(service, party);
                if (json) {
                    out.println(Json.write(Adjudicate.json(all)));
                    return 0;
                }
                if (all.isEmpty()) {
                    out.println(party == null ? "No adjudications recorded." : "No adjudications recorded for party " + party + ".");
                    return 0;
                }
                out.printf(Locale.ROOT, "%-5s %-16s %-8s %-22s %-10s %-24s %-20s %s%n", "id", "party", "decision", "entry",
                        "status", "decided at", "by", "reason");
                for (Adjudicate.Listed listed : all) {
                    Adjudication adj = listed.adjudication();
                    out.printf(Locale.ROOT, "%-5d %-16s %-8s %-22s %-10s %-24s %-20s %s%n", adj.id(), adj.partyId(),
                            adj.decision().code(), adj.entry(), listed.status(), adj.decidedAt(),
                            adj.decidedBy(), adj.reason());
                }
            }
            return 0;
        }
    }
}

package org.clearance.cli.screening;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clearance.cli.json.Json;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.parties.Adjudication;
import org.clearance.ledger.parties.PartyScreening;
import org.clearance.screening.list.ListCode;
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
                PartyScreening parties = new PartyScreening(service);
                List<Adjudication> all = parties.store().adjudications(party);
                Map<String, Adjudication> latest = parties.store().latestAdjudications(party);
                if (json) {
                    ArrayNode a = Json.array();
                    for (Adjudication adj : all) {
                        ObjectNode o = ScreeningJson.adjudication(adj);
                        o.put("status", status(parties, adj, latest));
                        a.add(o);
                    }
                    out.println(Json.write(a));
                    return 0;
                }
                if (all.isEmpty()) {
                    out.println(party == null ? "No adjudications recorded." : "No adjudications recorded for party " + party + ".");
                    return 0;
                }
                out.printf(Locale.ROOT, "%-5s %-16s %-8s %-22s %-10s %-24s %-20s %s%n", "id", "party", "decision", "entry",
                        "status", "decided at", "by", "reason");
                for (Adjudication adj : all) {
                    out.printf(Locale.ROOT, "%-5d %-16s %-8s %-22s %-10s %-24s %-20s %s%n", adj.id(), adj.partyId(),
                            adj.decision().code(), adj.entry(), status(parties, adj, latest), adj.decidedAt(),
                            adj.decidedBy(), adj.reason());
                }
            }
            return 0;
        }

        private static String status(PartyScreening parties, Adjudication a, Map<String, Adjudication> latest) {
            if (latest.get(a.pairKey()).id() != a.id()) return "superseded";
            Optional<String> now = parties.screener().listingHash(new ListCode(a.list()), a.entityId());
            if (now.isEmpty()) return "delisted";
            if (a.decision() == Adjudication.Decision.NO_MATCH && !now.get().equals(a.entryHash())) return "lapsed";
            return "in-force";
        }
    }
}

package org.clearance.cli.screening;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clearance.app.Adjudicate;
import org.clearance.app.json.Json;
import org.clearance.cli.options.DatabaseOption;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.approvals.ApprovalRequest;
import org.clearance.ledger.parties.Adjudication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "adjudications", mixinStandardHelpOptions = true,
        description = "The officers' decisions on kept parties, and the no-match requests waiting for a second officer.",
        subcommands = {AdjudicationsCommand.ListAdjudications.class, AdjudicationsCommand.Approve.class,
                AdjudicationsCommand.Reject.class})
public final class AdjudicationsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The pending and rejected no-match requests, then every adjudication, newest first, with its "
                    + "status: in force, superseded by a later decision on the same pair, lapsed (a no-match whose "
                    + "listing has changed since), or delisted (the entry is on no current list).")
    static final class ListAdjudications implements Callable<Integer> {
        @Option(names = "--party", paramLabel = "ID", description = "Only this party's.")
        String party;
        @Option(names = "--pending", description = "Only the requests waiting for a second officer.")
        boolean pending;
        @Option(names = "--json", description = "Print a JSON array (requests, with a \"request\" id, then adjudications).")
        boolean json;
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ScreeningService service = database.open()) {
                List<Adjudicate.Request> requests = Adjudicate.requests(service, party, !pending);
                List<Adjudicate.Listed> all = pending ? List.of() : Adjudicate.list(service, party);
                if (json) {
                    out.println(Json.write(Adjudicate.json(requests, all)));
                    return 0;
                }
                if (!requests.isEmpty()) {
                    out.printf(Locale.ROOT, "%-7s %-16s %-8s %-22s %-10s %-24s %-20s %s%n", "request", "party",
                            "decision", "entry", "status", "requested at", "by", "reason");
                    for (Adjudicate.Request q : requests) {
                        ApprovalRequest r = q.approval();
                        out.printf(Locale.ROOT, "%-7d %-16s %-8s %-22s %-10s %-24s %-20s %s%n", r.id(), q.partyId(),
                                q.decision(), q.entry(), r.status().code(), r.requestedAt(), r.requestedBy(), r.reason()
                                        + (r.pending() ? "" : " [rejected by " + r.decidedBy() + ": " + r.decisionReason() + "]"));
                    }
                    if (!all.isEmpty()) out.println();
                } else if (pending) {
                    out.println("No requests pending.");
                }
                if (all.isEmpty()) {
                    if (!pending && requests.isEmpty()) {
                        out.println(party == null ? "No adjudications recorded." : "No adjudications recorded for party " + party + ".");
                    }
                    return 0;
                }
                out.printf(Locale.ROOT, "%-5s %-16s %-8s %-22s %-10s %-24s %-20s %s%n", "id", "party", "decision", "entry",
                        "status", "decided at", "by", "reason");
                for (Adjudicate.Listed listed : all) {
                    Adjudication adj = listed.adjudication();
                    String by = adj.approvedBy() == null ? adj.decidedBy()
                            : adj.decidedBy() + " (approved by " + adj.approvedBy() + ")";
                    out.printf(Locale.ROOT, "%-5d %-16s %-8s %-22s %-10s %-24s %-20s %s%n", adj.id(), adj.partyId(),
                            adj.decision().code(), adj.entry(), listed.status(), adj.decidedAt(), by, adj.reason());
                }
            }
            return 0;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approve a pending no-match request as a second officer (not the one who asked): it takes "
                    + "effect now. Exit 3 when refused (your own request, no longer pending, the listing changed since).")
    static final class Approve implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "REQUEST", description = "The request id (adjudications list --pending).")
        long id;
        @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who approves.")
        String by;
        @Option(names = "--json", description = "Print the adjudication now in force as JSON.")
        boolean json;
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ScreeningService service = database.open()) {
                Adjudication a = Adjudicate.approve(service, id, by);
                if (json) {
                    out.println(Json.write(Adjudicate.adjudicationJson(a)));
                } else {
                    out.printf("Approved request %d: adjudication %d, party %s is not %s \"%s\" (asked by %s, approved "
                            + "by %s at %s).%n", id, a.id(), a.partyId(), a.entry(), a.entryName(), a.decidedBy(),
                            a.approvedBy(), a.decidedAt());
                    out.println("Later screenings leave the pair out until the listing changes (content "
                            + a.entryHash().substring(0, 16) + ").");
                }
            }
            return 0;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Reject a pending no-match request: the hit stays. The officer who asked may withdraw it this way.")
    static final class Reject implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "REQUEST", description = "The request id (adjudications list --pending).")
        long id;
        @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who rejects.")
        String by;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
        String reason;
        @Option(names = "--json", description = "Print the rejected request as JSON.")
        boolean json;
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ScreeningService service = database.open()) {
                Adjudicate.Request q = Adjudicate.reject(service, id, by, reason);
                if (json) {
                    out.println(Json.write(q.json()));
                } else {
                    out.printf("Rejected request %d (asked by %s) by %s: the hit on %s stays.%n", q.id(),
                            q.approval().requestedBy(), q.approval().decidedBy(), q.entry());
                }
            }
            return 0;
        }
    }
}

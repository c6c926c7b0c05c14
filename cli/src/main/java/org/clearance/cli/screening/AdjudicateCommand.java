package org.clearance.cli.screening;

import java.io.PrintWriter;
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

@Command(name = "adjudicate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Record an officer's decision that a kept party is, or is not, a listed entry: who, when, why, and "
                + "the listing's content hash. A no-match suppresses the pair on later screenings until the listing "
                + "changes; a match is final for the party. A no-match on the SDN, Entity List, MEU or DPL takes four "
                + "eyes: it is recorded as a request, which suppresses nothing until a second officer approves it "
                + "(clearance adjudications approve ID --by NAME). Decisions are never edited: a later one on the same "
                + "pair supersedes, and all are kept (clearance adjudications list).")
public final class AdjudicateCommand implements Callable<Integer> {

    @Option(names = "--party", required = true, paramLabel = "ID", description = "The kept party's id (as screen printed it).")
    String party;
    @Option(names = "--entry", required = true, paramLabel = "LIST:ENTITY_ID",
            description = "The listed entry, e.g. SDN:36216 or EL:0f5c31e2 (a unique start of a long id will do).")
    String entry;
    @Option(names = "--decision", required = true, paramLabel = "match|no-match")
    String decision;
    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why: what tells the party apart from, or identifies it with, the listed entry.")
    String reason;
    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who decides (or, for four eyes, asks).")
    String by;
    @Option(names = "--json", description = "Print the recorded adjudication (or the pending request) as JSON.")
    boolean json;
    @Mixin
    DatabaseOption database;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Adjudication.Decision d = Adjudicate.decision(decision);
        try (ScreeningService service = database.open()) {
            Adjudicate.Outcome outcome = Adjudicate.decide(service, party, entry, d, reason, by);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(outcome.json()));
                return 0;
            }
            switch (outcome) {
                case Adjudicate.Recorded(Adjudication a) -> {
                    out.printf("Recorded adjudication %d: party %s is %s%s \"%s\" (decided by %s at %s).%n", a.id(),
                            a.partyId(), d == Adjudication.Decision.MATCH ? "" : "not ", a.entry(), a.entryName(),
                            a.decidedBy(), a.decidedAt());
                    out.println(d == Adjudication.Decision.MATCH
                            ? "A match is final: every check naming this party treats it as the listed entry."
                            : "Later screenings leave the pair out until the listing changes (content "
                            + a.entryHash().substring(0, 16) + ").");
                }
                case Adjudicate.Requested(Adjudicate.Request r) -> {
                    out.printf("Requested (request %d): party %s is not %s \"%s\" (asked by %s at %s).%n", r.id(),
                            r.partyId(), r.entry(), r.entryName(), r.approval().requestedBy(), r.approval().requestedAt());
                    out.printf("A no-match on this list takes four eyes: it suppresses nothing until another officer "
                            + "approves it (clearance adjudications approve %d --by NAME) or rejects it "
                            + "(clearance adjudications reject %d --by NAME --reason TEXT).%n", r.id(), r.id());
                }
            }
        }
        return 0;
    }
}

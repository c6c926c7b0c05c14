package org.clearance.ownership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clearance.determination.OwnershipRule;
import org.clearance.ledger.ScreeningService;

/**
 * The ownership step of screening: the current ownership data of the database (every source's latest version and the
 * FtM lists' links) evaluated under the pack's ownership rules, with owners linked to listed entries through the
 * service's screening index. Built once per service; any number of threads may evaluate.
 */
public final class OwnershipScreening {

    private final List<OwnershipRule> rules;
    private final OwnershipEvaluator evaluator;
    private final List<OwnershipVersion> versions;

    private OwnershipScreening(List<OwnershipRule> rules, OwnershipEvaluator evaluator, List<OwnershipVersion> versions) {
        this.rules = List.copyOf(rules);
        this.evaluator = evaluator;
        this.versions = versions;
    }

    public static OwnershipScreening open(ScreeningService service, List<OwnershipRule> rules) {
        OwnershipStore store = new OwnershipStore(service.ledger().connection());
        List<SourcedHolding> holdings = store.currentHoldings(service.ledger().lists());
        List<OwnershipVersion> versions = new ArrayList<>();
        for (SourcedHolding s : holdings) if (!versions.contains(s.version())) versions.add(s.version());
        return new OwnershipScreening(rules, new OwnershipEvaluator(OwnershipGraph.of(holdings),
                new OwnerLinks(service.screener())), versions);
    }

    /** The ownership versions the data came from ("kyc#2, FTM@2024-02-29#5"). */
    public List<OwnershipVersion> versions() {
        return versions;
    }

    public boolean hasData() {
        return evaluator.graph().size() > 0;
    }

    /** Each rule read on {@code date} (from its first date on), for one screened party. */
    public List<OwnershipFinding> evaluate(String partyId, String name, String country, LocalDate date) {
        if (!hasData()) return List.of();
        List<OwnershipFinding> out = new ArrayList<>(rules.size());
        for (OwnershipRule r : rules) {
            if (date.isBefore(r.from())) continue;
            out.add(evaluator.evaluate(r, partyId, name, country, date));
        }
        return out;
    }
}

package org.clearance.server;

import java.util.function.Function;
import org.clearance.app.RuleData;
import org.clearance.ledger.ScreeningService;
import org.clearance.server.accounts.Accounts;
import org.clearance.server.http.Metrics;
import org.clearance.server.http.ServicePool;

/** What every handler reaches: the rule data (loaded once), the pooled databases, the metrics, the configuration. */
public record Served(RuleData data, ServicePool pool, Metrics metrics, ServerConfig config) {

    public <T> T db(Function<ScreeningService, T> work) {
        return pool.with(work);
    }

    public <T> T accounts(Function<Accounts, T> work) {
        return pool.with(s -> work.apply(new Accounts(s.ledger().connection())));
    }
}

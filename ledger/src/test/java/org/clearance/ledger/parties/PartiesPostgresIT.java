package org.clearance.ledger.parties;

import org.clearance.ledger.PostgresSchemas;
import org.junit.jupiter.api.AfterEach;

/** Kept parties, adjudications and re-screening on PostgreSQL, in a schema of the test's own. */
class PartiesPostgresIT extends PartiesContract {

    private final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    protected String freshDatabaseUrl() throws Exception {
        return schemas.fresh();
    }

    @AfterEach
    void dropSchemas() throws Exception {
        schemas.dropAll();
    }
}

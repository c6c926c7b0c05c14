package org.clearance.ledger.audit;

import org.clearance.ledger.PostgresSchemas;
import org.junit.jupiter.api.AfterEach;

/** The audit trail on PostgreSQL, in a schema of the test's own (see {@link PostgresSchemas}); 32 writers. */
class AuditTrailPostgresIT extends AuditTrailContract {

    private final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    protected String freshDatabaseUrl() throws Exception {
        return schemas.fresh();
    }

    @Override
    protected int writers() {
        return 32;
    }

    @Override
    protected int eventsPerWriter() {
        return 100;
    }

    @AfterEach
    void dropSchemas() throws Exception {
        schemas.dropAll();
    }
}

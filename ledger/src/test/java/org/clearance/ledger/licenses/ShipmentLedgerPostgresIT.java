package org.clearance.ledger.licenses;

import org.clearance.ledger.PostgresSchemas;
import org.junit.jupiter.api.AfterEach;

/** Depletion on PostgreSQL, in a schema of the test's own: 32 writers. */
class ShipmentLedgerPostgresIT extends ShipmentLedgerContract {

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
    protected int shipmentsPerWriter() {
        return 100;
    }

    @AfterEach
    void dropSchemas() throws Exception {
        schemas.dropAll();
    }
}

package org.clearance.ledger.licenses;

import org.clearance.ledger.PostgresSchemas;
import org.junit.jupiter.api.AfterEach;

/**
 * The count on PostgreSQL (run by -Pfull): 32 threads × 5,000 shipments in-process against one license, each
 * recorded with its draws and audit row, twice the demand of the limit, so that drawn must end exactly at the limit.
 */
class ShipmentLedgerAtScaleIT extends ShipmentLedgerContract {

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
        return 5_000;
    }

    @AfterEach
    void dropSchemas() throws Exception {
        schemas.dropAll();
    }
}

package org.clearance.ledger.lists;

import org.clearance.ledger.PostgresSchemas;
import org.junit.jupiter.api.AfterEach;

/** The list store on PostgreSQL, in a schema of the test's own (see {@link PostgresSchemas}). */
class ListStorePostgresIT extends ListStoreContract {

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

package org.clearance.ledger.lists;

/** The list store on embedded H2, one in-memory database per test. */
class ListStoreH2Test extends ListStoreContract {
    @Override
    protected String freshDatabaseUrl() {
        return "jdbc:h2:mem:lists_" + java.util.UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    }
}

package org.clearance.ledger.parties;

/** Kept parties, adjudications and re-screening on embedded H2, one in-memory database per test. */
class PartiesH2Test extends PartiesContract {
    @Override
    protected String freshDatabaseUrl() {
        return "jdbc:h2:mem:parties_" + java.util.UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    }
}

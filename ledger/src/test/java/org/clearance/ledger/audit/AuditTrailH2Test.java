package org.clearance.ledger.audit;

/** The audit trail on embedded H2, one in-memory database per test. */
class AuditTrailH2Test extends AuditTrailContract {
    @Override
    protected String freshDatabaseUrl() {
        return "jdbc:h2:mem:audit_" + java.util.UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    }
}

package org.clearance.app.licensing;

/** Licenses and shipments on an embedded H2 file. */
class ShipH2Test extends ShipContract {
    @Override
    protected String freshDatabaseUrl() {
        return "jdbc:h2:file:" + dir.resolve("db-" + java.util.UUID.randomUUID()).resolve("clearance").toAbsolutePath();
    }
}

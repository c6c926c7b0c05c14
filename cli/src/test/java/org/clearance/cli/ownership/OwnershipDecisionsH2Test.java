package org.clearance.cli.ownership;

/** The ownership rules in screen and check on an embedded H2 file. */
class OwnershipDecisionsH2Test extends OwnershipDecisionsContract {
    @Override
    protected String freshDatabaseUrl() {
        return "jdbc:h2:file:" + tmp.resolve("db-" + java.util.UUID.randomUUID()).toAbsolutePath();
    }
}

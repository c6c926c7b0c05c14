package org.clearance.cli.ownership;

/** The ownership commands on an embedded H2 file under the test's temporary directory. */
class OwnershipCommandsH2Test extends OwnershipCommandsContract {
    @Override
    protected String freshDatabaseUrl() {
        return "jdbc:h2:file:" + tmp.resolve("db-" + java.util.UUID.randomUUID()).toAbsolutePath();
    }
}

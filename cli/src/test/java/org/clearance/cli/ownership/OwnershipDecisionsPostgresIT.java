package org.clearance.cli.ownership;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;

/** The ownership rules in screen and check on PostgreSQL, in a schema of the test's own. */
class OwnershipDecisionsPostgresIT extends OwnershipDecisionsContract {

    private static final String SERVER = System.getProperty("clearance.test.postgres",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private String schema;

    @Override
    protected String freshDatabaseUrl() throws Exception {
        schema = "it_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return SERVER + "&currentSchema=" + schema;
    }

    @AfterAll
    void dropSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}

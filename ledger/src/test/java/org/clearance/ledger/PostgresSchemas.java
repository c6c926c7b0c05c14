package org.clearance.ledger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Schemas of their own for integration tests on PostgreSQL (127.0.0.1:5432, database test, user postgres; .ci/run
 * starts one; {@code -Dclearance.test.postgres=URL} for another): {@code it_} + random, so parallel and repeated runs
 * never meet, dropped by {@link #dropAll}.
 */
public final class PostgresSchemas {

    public static final String SERVER = System.getProperty("clearance.test.postgres",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private final List<String> schemas = new ArrayList<>();

    /** A JDBC URL whose current schema is a new, empty one. */
    public String fresh() throws SQLException {
        String schema = "it_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        schemas.add(schema);
        return SERVER + "&currentSchema=" + schema;
    }

    public void dropAll() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            for (String schema : schemas) s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
        schemas.clear();
    }
}

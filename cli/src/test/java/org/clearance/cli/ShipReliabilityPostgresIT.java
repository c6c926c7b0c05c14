package org.clearance.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * The counts on one PostgreSQL (127.0.0.1:5432, database test; {@code -Dclearance.test.postgres=URL}):
 * 8 ship --batch processes against one license, and 20 rounds of SIGKILL at a random point and re-run.
 */
class ShipReliabilityPostgresIT extends ShipReliabilityContract {

    private static final String SERVER = System.getProperty("clearance.test.postgres",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private final List<String> schemas = new ArrayList<>();

    @Override
    protected String freshDatabaseUrl() throws Exception {
        String schema = "it_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        schemas.add(schema);
        return SERVER + "&currentSchema=" + schema;
    }

    @Override
    protected int processes() {
        return 8;
    }

    @Override
    protected int linesPerProcess() {
        return 200;
    }

    @Override
    protected int killRounds() {
        return 20;
    }

    @Override
    protected int killLines() {
        return 200;
    }

    @AfterEach
    void dropSchemas() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            for (String schema : schemas) s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
        schemas.clear();
    }
}

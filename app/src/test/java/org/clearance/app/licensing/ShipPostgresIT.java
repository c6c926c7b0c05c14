package org.clearance.app.licensing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * Licenses and shipments on PostgreSQL (127.0.0.1:5432, database test; {@code -Dclearance.test.postgres=URL} for
 * another), each database a schema of its own, dropped afterwards; 32 threads in the concurrency test.
 */
class ShipPostgresIT extends ShipContract {

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
    protected int threads() {
        return 32;
    }

    @Override
    protected int shipmentsPerThread() {
        return 20;
    }

    @AfterEach
    void dropSchemas() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            for (String schema : schemas) s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
        schemas.clear();
    }
}

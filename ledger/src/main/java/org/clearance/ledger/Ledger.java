package org.clearance.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.clearance.ledger.lists.ListStore;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Clearance's database: embedded H2 by default (a file under the user's data directory), PostgreSQL through a JDBC
 * URL. Opening migrates the one schema with Flyway ({@code db/migration}), so every capability that shares the
 * database (lists today; adjudications, licenses and audit later) finds its tables. Not thread-safe: one ledger per
 * command or per worker.
 */
public final class Ledger implements AutoCloseable {

    private final String url;
    private final Connection connection;

    private Ledger(String url, Connection connection) {
        this.url = url;
        this.connection = connection;
    }

    /** Opens and migrates the database at a JDBC URL (jdbc:h2:file:..., jdbc:postgresql://...). */
    public static Ledger open(String url) {
        if (url == null || !url.startsWith("jdbc:")) {
            throw new LedgerException("'" + url + "' is not a JDBC URL: expected e.g. jdbc:h2:file:/some/dir/clearance "
                    + "or jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        }
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new LedgerException("unsupported database '" + url + "': Clearance runs on H2 (jdbc:h2:...) and "
                    + "PostgreSQL (jdbc:postgresql:...)");
        }
        try {
            Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                    .loggers(QuietFlywayLog.class.getName()).load().migrate();
        } catch (FlywayException e) {
            throw new LedgerException("cannot migrate the database at " + url + ": " + e.getMessage(), e);
        }
        try {
            Connection c = DriverManager.getConnection(url);
            return new Ledger(url, c);
        } catch (SQLException e) {
            throw new LedgerException("cannot open the database at " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * The embedded database: {@code $XDG_DATA_HOME/clearance/clearance} or {@code ~/.local/share/clearance/clearance}
     * (H2 adds its own {@code .mv.db} suffix).
     */
    public static String defaultUrl() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return "jdbc:h2:file:" + base.resolve("clearance").resolve("clearance").toAbsolutePath();
    }

    public String url() {
        return url;
    }

    public Connection connection() {
        return connection;
    }

    public ListStore lists() {
        return new ListStore(connection);
    }

    /** What {@code lists update} last saw of each source it downloads. */
    public org.clearance.ledger.lists.FetchStateStore fetches() {
        return new org.clearance.ledger.lists.FetchStateStore(connection);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new LedgerException("cannot close the database at " + url + ": " + e.getMessage(), e);
        }
    }
}

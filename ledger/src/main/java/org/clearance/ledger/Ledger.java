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
 *
 * <p>Several processes share one embedded H2 file through H2's automatic mixed mode: the first process to open the
 * file serves it to the others over a TCP port, and when it exits another takes over. The port is bound to the
 * loopback address only ({@code h2.bindAddress}), since the embedded database has no password.
 */
public final class Ledger implements AutoCloseable {

    static {
        // Read by H2 when it first loads its system properties: must be set before any H2 class is used.
        if (System.getProperty("h2.bindAddress") == null) System.setProperty("h2.bindAddress", "127.0.0.1");
    }

    /** H2's error code for a database file held open, unshared, by another process (DATABASE_ALREADY_OPEN_1). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** H2's error code for a file it could not open (ERROR_OPENING_DATABASE_1), among them a lost lock-file race. */
    private static final int H2_ERROR_OPENING_DATABASE = 8000;
    private static final java.time.Duration SERVED_PATIENCE = java.time.Duration.ofMinutes(10);
    private static final java.time.Duration OPEN_PATIENCE = java.time.Duration.ofSeconds(10);

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
        String shared = sharedH2(url);
        // Two processes that open a new or idle file at the same moment can find it locked by the other before that
        // one has started serving it (or its lock file "recently modified"); H2 gives up at once, so Clearance tries
        // again for a few seconds before it says that another program holds the file.
        long deadline = System.nanoTime() + OPEN_PATIENCE.toNanos();
        while (true) {
            try {
                return connect(url, shared);
            } catch (LedgerException e) {
                if (!lostLockRace(e) || System.nanoTime() > deadline) throw e;
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static Ledger connect(String url, String shared) {
        Connection c;
        try {
            // Opened before the migration, so that an embedded database stays open (and served to other processes)
            // from the migration to the end of the command, instead of closing when Flyway's connection does.
            c = DriverManager.getConnection(shared);
        } catch (SQLException e) {
            if (heldByAnotherProgram(e)) throw inUse(url, e);
            throw new LedgerException("cannot open the database at " + url + ": " + e.getMessage(), e);
        }
        try {
            Flyway.configure().dataSource(shared, null, null).locations("classpath:db/migration")
                    .loggers(QuietFlywayLog.class.getName()).load().migrate();
            return new Ledger(url, c);
        } catch (FlywayException e) {
            closeQuietly(c);
            if (heldByAnotherProgram(e)) throw inUse(url, e);
            throw new LedgerException("cannot migrate the database at " + url + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the migration's failure is the one to report
        }
    }

    private static boolean lostLockRace(Throwable e) {
        if (e instanceof DatabaseInUseException) return true;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_ERROR_OPENING_DATABASE
                    && String.valueOf(sql.getMessage()).contains("Lock file recently modified")) return true;
        }
        return false;
    }

    /**
     * An embedded H2 file URL with automatic mixed mode switched on, so that a second process can use the file while
     * the first holds it (a batch in one terminal, a screening in another). URLs that already say how the file is
     * shared or locked, in-memory and server URLs, and PostgreSQL URLs are left as they are.
     */
    static String sharedH2(String url) {
        if (!url.startsWith("jdbc:h2:")) return url;
        String rest = url.substring("jdbc:h2:".length());
        for (String prefix : new String[] {"mem:", "tcp:", "ssl:", "zip:"}) {
            if (rest.startsWith(prefix)) return url;
        }
        String settings = url.toUpperCase(java.util.Locale.ROOT);
        if (settings.contains(";AUTO_SERVER=") || settings.contains(";FILE_LOCK=")) return url;
        return url + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE";
    }

    private static boolean heldByAnotherProgram(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) return true;
        }
        return false;
    }

    private static LedgerException inUse(String url, Throwable e) {
        String file = url.substring("jdbc:h2:".length()).replaceFirst("^file:", "").replaceFirst(";.*$", "");
        return new DatabaseInUseException("the database " + file + ".mv.db is held open by another program that does "
                + "not share it (see " + file + ".lock.db): close that program, or let Clearance open the file itself "
                + "(it shares it between its own processes), or use PostgreSQL with --database", e);
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
            waitForProcessesServedByThisOne();
            connection.close();
        } catch (SQLException e) {
            throw new LedgerException("cannot close the database at " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * When this process holds an embedded file and serves it to other Clearance processes (automatic mixed mode),
     * closing it would stop the server under their feet and break their open transactions. So it waits, up to
     * {@link #SERVED_PATIENCE}, until they have closed their sessions; one of them then takes the file over.
     */
    private void waitForProcessesServedByThisOne() throws SQLException {
        if (!url.startsWith("jdbc:h2:") || !(connection.unwrap(org.h2.jdbc.JdbcConnection.class).getSession()
                instanceof org.h2.engine.SessionLocal)) return;
        long deadline = System.nanoTime() + SERVED_PATIENCE.toNanos();
        while (System.nanoTime() < deadline && otherSessions() > 0) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long otherSessions() throws SQLException {
        try (var s = connection.createStatement();
             // Sessions of other processes only (they come in over the TCP server: SERVER is set). Connections of this
             // process keep the database open themselves, and waiting for them would make several ledgers of one
             // process (a thread each) wait for one another when they close together.
             var rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID() "
                     + "AND SERVER IS NOT NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

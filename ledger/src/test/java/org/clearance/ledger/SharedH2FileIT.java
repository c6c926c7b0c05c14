package org.clearance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several Clearance processes on one embedded H2 file (issue 10): they all work, writing at once, and a file held
 * unshared by another program is refused with one line that says so. Real processes, since H2 shares a file between
 * the connections of one JVM anyway.
 */
class SharedH2FileIT {

    private static final int PER_PROCESS = 300;

    @TempDir
    Path dir;

    @Test
    void two_processes_write_to_one_new_file_at_once_and_nothing_is_lost() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("clearance");
        Process a = writer(url, "a", PER_PROCESS);
        Process b = writer(url, "b", PER_PROCESS);
        assertThat(exit(a)).as(output(a)).isZero();
        assertThat(exit(b)).as(output(b)).isZero();
        try (Ledger ledger = Ledger.open(url)) {
            assertThat(count(ledger, "SELECT COUNT(*) FROM party WHERE id LIKE 'a%'")).isEqualTo(PER_PROCESS);
            assertThat(count(ledger, "SELECT COUNT(*) FROM party WHERE id LIKE 'b%'")).isEqualTo(PER_PROCESS);
            assertThat(count(ledger, "SELECT COUNT(*) FROM party_screening")).isEqualTo(2L * PER_PROCESS);
        }
    }

    @Test
    void a_process_writes_while_this_one_holds_the_file_open() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("clearance");
        try (Ledger holder = Ledger.open(url)) {
            Process other = writer(url, "c", 50);
            assertThat(exit(other)).as(output(other)).isZero();
            assertThat(count(holder, "SELECT COUNT(*) FROM party WHERE id LIKE 'c%'")).isEqualTo(50);
        }
    }

    @Test
    void a_file_held_unshared_by_another_program_is_refused_with_one_line() throws Exception {
        String file = dir.resolve("clearance").toString();
        // Another program (here: a plain H2 connection without mixed mode) holds the file exclusively.
        try (Connection foreign = DriverManager.getConnection("jdbc:h2:file:" + file)) {
            Process clearance = writer("jdbc:h2:file:" + file, "d", 1);
            assertThat(exit(clearance)).isEqualTo(3);
            String message = output(clearance).strip();
            assertThat(message.lines()).hasSize(1);
            assertThat(message).contains(file + ".mv.db", "held open by another program", file + ".lock.db");
        }
    }

    @Test
    void urls_that_already_say_how_to_share_are_left_alone() {
        assertThat(Ledger.sharedH2("jdbc:h2:file:/x/c")).isEqualTo("jdbc:h2:file:/x/c;AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE");
        assertThat(Ledger.sharedH2("jdbc:h2:/x/c")).isEqualTo("jdbc:h2:/x/c;AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE");
        assertThat(Ledger.sharedH2("jdbc:h2:file:/x/c;auto_server=false")).isEqualTo("jdbc:h2:file:/x/c;auto_server=false");
        assertThat(Ledger.sharedH2("jdbc:h2:file:/x/c;FILE_LOCK=NO")).isEqualTo("jdbc:h2:file:/x/c;FILE_LOCK=NO");
        assertThat(Ledger.sharedH2("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1");
        assertThat(Ledger.sharedH2("jdbc:h2:tcp://localhost/x")).isEqualTo("jdbc:h2:tcp://localhost/x");
        assertThat(Ledger.sharedH2("jdbc:postgresql://127.0.0.1:5432/test")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
    }

    private static Process writer(String url, String prefix, int count) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                SharedWriter.class.getName(), url, prefix, Integer.toString(count)));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static int exit(Process p) throws InterruptedException {
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("a writer process did not finish in 120 s");
        }
        return p.exitValue();
    }

    private static String output(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static long count(Ledger ledger, String sql) throws Exception {
        try (Statement s = ledger.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

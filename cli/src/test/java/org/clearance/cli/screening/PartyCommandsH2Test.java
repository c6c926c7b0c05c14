package org.clearance.cli.screening;

import java.nio.file.Files;
import java.nio.file.Path;

/** The party commands on embedded H2 files under a temporary directory. */
class PartyCommandsH2Test extends PartyCommandsContract {

    private Path dir;

    @Override
    protected String freshDatabaseUrl() throws Exception {
        if (dir == null) dir = Files.createTempDirectory("clearance-parties");
        return "jdbc:h2:file:" + dir.resolve("db-" + java.util.UUID.randomUUID()).toAbsolutePath();
    }

    @org.junit.jupiter.api.AfterAll
    void removeFiles() throws Exception {
        if (dir == null) return;
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

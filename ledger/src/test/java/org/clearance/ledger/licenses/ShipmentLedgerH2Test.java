package org.clearance.ledger.licenses;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Depletion on an embedded H2 file shared by the writers' connections (as several ./clearance processes share it). */
class ShipmentLedgerH2Test extends ShipmentLedgerContract {

    @TempDir
    Path dir;

    @Override
    protected String freshDatabaseUrl() {
        return "jdbc:h2:file:" + dir.resolve("clearance").toAbsolutePath();
    }
}

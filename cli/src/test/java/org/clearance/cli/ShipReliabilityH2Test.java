package org.clearance.cli;

/**
 * ship --batch processes on one embedded H2 file (shared between processes by H2's mixed mode): a few, and a few
 * SIGKILL rounds, in the default suite; the counts run on PostgreSQL ({@link ShipReliabilityPostgresIT}).
 */
class ShipReliabilityH2Test extends ShipReliabilityContract {

    @Override
    protected String freshDatabaseUrl() {
        return "jdbc:h2:file:" + dir.resolve("clearance").toAbsolutePath();
    }

    @Override
    protected int processes() {
        return 3;
    }

    @Override
    protected int linesPerProcess() {
        return 60;
    }

    @Override
    protected int killRounds() {
        return 2;
    }

    @Override
    protected int killLines() {
        return 150;
    }
}

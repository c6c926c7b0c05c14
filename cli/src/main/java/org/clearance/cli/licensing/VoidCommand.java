package org.clearance.cli.licensing;

import java.util.concurrent.Callable;
import org.clearance.app.AuditLog;
import org.clearance.app.licensing.ShipmentVoid;
import org.clearance.cli.options.DatabaseOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "void", mixinStandardHelpOptions = true,
        description = "Reverse an accepted shipment: what it drew is put back; the shipment stays recorded, marked void.")
final class VoidCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "KEY", description = "The shipment's idempotency key.")
    String key;
    @Option(names = "--reason", required = true, paramLabel = "TEXT")
    String reason;
    @Option(names = "--by", paramLabel = "NAME")
    String by;
    @Mixin
    DatabaseOption database;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ShipmentVoid.Voided v = ShipmentVoid.run(database.url(), key, reason, AuditLog.actor(by));
        spec.commandLine().getOut().println(v.summary());
        return 0;
    }
}

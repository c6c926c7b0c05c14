package org.clearance.cli.licensing;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.clearance.app.AuditLog;
import org.clearance.app.BadInput;
import org.clearance.app.CheckShipment;
import org.clearance.app.ListAge;
import org.clearance.app.ShipmentScreening;
import org.clearance.app.licensing.Ship;
import org.clearance.app.licensing.ShipBatch;
import org.clearance.app.licensing.ShipOutcome;
import org.clearance.app.licensing.ShipRequest;
import org.clearance.cli.options.DatabaseOption;
import org.clearance.cli.options.PackOptions;
import org.clearance.cli.options.ShipmentDateOption;
import org.clearance.shipment.ShipmentFields;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ship", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Decide a shipment as check does and record it: accepted (drawn on its license), refused or "
                + "held, once per idempotency key. Exit 0 accepted, 3 refused or held, 2 bad input.",
        subcommands = {VoidCommand.class})
public final class ShipCommand implements Callable<Integer> {

    /** The exit status of a shipment refused or held. */
    public static final int NOT_ACCEPTED = 3;

    @Option(names = "--item", paramLabel = "ID|FILE", description = "A catalog id or a specification file.")
    String item;
    @Option(names = "--quantity", paramLabel = "N", description = "Units (default 1).")
    String quantity;
    @Option(names = "--destination", paramLabel = "CC", description = "ISO code or name of the destination country.")
    String destination;
    @Option(names = "--end-user", paramLabel = "NAME", description = "Default: the license's end user.")
    String endUser;
    @Option(names = "--end-user-id", paramLabel = "ID")
    String endUserId;
    @Option(names = "--end-user-country", paramLabel = "CC")
    String endUserCountry;
    @Option(names = "--end-user-hq", paramLabel = "CC")
    String endUserHq;
    @Option(names = "--ultimate-parent-hq", paramLabel = "CC")
    String parentHq;
    @Option(names = "--consignee", paramLabel = "NAME", description = "Default: the license's consignee.")
    String consignee;
    @Option(names = "--consignee-id", paramLabel = "ID")
    String consigneeId;
    @Option(names = "--consignee-country", paramLabel = "CC")
    String consigneeCountry;
    @Option(names = "--purchaser", paramLabel = "NAME")
    String purchaser;
    @Option(names = "--purchaser-id", paramLabel = "ID")
    String purchaserId;
    @Option(names = "--end-use", paramLabel = "CODE", description = "military, supercomputer, advanced_node_ic, ai_training_d5 or none; repeatable.")
    List<String> endUses;
    @Option(names = "--export-from", paramLabel = "CC", description = "Where the item leaves from (default: US).")
    String exportFrom;
    @Mixin
    ShipmentDateOption date;
    @Option(names = "--overlay", paramLabel = "FILE", description = "A company overlay; repeatable.")
    List<Path> overlayFiles;
    @Option(names = "--hits", paramLabel = "FILE", description = "Restricted-list hits per party from another screening system.")
    Path hitsFile;
    @Option(names = "--no-screening", description = "Do not screen the parties (the answer says so).")
    boolean noScreening;
    @Option(names = "--max-list-age", paramLabel = "DAYS")
    Integer maxListAge;

    @Option(names = "--license", paramLabel = "NUMBER", description = "The license to draw on.")
    String license;
    @Option(names = "--exception", paramLabel = "CODE", description = "The license exception used: NAC, ACA or HBM.")
    String exception;
    @Option(names = "--confirmation", paramLabel = "N", description = "NAC: the notification's confirmation number.")
    String confirmation;
    @Option(names = "--notified", paramLabel = "YYYY-MM-DD", description = "NAC: the date BIS was notified.")
    String notified;
    @Option(names = "--value", paramLabel = "USD", description = "The declared value in USD (e.g. 125000.00).")
    String value;
    @Option(names = "--certified", paramLabel = "ID", description = "A certification attested for this shipment (a condition id); repeatable.")
    List<String> certified;
    @Option(names = "--idempotency-key", paramLabel = "K", description = "Names the shipment: the same key again "
            + "returns its first outcome (default: a new random key).")
    String key;

    @Option(names = "--batch", paramLabel = "CSV", description = "Ship every line of a CSV file (columns: "
            + ShipBatch.COLUMNS + ").")
    Path batch;
    @Option(names = "--output", paramLabel = "FILE", description = "Batch output: one JSON line per line (.jsonl).")
    Path output;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;
    @Option(names = "--by", paramLabel = "NAME", description = "Who ships, as the audit trail records it (default: the OS user).")
    String by;
    @Mixin
    DatabaseOption database;
    @Mixin
    PackOptions options;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (hitsFile != null && noScreening) throw new BadInput("--hits and --no-screening: give one or the other");
        int maxAge = ListAge.configured(maxListAge, null, java.time.Clock.systemUTC()).maxAgeDays();
        Ship.Screening screening = hitsFile != null ? new Ship.Screening.HitsFile(hitsFile)
                : noScreening ? new Ship.Screening.NotScreened("not performed (--no-screening): the parties were not "
                + "checked against the restricted-party lists") : new Ship.Screening.InDatabase();
        if (batch != null) return batch(screening, maxAge);
        Ship ship = new Ship(options.data(), CheckShipment.overlays(overlayFiles), database.url(), screening, maxAge,
                f -> "--" + f.replace('_', '-'));
        if (item == null) throw new BadInput("--item is required (a catalog id or a specification file)");
        if (destination == null) throw new BadInput("--destination is required");
        ShipmentFields fields = new ShipmentFields(null, item, quantity, destination, endUser, endUserCountry, endUserHq,
                parentHq, consignee, consigneeCountry, purchaser, endUses, exportFrom, date.text());
        ShipRequest request = new ShipRequest(key != null ? key : UUID.randomUUID().toString(), fields,
                new ShipmentScreening.Ids(endUserId, consigneeId, purchaserId), license, exception, confirmation,
                notified, value, certified, null);
        ShipOutcome outcome = ship.ship(request, AuditLog.actor(by));
        var out = spec.commandLine().getOut();
        if (json) out.println(outcome.text());
        else out.println(ShipText.of(outcome));
        return outcome.status().equals("accepted") ? 0 : NOT_ACCEPTED;
    }

    /** Writes to FILE.partial and renames it when the whole batch is done; a re-run returns what was recorded. */
    private int batch(Ship.Screening screening, int maxAge) throws java.io.IOException {
        if (output == null) throw new BadInput("--batch needs --output FILE.jsonl");
        if (hitsFile != null) throw new BadInput("--hits applies to one shipment, not to --batch");
        Ship ship = new Ship(options.data(), CheckShipment.overlays(overlayFiles), database.url(), screening, maxAge,
                f -> f);
        java.io.InputStream in;
        try {
            in = java.nio.file.Files.newInputStream(batch);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInput(batch + ": no such file");
        }
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        ShipBatch.Summary s;
        try (in; java.io.OutputStream out = java.nio.file.Files.newOutputStream(partial)) {
            s = new ShipBatch(ship, WORKERS).run(in, batch.toString(), out, AuditLog.actor(by));
        } catch (RuntimeException | java.io.IOException e) {
            java.nio.file.Files.deleteIfExists(partial);
            throw e;
        }
        java.nio.file.Files.move(partial, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        spec.commandLine().getErr().println("clearance: " + s.text() + "; wrote " + output);
        return 0;
    }

    /** Connections a batch ships on at once: the decisions use the cores while the others wait on the database. */
    static final int WORKERS = Math.max(2, Runtime.getRuntime().availableProcessors());
}

package org.clearance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clearance.app.AuditLog;
import org.clearance.app.AuditPayloads;
import org.clearance.app.BadInput;
import org.clearance.app.BatchCheck;
import org.clearance.app.CheckShipment;
import org.clearance.app.ListAge;
import org.clearance.app.ShipmentScreening;
import org.clearance.cli.options.DatabaseOption;
import org.clearance.cli.options.PackOptions;
import org.clearance.cli.options.ShipmentDateOption;
import org.clearance.cli.text.DeterminationText;
import org.clearance.determination.Overlay;
import org.clearance.ledger.audit.AuditKinds;
import org.clearance.shipment.ShipmentFields;
import org.clearance.yaml.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Decide whether a shipment of advanced computing items needs a license on its date: verdict, "
                + "review policy, license exceptions, open questions, every rule considered with its citation.")
final class CheckCommand implements Callable<Integer> {

    @Option(names = "--item", paramLabel = "ID|FILE", description = "A catalog id or a specification file.")
    String item;
    @Option(names = "--quantity", paramLabel = "N", description = "Units (default 1).")
    String quantity;
    @Option(names = "--destination", paramLabel = "CC", description = "ISO code or name of the destination country (or an ISO 3166-2 region the EAR treats apart, e.g. UA-43).")
    String destination;
    @Option(names = "--end-user", paramLabel = "NAME")
    String endUser;
    @Option(names = "--end-user-id", paramLabel = "ID", description = "The end user's party id, as kept and adjudicated (default: derived from the name and country).")
    String endUserId;
    @Option(names = "--end-user-country", paramLabel = "CC", description = "Where the end user is located (default: the destination).")
    String endUserCountry;
    @Option(names = "--end-user-hq", paramLabel = "CC", description = "Where the end user is headquartered (default: where it is located).")
    String endUserHq;
    @Option(names = "--ultimate-parent-hq", paramLabel = "CC", description = "Where its ultimate parent is headquartered (default: the end user's own).")
    String parentHq;
    @Option(names = "--consignee", paramLabel = "NAME")
    String consignee;
    @Option(names = "--consignee-id", paramLabel = "ID")
    String consigneeId;
    @Option(names = "--consignee-country", paramLabel = "CC")
    String consigneeCountry;
    @Option(names = "--purchaser", paramLabel = "NAME")
    String purchaser;
    @Option(names = "--purchaser-id", paramLabel = "ID")
    String purchaserId;
    @Option(names = "--end-use", paramLabel = "CODE", description = "military, supercomputer, advanced_node_ic, ai_training_d5 or none; repeatable. Without it, the answer assumes none applies and asks about each that would change it.")
    List<String> endUses;
    @Option(names = "--export-from", paramLabel = "CC", description = "Where the item leaves from (default: US).")
    String exportFrom;
    @Mixin
    ShipmentDateOption date;
    @Option(names = "--overlay", paramLabel = "FILE", description = "A company overlay (YAML with CEL conditions); repeatable.")
    List<Path> overlayFiles;
    @Option(names = "--hits", paramLabel = "FILE", description = "Restricted-list hits per party (JSON or YAML) from "
            + "another screening system, used instead of screening the parties.")
    Path hitsFile;
    @Option(names = "--no-screening", description = "Do not screen the named parties (the answer then says that "
            + "restricted-party screening was not evaluated).")
    boolean noScreening;
    @Mixin
    DatabaseOption database;
    @Option(names = "--max-list-age", paramLabel = "DAYS", description = "Warn about a list screened against that was "
            + "published (or last found current by lists update) more than DAYS days before the shipment date "
            + "(default: max_list_age_days of the configuration, 7).")
    Integer maxListAge;
    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;
    @Option(names = "--batch", paramLabel = "CSV", description = "Check every line of a CSV file (columns: " + BatchCheck.COLUMNS + ").")
    Path batch;
    @Option(names = "--output", paramLabel = "FILE", description = "Batch output: .jsonl or .csv.")
    Path output;
    @Option(names = "--explain", description = "Batch: add the findings to each line.")
    boolean explain;

    @Option(names = "--by", paramLabel = "NAME", description = "Who checks, as the audit trail records it (default: the OS user).")
    String by;

    @Mixin
    PackOptions options;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Overlay> overlays = CheckShipment.overlays(overlayFiles);
        if (batch != null) {
            if (output == null) throw new BadInput("--batch needs --output FILE (.jsonl or .csv)");
            if (hitsFile != null) throw new BadInput("--hits applies to one shipment, not to --batch");
            return batch(overlays);
        }
        if (item == null) throw new BadInput("--item is required (a catalog id or a specification file)");
        if (destination == null) throw new BadInput("--destination is required");
        if (hitsFile != null && noScreening) throw new BadInput("--hits and --no-screening: give one or the other");
        ShipmentFields fields = new ShipmentFields(null, item, quantity, destination, endUser, endUserCountry, endUserHq,
                parentHq, consignee, consigneeCountry, purchaser, endUses, exportFrom, date.text());
        CheckShipment.Parties parties = hitsFile != null ? new CheckShipment.Parties.HitsFile(hitsFile)
                : noScreening ? new CheckShipment.Parties.NotScreened("not performed (--no-screening): the parties "
                + "were not checked against the restricted-party lists")
                : new CheckShipment.Parties.Screen(database::open,
                new ShipmentScreening.Ids(endUserId, consigneeId, purchaserId));
        int maxAge = ListAge.configured(maxListAge, null, java.time.Clock.systemUTC()).maxAgeDays();
        CheckShipment.Checked checked = new CheckShipment(options.data(), overlays, maxAge).check(fields, parties,
                f -> "--" + f.replace('_', '-'));
        AuditLog.record(database.url(), AuditKinds.CHECK, AuditLog.actor(by),
                AuditPayloads.check(fields, overlayFiles, hitsFile, checked, options.data().pack().info()));
        var out = spec.commandLine().getOut();
        if (json) out.println(checked.jsonText());
        else {
            for (var w : checked.listWarnings()) out.println("warning: " + w.message());
            out.print(DeterminationText.of(checked.determination(), checked.screening().lines()));
        }
        return 0;
    }

    /** Writes to FILE.partial and renames it when the whole batch is done, so a failed batch leaves no half file. */
    private int batch(List<Overlay> overlays) throws IOException {
        BatchCheck.Format format = BatchCheck.Format.forFile(output.getFileName().toString()).orElseThrow(() ->
                new BadInput("--output: expected a .jsonl or .csv file, got " + output));
        BatchCheck check = new BatchCheck(options.data(), overlays, explain, noScreening ? null : database::open);
        InputStream in;
        try {
            in = Files.newInputStream(batch);
        } catch (NoSuchFileException e) {
            throw new InputException(batch.toString(), null, "no such file");
        }
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        BatchCheck.Summary s;
        try (in; OutputStream out = Files.newOutputStream(partial)) {
            s = check.run(in, batch.toString(), out, format);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING);
        AuditLog.record(database.url(), AuditKinds.CHECK_BATCH, AuditLog.actor(by), AuditPayloads.checkBatch(batch,
                output, s, overlayFiles, explain, !noScreening, options.data().pack().info()));
        var err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "clearance: checked %d lines in %.2f s (%.0f lines/s): %s; %d with errors; wrote %s%n",
                s.lines(), s.seconds(), s.lines() / Math.max(s.seconds(), 1e-9), s.verdicts(), s.errors(), output);
        if (s.screened()) {
            err.printf(Locale.ROOT, "clearance: screened %d distinct parties against %s; kept with their hits "
                    + "(%.2f s)%n", s.partiesScreened(), s.listVersions(), s.keepSeconds());
        } else {
            err.println("clearance: the parties were not screened against the restricted-party lists"
                    + (noScreening ? " (--no-screening)" : " (no end_user, consignee or purchaser column)"));
        }
        return 0;
    }
}

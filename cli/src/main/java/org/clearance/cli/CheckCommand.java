package org.clearance.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clearance.cli.json.DeterminationJson;
import org.clearance.cli.json.Json;
import org.clearance.cli.text.DeterminationText;
import org.clearance.determination.Determination;
import org.clearance.determination.Determiner;
import org.clearance.determination.Overlay;
import org.clearance.determination.PartyHit;
import org.clearance.determination.PartyRole;
import org.clearance.overlay.OverlayLoader;
import org.clearance.shipment.HitsReader;
import org.clearance.shipment.ShipmentBuilder;
import org.clearance.shipment.ShipmentFields;
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
    @Option(names = "--end-user-country", paramLabel = "CC", description = "Where the end user is located (default: the destination).")
    String endUserCountry;
    @Option(names = "--end-user-hq", paramLabel = "CC", description = "Where the end user is headquartered (default: where it is located).")
    String endUserHq;
    @Option(names = "--ultimate-parent-hq", paramLabel = "CC", description = "Where its ultimate parent is headquartered (default: the end user's own).")
    String parentHq;
    @Option(names = "--consignee", paramLabel = "NAME")
    String consignee;
    @Option(names = "--consignee-country", paramLabel = "CC")
    String consigneeCountry;
    @Option(names = "--purchaser", paramLabel = "NAME")
    String purchaser;
    @Option(names = "--end-use", paramLabel = "CODE", description = "military, supercomputer, advanced_node_ic, ai_training_d5 or none; repeatable. Without it, the answer assumes none applies and asks about each that would change it.")
    List<String> endUses;
    @Option(names = "--export-from", paramLabel = "CC", description = "Where the item leaves from (default: US).")
    String exportFrom;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The shipment date whose rules apply (default: today).")
    String date;
    @Option(names = "--overlay", paramLabel = "FILE", description = "A company overlay (YAML with CEL conditions); repeatable.")
    List<Path> overlayFiles;
    @Option(names = "--hits", paramLabel = "FILE", description = "Restricted-list hits per party (JSON or YAML), as screening produces them.")
    Path hitsFile;
    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;
    @Option(names = "--batch", paramLabel = "CSV", description = "Check every line of a CSV file (columns: " + BatchCheck.COLUMNS + ").")
    Path batch;
    @Option(names = "--output", paramLabel = "FILE", description = "Batch output: .jsonl or .csv.")
    Path output;
    @Option(names = "--explain", description = "Batch: add the findings to each line.")
    boolean explain;

    @Mixin
    PackOptions options;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Overlay> overlays = new ArrayList<>();
        if (overlayFiles != null) for (Path f : overlayFiles) overlays.add(OverlayLoader.load(f));
        Determiner determiner = options.determiner();
        if (batch != null) {
            if (output == null) throw new Main.BadInput("--batch needs --output FILE (.jsonl or .csv)");
            return new BatchCheck(options, determiner, overlays, explain).run(batch, output, spec.commandLine().getErr());
        }
        if (item == null) throw new Main.BadInput("--item is required (a catalog id or a specification file)");
        if (destination == null) throw new Main.BadInput("--destination is required");
        Map<PartyRole, List<PartyHit>> hits = hitsFile != null ? HitsReader.read(hitsFile) : Map.of();
        ShipmentBuilder builder = new ShipmentBuilder(determiner.geography(), options::item, LocalDate.now(), null,
                f -> "--" + f.replace('_', '-'));
        ShipmentFields fields = new ShipmentFields(null, item, quantity, destination, endUser, endUserCountry, endUserHq,
                parentHq, consignee, consigneeCountry, purchaser, endUses, exportFrom, date);
        Determination d = determiner.determine(builder.build(fields, hits), overlays, true);
        var out = spec.commandLine().getOut();
        if (json) out.println(Json.write(DeterminationJson.of(d)));
        else out.print(DeterminationText.of(d));
        return 0;
    }
}

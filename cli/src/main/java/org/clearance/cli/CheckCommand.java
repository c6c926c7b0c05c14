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
import org.clearance.determination.Shipment;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.parties.PartyScreening;
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
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The shipment date whose rules apply (default: today).")
    String date;
    @Option(names = "--overlay", paramLabel = "FILE", description = "A company overlay (YAML with CEL conditions); repeatable.")
    List<Path> overlayFiles;
    @Option(names = "--hits", paramLabel = "FILE", description = "Restricted-list hits per party (JSON or YAML) from "
            + "another screening system, used instead of screening the parties.")
    Path hitsFile;
    @Option(names = "--no-screening", description = "Do not screen the named parties (the answer then says that "
            + "restricted-party screening was not evaluated).")
    boolean noScreening;
    @Mixin
    org.clearance.cli.screening.DatabaseOption database;
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
            if (hitsFile != null) throw new Main.BadInput("--hits applies to one shipment, not to --batch");
            return new BatchCheck(options, determiner, overlays, explain, noScreening ? null : database)
                    .run(batch, output, spec.commandLine().getErr());
        }
        if (item == null) throw new Main.BadInput("--item is required (a catalog id or a specification file)");
        if (destination == null) throw new Main.BadInput("--destination is required");
        if (hitsFile != null && noScreening) throw new Main.BadInput("--hits and --no-screening: give one or the other");
        ShipmentBuilder builder = new ShipmentBuilder(determiner.geography(), options::item, LocalDate.now(), null,
                f -> "--" + f.replace('_', '-'));
        ShipmentFields fields = new ShipmentFields(null, item, quantity, destination, endUser, endUserCountry, endUserHq,
                parentHq, consignee, consigneeCountry, purchaser, endUses, exportFrom, date);
        Shipment shipment = builder.build(fields, Map.of());
        ShipmentScreening.Summary screening;
        if (hitsFile != null) {
            shipment = shipment.withHits(HitsReader.read(hitsFile));
            screening = ShipmentScreening.Summary.hitsFile(hitsFile.toString());
        } else if (noScreening) {
            screening = ShipmentScreening.Summary.notPerformed("not performed (--no-screening): the parties were not "
                    + "checked against the restricted-party lists");
        } else if (!ShipmentScreening.anyNamed(shipment)) {
            screening = ShipmentScreening.Summary.notPerformed("no party named (--end-user, --consignee, --purchaser): "
                    + "nothing screened against the restricted-party lists");
        } else {
            try (ScreeningService service = database.open()) {
                PartyScreening parties = new PartyScreening(service);
                List<ShipmentScreening.ScreenedParty> screened = ShipmentScreening.screen(parties, shipment,
                        new ShipmentScreening.Ids(endUserId, consigneeId, purchaserId), f -> "--" + f.replace('_', '-'));
                parties.keepAll(screened.stream().map(ShipmentScreening.ScreenedParty::screened).toList());
                shipment = shipment.withHits(ShipmentScreening.hits(screened));
                screening = new ShipmentScreening.Summary(ShipmentScreening.Source.SCREENED, null,
                        parties.versionsLabel(), parties.screener().algorithm(), screened);
            }
        }
        Determination d = determiner.determine(shipment, overlays, true);
        var out = spec.commandLine().getOut();
        if (json) {
            var o = DeterminationJson.of(d);
            o.set("screening", screening.json());
            out.println(Json.write(o));
        } else {
            out.print(DeterminationText.of(d, screening.lines()));
        }
        return 0;
    }
}

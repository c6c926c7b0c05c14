package org.clearance.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.clearance.app.json.DeterminationJson;
import org.clearance.app.json.Json;
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

/**
 * The shipment check: resolves the shipment's text, screens its named parties (or takes their hits from a file, or
 * screens nothing, saying why), keeps the screened parties, and decides with every rule explained.
 */
public final class CheckShipment {

    /** Where the parties' restricted-list hits come from. */
    public sealed interface Parties {
        /** Screen the named parties in this database (opened only when a party is named) and keep them. */
        record Screen(Supplier<ScreeningService> database, ShipmentScreening.Ids ids) implements Parties {
        }

        /** Hits supplied by another screening system (a JSON or YAML hits file). */
        record HitsFile(Path file) implements Parties {
        }

        /** No screening; the answer says so with {@code why}. */
        record NotScreened(String why) implements Parties {
        }
    }

    /** The decision and what the answer says about screening; {@link #json()} is the decision JSON. */
    public record Checked(Determination determination, ShipmentScreening.Summary screening) {
        public ObjectNode json() {
            ObjectNode o = DeterminationJson.of(determination);
            o.set("screening", screening.json());
            return o;
        }

        /** The decision JSON, indented, as {@code check --json} prints it. */
        public String jsonText() {
            return Json.write(json());
        }
    }

    private final RuleData data;
    private final List<Overlay> overlays;

    public CheckShipment(RuleData data, List<Overlay> overlays) {
        this.data = data;
        this.overlays = List.copyOf(overlays);
    }

    /** Company overlays from files (strict YAML, CEL conditions compiled now). */
    public static List<Overlay> overlays(List<Path> files) {
        List<Overlay> out = new ArrayList<>();
        if (files != null) for (Path f : files) out.add(OverlayLoader.load(f));
        return out;
    }

    /**
     * Decides one shipment. {@code fieldName} names a shipment field (e.g. {@code end_user_hq}) as the caller's user
     * knows it, for error messages ({@code --end-user-hq} on the command line).
     */
    public Checked check(ShipmentFields fields, Parties parties, UnaryOperator<String> fieldName) {
        Determiner determiner = data.determiner();
        ShipmentBuilder builder = new ShipmentBuilder(determiner.geography(), data::item, LocalDate.now(), null, fieldName);
        Shipment stated = builder.build(fields, Map.of());
        Shipment shipment = stated;
        ShipmentScreening.Summary screening;
        switch (parties) {
            case Parties.HitsFile h -> {
                shipment = shipment.withHits(HitsReader.read(h.file()));
                screening = ShipmentScreening.Summary.hitsFile(h.file().toString());
            }
            case Parties.NotScreened n -> screening = ShipmentScreening.Summary.notPerformed(n.why());
            case Parties.Screen s when !ShipmentScreening.anyNamed(stated) -> screening =
                    ShipmentScreening.Summary.notPerformed("no party named (--end-user, --consignee, --purchaser): "
                            + "nothing screened against the restricted-party lists");
            case Parties.Screen s -> {
                try (ScreeningService service = s.database().get()) {
                    PartyScreening screener = new PartyScreening(service);
                    List<ShipmentScreening.ScreenedParty> screened = ShipmentScreening.screen(screener, shipment,
                            s.ids(), fieldName);
                    screener.keepAll(screened.stream().map(ShipmentScreening.ScreenedParty::screened).toList());
                    shipment = shipment.withHits(ShipmentScreening.hits(screened));
                    screening = new ShipmentScreening.Summary(ShipmentScreening.Source.SCREENED, null,
                            screener.versionsLabel(), screener.screener().algorithm(), screened);
                }
            }
        }
        return new Checked(determiner.determine(shipment, overlays, true), screening);
    }
}

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
import org.clearance.app.json.ScreeningJson;
import org.clearance.ledger.lists.ListFreshness;
import org.clearance.ledger.lists.ListWarning;
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

        /** Screen the named parties with a database already open (left open: a ship session reuses it) and keep them. */
        record Service(ScreeningService service, ShipmentScreening.Ids ids) implements Parties {
        }

        /** Hits supplied by another screening system (a JSON or YAML hits file). */
        record HitsFile(Path file) implements Parties {
        }

        /** No screening; the answer says so with {@code why}. */
        record NotScreened(String why) implements Parties {
        }
    }

    /**
     * The decision, what the answer says about screening, and about the lists screened against on the shipment's
     * date (none when nothing was screened); {@link #json()} is the decision JSON.
     */
    public record Checked(Determination determination, ShipmentScreening.Summary screening,
                          List<ListWarning> listWarnings) {
        public Checked {
            listWarnings = List.copyOf(listWarnings);
        }

        /** The list warnings' sentences, shown first, then the decision's own (the rule pack's review date …). */
        public List<String> warnings() {
            List<String> out = new ArrayList<>(listWarnings.stream().map(ListWarning::message).toList());
            out.addAll(determination.warnings());
            return out;
        }

        /** The decision JSON: {@code warnings} holds the list warnings first, {@code screening.list_warnings} them as objects. */
        public ObjectNode json() {
            ObjectNode o = DeterminationJson.of(determination);
            o.set("warnings", Json.strings(warnings()));
            ObjectNode sc = screening.json();
            sc.set("list_warnings", ScreeningJson.listWarnings(listWarnings));
            o.set("screening", sc);
            return o;
        }

        /** The decision JSON, indented, as {@code check --json} prints it. */
        public String jsonText() {
            return Json.write(json());
        }
    }

    private final RuleData data;
    private final List<Overlay> overlays;
    private final int maxListAgeDays;

    public CheckShipment(RuleData data, List<Overlay> overlays) {
        this(data, overlays, ListFreshness.DEFAULT_MAX_AGE_DAYS);
    }

    /** {@code maxListAgeDays}: lists older than this on the shipment's date are named in the answer's warnings. */
    public CheckShipment(RuleData data, List<Overlay> overlays, int maxListAgeDays) {
        this.data = data;
        this.overlays = List.copyOf(overlays);
        this.maxListAgeDays = maxListAgeDays;
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
        return check(fields, data::item, parties, fieldName);
    }

    /**
     * Decides one shipment whose {@code item} field {@code items} resolves (a server resolves catalog ids and a
     * datasheet sent in the request, never a file on its own disk).
     */
    public Checked check(ShipmentFields fields,
                         java.util.function.Function<String, org.clearance.classification.ItemSpec> items,
                         Parties parties, UnaryOperator<String> fieldName) {
        Determiner determiner = data.determiner();
        ShipmentBuilder builder = new ShipmentBuilder(determiner.geography(), items, LocalDate.now(), null, fieldName);
        Shipment stated = builder.build(fields, Map.of());
        Shipment shipment = stated;
        ShipmentScreening.Summary screening;
        List<ListWarning> listWarnings = List.of();
        switch (parties) {
            case Parties.HitsFile h -> {
                shipment = shipment.withHits(HitsReader.read(h.file()));
                screening = ShipmentScreening.Summary.hitsFile(h.file().toString());
            }
            case Parties.NotScreened n -> screening = ShipmentScreening.Summary.notPerformed(n.why());
            case Parties.Service s when !ShipmentScreening.anyNamed(stated) -> screening = nobodyNamed(fieldName);
            case Parties.Service s -> {
                PartyScreening screener = new PartyScreening(s.service());
                List<ShipmentScreening.ScreenedParty> screened = ShipmentScreening.screen(screener, shipment,
                        s.ids(), fieldName);
                screener.keepAll(screened.stream().map(ShipmentScreening.ScreenedParty::screened).toList());
                shipment = shipment.withHits(ShipmentScreening.hits(screened));
                screening = new ShipmentScreening.Summary(ShipmentScreening.Source.SCREENED, null,
                        screener.versionsLabel(), screener.screener().algorithm(), screened);
                listWarnings = s.service().listWarnings(stated.date(), maxListAgeDays);
            }
            case Parties.Screen s when !ShipmentScreening.anyNamed(stated) -> screening =
                    ShipmentScreening.Summary.notPerformed("no party named (" + fieldName.apply("end_user") + ", "
                            + fieldName.apply("consignee") + ", " + fieldName.apply("purchaser") + "): "
                            + "nothing screened against the restricted-party lists");
            case Parties.Screen s -> {
                try (ScreeningService service = s.database().get()) {
                    PartyScreening screener = new PartyScreening(service);
                    List<ShipmentScreening.ScreenedParty> screened = ShipmentScreening.screen(screener, shipment,
                            s.ids(), fieldName, OwnershipCheck.of(service, data, stated.date()));
                    screener.keepAll(screened.stream().map(ShipmentScreening.ScreenedParty::screened).toList());
                    shipment = shipment.withHits(ShipmentScreening.hits(screened));
                    screening = new ShipmentScreening.Summary(ShipmentScreening.Source.SCREENED, null,
                            screener.versionsLabel(), screener.screener().algorithm(), screened);
                    listWarnings = service.listWarnings(stated.date(), maxListAgeDays);
                }
            }
        }
        return new Checked(determiner.determine(shipment, overlays, true), screening, listWarnings);
    }

    private static ShipmentScreening.Summary nobodyNamed(UnaryOperator<String> fieldName) {
        return ShipmentScreening.Summary.notPerformed("no party named (" + fieldName.apply("end_user") + ", "
                + fieldName.apply("consignee") + ", " + fieldName.apply("purchaser") + "): "
                + "nothing screened against the restricted-party lists");
    }
}

package org.clearance.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.clearance.app.json.DeterminationJson;
import org.clearance.app.json.Json;
import org.clearance.classification.ItemSpec;
import org.clearance.determination.Determination;
import org.clearance.determination.Determiner;
import org.clearance.determination.LicenseVerdict;
import org.clearance.determination.Overlay;
import org.clearance.ledger.parties.PartyQuery;
import org.clearance.shipment.ShipmentBuilder;
import org.clearance.shipment.ShipmentFields;
import org.clearance.spec.SpecReader;
import org.clearance.yaml.InputException;

/**
 * The records of a shipment batch, one per row of cells: what {@code check --batch} writes for each line, for any
 * caller that reads and splits the input itself ({@link BatchCheck} on one machine, the Spark job across many). The
 * same row with the same line number gives the same bytes whoever calls. Thread-safe: one instance serves the workers
 * of one batch.
 */
public final class BatchRows {

    /** The columns a batch may have, in the order their positions are kept. */
    public static final String COLUMNS = "id,item,quantity,destination,end_user,end_user_country,end_user_hq,"
            + "ultimate_parent_hq,consignee,consignee_country,purchaser,end_use,export_from,date,end_user_id,consignee_id,"
            + "purchaser_id";
    private static final List<String> NAMES = List.of(COLUMNS.split(","));
    /** The header of the CSV output. */
    public static final String CSV_HEADER =
            "id,line,verdict,license_required,review_policy,license_exceptions,eccn,open_questions,error\n";

    /** Read once: the workers look every line's item up in it without going through RuleData's lock. */
    private final org.clearance.catalog.Catalog catalog;
    private final Determiner determiner;
    private final List<Overlay> overlays;
    private final boolean explain;
    private final boolean csv;
    private final int[] index;
    private final ShipmentBuilder builder;
    private final Function<PartyQuery, ShipmentScreening.Result> screening;
    private final Map<String, ItemSpec> files = new ConcurrentHashMap<>();
    private final boolean itemFiles;
    private OwnershipCheck ownership = OwnershipCheck.NONE;

    /**
     * Rows laid out by {@code index} (from {@link #header}), decided on {@code data} with its determiner, the overlays
     * and, when {@code screening} is not null, the hits it gives for each named party; {@code inputName} names the
     * input in errors; unstated shipment dates are {@code today}.
     */
    public BatchRows(RuleData data, Determiner determiner, List<Overlay> overlays, boolean explain, boolean csv,
                     int[] index, String inputName, LocalDate today,
                     Function<PartyQuery, ShipmentScreening.Result> screening) {
        this(data, determiner, overlays, explain, csv, index, inputName, today, screening, true);
    }

    /**
     * As above; with {@code itemFiles} false an item is a catalog id only, never a specification file (a server
     * deciding lines sent by a caller does not read files of its own disk).
     */
    public BatchRows(RuleData data, Determiner determiner, List<Overlay> overlays, boolean explain, boolean csv,
                     int[] index, String inputName, LocalDate today,
                     Function<PartyQuery, ShipmentScreening.Result> screening, boolean itemFiles) {
        this.itemFiles = itemFiles;
        this.catalog = data.catalog();
        this.determiner = determiner;
        this.overlays = List.copyOf(overlays);
        this.explain = explain;
        this.csv = csv;
        this.index = index.clone();
        this.screening = screening;
        this.builder = new ShipmentBuilder(determiner.geography(), this::item, today, inputName, f -> f);
    }

    /** The ownership step for the named parties, on each row's date (set before deciding; default none). */
    public BatchRows ownership(OwnershipCheck check) {
        this.ownership = check == null ? OwnershipCheck.NONE : check;
        return this;
    }

    /** Column positions by name; unknown columns are an error, as is a missing id, item or destination column. */
    public static int[] header(String[] header, String file, int line) {
        int[] index = new int[NAMES.size()];
        Arrays.fill(index, -1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.length; i++) {
            String h = header[i].strip();
            if (!NAMES.contains(h)) throw new InputException(file, "line " + line, "unknown column '" + h + "'; expected " + COLUMNS);
            if (!seen.add(h)) throw new InputException(file, "line " + line, "column '" + h + "' appears twice");
            index[NAMES.indexOf(h)] = i;
        }
        for (String required : List.of("id", "item", "destination")) {
            if (!seen.contains(required)) throw new InputException(file, "line " + line, "missing column '" + required + "'");
        }
        return index;
    }

    /** Whether the header names a party to screen (end user, consignee or purchaser). */
    public static boolean namesParties(int[] index) {
        return index[4] >= 0 || index[8] >= 0 || index[10] >= 0;
    }

    /** A blank line (or one of commas only): skipped, but counted. */
    public static boolean blank(String[] row) {
        for (String cell : row) if (!cell.isEmpty()) return false;
        return true;
    }

    /** The id cell of a row (null when the batch has no such cell). */
    public String id(String[] row) {
        return field(row, 0);
    }

    /**
     * The parties of a row that screening would look up (none when it names none), in the order the decision screens
     * them: for a caller that screens every distinct party once before deciding (the Spark job). A row that cannot be
     * read as a shipment names none; deciding it gives its error record.
     */
    public List<PartyQuery> parties(String[] row) {
        try {
            org.clearance.determination.Shipment shipment = builder.build(fields(row), Map.of());
            if (!ShipmentScreening.anyNamed(shipment)) return List.of();
            List<PartyQuery> queries = new java.util.ArrayList<>();
            ShipmentScreening.screen(q -> {
                queries.add(q);
                return new ShipmentScreening.Result(null, List.of());
            }, shipment, ids(row), java.util.function.UnaryOperator.identity());
            return queries;
        } catch (InputException | BadInput | org.clearance.classification.UnknownItemException
                 | org.clearance.law.DateOutOfCoverageException e) {
            return List.of();
        }
    }

    /** Decides one row and writes its record to {@code g} (no line end); returns the verdict, or null for a bad row. */
    public LicenseVerdict write(String[] row, int line, JsonGenerator g) throws IOException {
        String id = field(row, 0);
        Decided decided = decide(row, null, explain);
        if (decided.error() != null) {
            if (csv) {
                g.writeRaw(csv(id) + "," + line + ",,,,,,," + csv(decided.error()));
            } else {
                g.writeStartObject();
                g.writeStringField("id", id);
                g.writeNumberField("line", line);
                g.writeStringField("error", decided.error());
                g.writeEndObject();
            }
            return null;
        }
        Determination d = decided.determination();
        if (csv) g.writeRaw(csvLine(d, line));
        else if (explain) Json.writeCompact(g, DeterminationJson.of(d));
        else DeterminationJson.writeCompact(g, d);
        return d.verdict();
    }

    /** A row's decision, or the message of why the row could not be decided (as its error record gives it). */
    public record Decided(Determination determination, String error) {
    }

    /**
     * Decides one row; with a {@code date}, as if it were shipped on that day whatever its date cell says (to compare
     * two dates' rules on the same order book), with every finding when {@code explain}.
     */
    public Decided decide(String[] row, LocalDate date, boolean explain) {
        try {
            ShipmentFields fields = fields(row);
            if (date != null) fields = fields.onDate(date.toString());
            org.clearance.determination.Shipment shipment = builder.build(fields, Map.of());
            if (screening != null && ShipmentScreening.anyNamed(shipment)) {
                shipment = shipment.withHits(ShipmentScreening.hits(ShipmentScreening.screen(screening, shipment, ids(row),
                        java.util.function.UnaryOperator.identity(), ownership)));
            }
            return new Decided(determiner.determine(shipment, overlays, explain), null);
        } catch (InputException | BadInput | org.clearance.classification.UnknownItemException
                 | org.clearance.law.DateOutOfCoverageException e) {
            String message = e instanceof InputException ie && ie.field() != null ? ie.field() + ": " + ie.reason()
                    : e instanceof org.clearance.law.DateOutOfCoverageException ? "date: " + e.getMessage() : e.getMessage();
            return new Decided(null, message);
        }
    }

    private ShipmentFields fields(String[] row) {
        String endUse = field(row, 11);
        return new ShipmentFields(field(row, 0), field(row, 1), field(row, 2), field(row, 3),
                field(row, 4), field(row, 5), field(row, 6), field(row, 7),
                field(row, 8), field(row, 9), field(row, 10),
                endUse == null || endUse.isBlank() ? null : Arrays.asList(endUse.split(";")),
                field(row, 12), field(row, 13));
    }

    private ShipmentScreening.Ids ids(String[] row) {
        return new ShipmentScreening.Ids(blankToNull(field(row, 14)), blankToNull(field(row, 15)),
                blankToNull(field(row, 16)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String csvLine(Determination d, int line) {
        return String.join(",", csv(d.shipmentId()), String.valueOf(line), d.verdict().name(),
                d.licenseRequired() == null ? "" : d.licenseRequired().toString(),
                d.reviewPolicy() == null ? "" : d.reviewPolicy().name(),
                csv(String.join(";", d.licenseExceptions().stream().map(Determination.ExceptionOffer::code).toList())),
                csv(d.eccn()), csv(String.join(" | ", d.openQuestions())), "");
    }

    private static String csv(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private String field(String[] row, int column) {
        int i = index[column];
        return i < 0 || i >= row.length ? null : row[i];
    }

    private ItemSpec item(String ref) {
        var spec = catalog.find(ref);
        if (spec.isPresent()) return spec.get();
        if (!itemFiles) throw new InputException(null, "item", "'" + ref + "' is not a catalog id");
        Path path = Path.of(ref);
        if (Files.isRegularFile(path)) return files.computeIfAbsent(ref, k -> SpecReader.read(path));
        throw new InputException(null, "item", "'" + ref + "' is neither a catalog id nor a specification file");
    }
}

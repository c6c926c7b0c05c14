package org.clearance.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.clearance.classification.ItemSpec;
import org.clearance.app.json.DeterminationJson;
import org.clearance.app.json.Json;
import org.clearance.determination.Determination;
import org.clearance.determination.Determiner;
import org.clearance.determination.LicenseVerdict;
import org.clearance.determination.Overlay;
import org.clearance.shipment.ShipmentBuilder;
import org.clearance.shipment.ShipmentFields;
import org.clearance.spec.SpecReader;
import org.clearance.yaml.InputException;

/**
 * {@code check --batch}: one decision per CSV line, in the input order, on every core. A bad line yields a record with
 * its id, line number and error, and the batch goes on. Output is JSON lines (compact; with {@code explain} the full
 * decision) or CSV. One instance decides one batch at a time (it remembers the parties it screened and the item files
 * it read for the batch in progress).
 */
public final class BatchCheck {

    public static final String COLUMNS = "id,item,quantity,destination,end_user,end_user_country,end_user_hq,"
            + "ultimate_parent_hq,consignee,consignee_country,purchaser,end_use,export_from,date,end_user_id,consignee_id,"
            + "purchaser_id";
    private static final Set<String> KNOWN = Set.of(COLUMNS.split(","));
    private static final int COLUMN_COUNT = KNOWN.size();
    /** Lines per chunk; explained records are ~30 KB each, so their chunks are smaller to bound the memory in flight. */
    private static final int CHUNK = 8192;
    private static final int EXPLAINED_CHUNK = 512;
    private static final int WORKERS = Runtime.getRuntime().availableProcessors();
    /** Daemon workers, one per core; the calling thread reads the next chunk and writes the previous one meanwhile. */
    private static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newFixedThreadPool(
            WORKERS, r -> {
                Thread t = new Thread(r, "clearance-batch");
                t.setDaemon(true);
                return t;
            });

    /** The output format: compact (or explained) JSON lines, or CSV. */
    public enum Format {
        JSON_LINES, CSV;

        /** By a file name's extension (.jsonl or .json, .csv); empty for any other. */
        public static java.util.Optional<Format> forFile(String name) {
            String n = name.toLowerCase(java.util.Locale.ROOT);
            if (n.endsWith(".csv")) return java.util.Optional.of(CSV);
            if (n.endsWith(".jsonl") || n.endsWith(".json")) return java.util.Optional.of(JSON_LINES);
            return java.util.Optional.empty();
        }
    }

    /**
     * What a batch did: lines decided (blank lines not counted), seconds, the verdicts counted, lines with errors;
     * with screening, the distinct parties screened, the list versions and the seconds spent keeping them (else
     * {@code listVersions} is null).
     */
    public record Summary(int lines, double seconds, Map<LicenseVerdict, Integer> verdicts, int errors,
                          int partiesScreened, String listVersions, double keepSeconds) {
        public boolean screened() {
            return listVersions != null;
        }
    }

    private final RuleData data;
    private final Determiner determiner;
    private final List<Overlay> overlays;
    private final boolean explain;
    private final Map<String, ItemSpec> files = new ConcurrentHashMap<>();
    /** Where to screen the named parties; null: no screening. */
    private final java.util.function.Supplier<org.clearance.ledger.ScreeningService> database;
    private org.clearance.ledger.parties.PartyScreening parties;
    /** Each distinct party screened once: id (or derived), name and country. */
    private final Map<String, ShipmentScreening.Result> screened = new ConcurrentHashMap<>();

    /** {@code database} opens the database to screen the named parties in (null: no screening). */
    public BatchCheck(RuleData data, List<Overlay> overlays, boolean explain,
                      java.util.function.Supplier<org.clearance.ledger.ScreeningService> database) {
        this.data = data;
        this.determiner = data.determiner();
        this.overlays = List.copyOf(overlays);
        this.explain = explain;
        this.database = database;
    }

    /**
     * Decides every line of {@code input} (UTF-8 CSV with a header row; {@code inputName} names it in errors) and
     * writes one record per line to {@code output} (flushed, not closed; {@code input} is read to its end and closed). Bad lines become error records; a file that cannot be
     * read as CSV, or a bad header, is an {@link InputException} and the output must be discarded.
     */
    public Summary run(java.io.InputStream input, String inputName, java.io.OutputStream output, Format format)
            throws IOException {
        boolean csv = format == Format.CSV;
        files.clear();
        screened.clear();
        parties = null;
        long start = System.nanoTime();
        int[] verdicts = new int[LicenseVerdict.values().length];
        int lines = 0;
        int errors = 0;
        // blank lines are read (and skipped below) so that line numbers stay those of the file
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES);
        org.clearance.ledger.ScreeningService service = null;
        double keepSeconds = 0;
        String listVersions = null;
        // Jackson decodes the UTF-8 itself (and skips a byte-order mark, as spreadsheets write one)
        try (CsvParser it = (CsvParser) mapper.getFactory().createParser(input)) {
            java.io.OutputStream out = new java.io.BufferedOutputStream(output, 1 << 16);
            int lineNo = 0;
            String[] header;
            do {
                header = nextRow(it, inputName);
                lineNo++;
            } while (header != null && blank(header));
            if (header == null) throw new InputException(inputName, null, "the file is empty; expected a header row: " + COLUMNS);
            int[] index = header(header, inputName, lineNo);
            if (database != null && (index[4] >= 0 || index[8] >= 0 || index[10] >= 0)) {
                service = database.get();
                parties = new org.clearance.ledger.parties.PartyScreening(service);
            }
            if (csv) {
                out.write("id,line,verdict,license_required,review_policy,license_exceptions,eccn,open_questions,error\n"
                        .getBytes(StandardCharsets.UTF_8));
            }
            ShipmentBuilder builder = new ShipmentBuilder(determiner.geography(), this::item, LocalDate.now(),
                    inputName, f -> f);
            // read the next chunk and write the previous one while the cores decide the current one
            int chunk = explain ? EXPLAINED_CHUNK : CHUNK;
            java.util.concurrent.CompletableFuture<Slice[]> pending = null;
            while (true) {
                List<String[]> rows = new ArrayList<>(chunk);
                int[] lineNumbers = new int[chunk];
                String[] row;
                while (rows.size() < chunk && (row = nextRow(it, inputName)) != null) {
                    lineNo++;
                    if (blank(row)) continue;
                    lineNumbers[rows.size()] = lineNo;
                    rows.add(row);
                }
                java.util.concurrent.CompletableFuture<Slice[]> next = rows.isEmpty() ? null
                        : decide(rows, index, lineNumbers, builder, csv);
                if (pending != null) {
                    for (Slice done : join(pending)) {
                        out.write(done.text());
                        lines += done.lines();
                        errors += done.errors();
                        for (int v = 0; v < verdicts.length; v++) verdicts[v] += done.verdicts()[v];
                    }
                }
                if (next == null) break;
                pending = next;
            }
            out.flush();
            if (parties != null) {
                long keepStart = System.nanoTime();
                parties.keepAll(screened.values().stream().map(ShipmentScreening.Result::screened).toList());
                keepSeconds = (System.nanoTime() - keepStart) / 1e9;
                listVersions = parties.versionsLabel();
            }
        } finally {
            if (service != null) service.close();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<LicenseVerdict, Integer> counts = new EnumMap<>(LicenseVerdict.class);
        for (LicenseVerdict v : LicenseVerdict.values()) if (verdicts[v.ordinal()] > 0) counts.put(v, verdicts[v.ordinal()]);
        return new Summary(lines, seconds, counts, errors, screened.size(), listVersions, keepSeconds);
    }

    /** A slice of a chunk, decided by one worker: its output lines (UTF-8), how many, the verdict counts, the errors. */
    private record Slice(byte[] text, int lines, int[] verdicts, int errors) {
    }

    /**
     * Decides a chunk on every core (one slice per worker, each writing its lines into one text); completes when all
     * slices are done.
     */
    private java.util.concurrent.CompletableFuture<Slice[]> decide(List<String[]> rows, int[] index, int[] lineNumbers,
                                                                   ShipmentBuilder builder, boolean csv) {
        int slices = WORKERS;
        Slice[] done = new Slice[slices];
        java.util.concurrent.CompletableFuture<?>[] parts = new java.util.concurrent.CompletableFuture<?>[slices];
        for (int k = 0; k < slices; k++) {
            int slice = k;
            int from = rows.size() * k / slices;
            int to = rows.size() * (k + 1) / slices;
            parts[k] = java.util.concurrent.CompletableFuture.runAsync(() -> {
                done[slice] = slice(rows, from, to, index, lineNumbers, builder, csv);
            }, POOL);
        }
        return java.util.concurrent.CompletableFuture.allOf(parts).thenApply(v -> done);
    }

    private Slice slice(List<String[]> rows, int from, int to, int[] index, int[] lineNumbers, ShipmentBuilder builder,
                        boolean csv) {
        java.io.StringWriter w = new java.io.StringWriter((explain ? 32_768 : 200) * (to - from));
        int[] verdicts = new int[LicenseVerdict.values().length];
        int errors = 0;
        try (var g = Json.compactGenerator(w)) {
            g.setRootValueSeparator(null);
            for (int i = from; i < to; i++) {
                LicenseVerdict v = one(rows.get(i), index, lineNumbers[i], builder, csv, g);
                g.writeRaw('\n');
                if (v == null) errors++;
                else verdicts[v.ordinal()]++;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Slice(w.toString().getBytes(StandardCharsets.UTF_8), to - from, verdicts, errors);
    }

    private static Slice[] join(java.util.concurrent.CompletableFuture<Slice[]> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    /** Decides one line and writes its record to {@code g}; returns the verdict, or null for a bad line. */
    private LicenseVerdict one(String[] row, int[] index, int line, ShipmentBuilder builder, boolean csv,
                               com.fasterxml.jackson.core.JsonGenerator g) throws IOException {
        String id = field(row, index, 0);
        Determination d;
        try {
            String endUse = field(row, index, 11);
            ShipmentFields f = new ShipmentFields(id, field(row, index, 1), field(row, index, 2), field(row, index, 3),
                    field(row, index, 4), field(row, index, 5), field(row, index, 6), field(row, index, 7),
                    field(row, index, 8), field(row, index, 9), field(row, index, 10),
                    endUse == null || endUse.isBlank() ? null : Arrays.asList(endUse.split(";")),
                    field(row, index, 12), field(row, index, 13));
            org.clearance.determination.Shipment shipment = builder.build(f, Map.of());
            if (parties != null && ShipmentScreening.anyNamed(shipment)) {
                ShipmentScreening.Ids ids = new ShipmentScreening.Ids(blankToNull(field(row, index, 14)),
                        blankToNull(field(row, index, 15)), blankToNull(field(row, index, 16)));
                shipment = shipment.withHits(ShipmentScreening.hits(ShipmentScreening.screen(this::screenOnce, shipment, ids, java.util.function.UnaryOperator.identity())));
            }
            d = determiner.determine(shipment, overlays, explain);
        } catch (InputException | BadInput | org.clearance.classification.UnknownItemException
                 | org.clearance.law.DateOutOfCoverageException e) {
            String message = e instanceof InputException ie && ie.field() != null ? ie.field() + ": " + ie.reason()
                    : e instanceof org.clearance.law.DateOutOfCoverageException ? "date: " + e.getMessage() : e.getMessage();
            if (csv) {
                g.writeRaw(csv(id) + "," + line + ",,,,,,," + csv(message));
            } else {
                g.writeStartObject();
                g.writeStringField("id", id);
                g.writeNumberField("line", line);
                g.writeStringField("error", message);
                g.writeEndObject();
            }
            return null;
        }
        if (csv) g.writeRaw(csvLine(d, line));
        else if (explain) Json.writeCompact(g, DeterminationJson.of(d));
        else DeterminationJson.writeCompact(g, d);
        return d.verdict();
    }

    /**
     * The next record, or null at the end. A file that is not UTF-8 or not CSV (an unclosed quote) is an error naming
     * the line where reading stopped; the batch stops there, since what follows cannot be trusted to be split right.
     */
    private static String[] nextRow(CsvParser it, String file) {
        try {
            // without a schema, each record is an array of strings
            if (it.nextToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) return null;
            List<String> cells = new ArrayList<>(COLUMN_COUNT);
            while (it.nextToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) cells.add(it.getText());
            return cells.toArray(String[]::new);
        } catch (IOException e) {
            String reason = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                    : e.getMessage();
            var at = it.currentLocation();
            throw new InputException(file, at == null || at.getLineNr() < 1 ? null : "line " + at.getLineNr(),
                    "cannot be read as UTF-8 CSV: " + reason);
        }
    }

    /** A blank line (or one of commas only): skipped, but counted. */
    private static boolean blank(String[] row) {
        for (String cell : row) if (!cell.isEmpty()) return false;
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Each distinct party (id, name, country) is screened once per batch. */
    private ShipmentScreening.Result screenOnce(org.clearance.ledger.parties.PartyQuery q) {
        String key = (q.id() == null ? "" : q.id()) + "\u001f" + q.name() + "\u001f" + q.country();
        ShipmentScreening.Result s = screened.get(key);
        if (s == null) {
            s = ShipmentScreening.Result.of(parties.screen(q));
            ShipmentScreening.Result prior = screened.putIfAbsent(key, s);
            if (prior != null) s = prior;
        }
        return s;
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

    /** Column positions by name; unknown columns are an error, as is a missing id, item or destination column. */
    private static int[] header(String[] header, String file, int line) {
        String[] names = COLUMNS.split(",");
        int[] index = new int[names.length];
        Arrays.fill(index, -1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.length; i++) {
            String h = header[i].strip();
            if (!KNOWN.contains(h)) throw new InputException(file, "line " + line, "unknown column '" + h + "'; expected " + COLUMNS);
            if (!seen.add(h)) throw new InputException(file, "line " + line, "column '" + h + "' appears twice");
            index[Arrays.asList(names).indexOf(h)] = i;
        }
        for (String required : List.of("id", "item", "destination")) {
            if (!seen.contains(required)) throw new InputException(file, "line " + line, "missing column '" + required + "'");
        }
        return index;
    }

    private static String field(String[] row, int[] index, int column) {
        int i = index[column];
        return i < 0 || i >= row.length ? null : row[i];
    }

    private ItemSpec item(String ref) {
        var spec = data.catalog().find(ref);
        if (spec.isPresent()) return spec.get();
        Path path = Path.of(ref);
        if (Files.isRegularFile(path)) return files.computeIfAbsent(ref, k -> SpecReader.read(path));
        throw new InputException(null, "item", "'" + ref + "' is neither a catalog id nor a specification file");
    }
}

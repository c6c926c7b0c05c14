package org.clearance.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.clearance.app.json.DeterminationJson;
import org.clearance.app.json.Json;
import org.clearance.determination.Determiner;
import org.clearance.determination.LicenseVerdict;
import org.clearance.determination.Overlay;
import org.clearance.yaml.InputException;

/**
 * {@code check --batch}: one decision per CSV line, in the input order, on every core. A bad line yields a record with
 * its id, line number and error, and the batch goes on. Output is JSON lines (compact; with {@code explain} the full
 * decision) or CSV. One instance decides one batch at a time (it remembers the parties it screened and the item files
 * it read for the batch in progress).
 */
public final class BatchCheck {

    public static final String COLUMNS = BatchRows.COLUMNS;
    private static final int COLUMN_COUNT = COLUMNS.split(",").length;
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

    private boolean itemFiles = true;

    /** Items are catalog ids only, never specification files (a server deciding a caller's lines). */
    public BatchCheck catalogItemsOnly() {
        itemFiles = false;
        return this;
    }

    /**
     * Decides every line of {@code input} (UTF-8 CSV with a header row; {@code inputName} names it in errors) and
     * writes one record per line to {@code output} (flushed, not closed; {@code input} is read to its end and closed). Bad lines become error records; a file that cannot be
     * read as CSV, or a bad header, is an {@link InputException} and the output must be discarded.
     */
    public Summary run(java.io.InputStream input, String inputName, java.io.OutputStream output, Format format)
            throws IOException {
        boolean csv = format == Format.CSV;
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
            } while (header != null && BatchRows.blank(header));
            if (header == null) throw new InputException(inputName, null, "the file is empty; expected a header row: " + COLUMNS);
            int[] index = BatchRows.header(header, inputName, lineNo);
            OwnershipCheck ownership = OwnershipCheck.NONE;
            if (database != null && BatchRows.namesParties(index)) {
                service = database.get();
                parties = new org.clearance.ledger.parties.PartyScreening(service);
                ownership = OwnershipCheck.of(service, data, null);
            }
            if (csv) {
                out.write(BatchRows.CSV_HEADER.getBytes(StandardCharsets.UTF_8));
            }
            BatchRows decider = new BatchRows(data, determiner, overlays, explain, csv, index, inputName, LocalDate.now(),
                    parties == null ? null : this::screenOnce, itemFiles).ownership(ownership);
            // read the next chunk and write the previous one while the cores decide the current one
            int chunk = explain ? EXPLAINED_CHUNK : CHUNK;
            java.util.concurrent.CompletableFuture<Slice[]> pending = null;
            while (true) {
                List<String[]> rows = new ArrayList<>(chunk);
                int[] lineNumbers = new int[chunk];
                String[] row;
                while (rows.size() < chunk && (row = nextRow(it, inputName)) != null) {
                    lineNo++;
                    if (BatchRows.blank(row)) continue;
                    lineNumbers[rows.size()] = lineNo;
                    rows.add(row);
                }
                java.util.concurrent.CompletableFuture<Slice[]> next = rows.isEmpty() ? null
                        : decide(rows, lineNumbers, decider);
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
    private java.util.concurrent.CompletableFuture<Slice[]> decide(List<String[]> rows, int[] lineNumbers,
                                                                   BatchRows decider) {
        int slices = WORKERS;
        Slice[] done = new Slice[slices];
        java.util.concurrent.CompletableFuture<?>[] parts = new java.util.concurrent.CompletableFuture<?>[slices];
        for (int k = 0; k < slices; k++) {
            int slice = k;
            int from = rows.size() * k / slices;
            int to = rows.size() * (k + 1) / slices;
            parts[k] = java.util.concurrent.CompletableFuture.runAsync(() -> {
                done[slice] = slice(rows, from, to, lineNumbers, decider);
            }, POOL);
        }
        return java.util.concurrent.CompletableFuture.allOf(parts).thenApply(v -> done);
    }

    private Slice slice(List<String[]> rows, int from, int to, int[] lineNumbers, BatchRows decider) {
        java.io.StringWriter w = new java.io.StringWriter((explain ? 32_768 : 200) * (to - from));
        int[] verdicts = new int[LicenseVerdict.values().length];
        int errors = 0;
        try (var g = Json.compactGenerator(w)) {
            g.setRootValueSeparator(null);
            for (int i = from; i < to; i++) {
                LicenseVerdict v = decider.write(rows.get(i), lineNumbers[i], g);
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


}

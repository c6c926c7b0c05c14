package org.clearance.app.licensing;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clearance.app.BadInput;
import org.clearance.app.ShipmentScreening;
import org.clearance.app.json.Json;
import org.clearance.classification.UnknownItemException;
import org.clearance.geography.UnknownCountryException;
import org.clearance.law.DateOutOfCoverageException;
import org.clearance.shipment.ShipmentFields;
import org.clearance.yaml.InputException;

/**
 * {@code ship --batch FILE.csv}: every line shipped as {@code ship} ships one, on a few sessions at once, one JSON line
 * per line in input order. Columns: {@code check --batch}'s ({@link #CHECK_COLUMNS}) plus {@code idempotency_key}
 * (required: it names the row), {@code license}, {@code value}, {@code certified} (ids separated by {@code ;}) and
 * {@code exception}, {@code confirmation}, {@code notified}; {@code id} is optional. A bad line gets an error line
 * (status {@code error}) and is not recorded. Re-running a file (after a crash) returns each recorded line's first
 * outcome with {@code duplicate: true}: nothing is shipped twice.
 */
public final class ShipBatch {

    public static final String CHECK_COLUMNS = org.clearance.app.BatchRows.COLUMNS;
    public static final String COLUMNS = CHECK_COLUMNS + ",idempotency_key,license,value,certified,exception,"
            + "confirmation,notified";
    private static final List<String> NAMES = List.of(COLUMNS.split(","));
    /** Rows read, then shipped by the workers, before their lines are written. */
    static final int CHUNK = 512;

    public record Summary(int lines, Map<ShipOutcome.Status, Integer> statuses, int duplicates, int errors,
                          double seconds) {
        public String text() {
            return String.format(java.util.Locale.ROOT, "shipped %d lines in %.2f s (%.0f lines/s): %s; %d duplicates; "
                    + "%d with errors", lines, seconds, lines / Math.max(seconds, 1e-9), statuses, duplicates, errors);
        }
    }

    private final Ship ship;
    private final int workers;

    public ShipBatch(Ship ship, int workers) {
        this.ship = ship;
        this.workers = Math.max(1, workers);
    }

    /** Ships every line of {@code input} (UTF-8 CSV with a header), writing one JSON line per line to {@code output}. */
    public Summary run(InputStream input, String inputName, OutputStream output, String actor) throws IOException {
        long start = System.nanoTime();
        int lines = 0;
        int errors = 0;
        int duplicates = 0;
        Map<ShipOutcome.Status, Integer> statuses = new EnumMap<>(ShipOutcome.Status.class);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Ship.Session> sessions = new ArrayList<>();
        try (CsvParser it = (CsvParser) new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES).getFactory()
                .createParser(input)) {
            for (int w = 0; w < workers; w++) sessions.add(ship.open());
            OutputStream out = new java.io.BufferedOutputStream(output, 1 << 16);
            int lineNo = 0;
            String[] header;
            do {
                header = next(it, inputName);
                lineNo++;
            } while (header != null && blank(header));
            if (header == null) throw new InputException(inputName, null, "the file is empty; expected a header row: " + COLUMNS);
            Map<String, Integer> index = header(header, inputName, lineNo);
            while (true) {
                List<String[]> rows = new ArrayList<>(CHUNK);
                List<Integer> numbers = new ArrayList<>(CHUNK);
                String[] row;
                while (rows.size() < CHUNK && (row = next(it, inputName)) != null) {
                    lineNo++;
                    if (blank(row)) continue;
                    rows.add(row);
                    numbers.add(lineNo);
                }
                if (rows.isEmpty()) break;
                List<Future<List<ObjectNode>>> parts = new ArrayList<>();
                for (int w = 0; w < workers; w++) {
                    int from = rows.size() * w / workers;
                    int to = rows.size() * (w + 1) / workers;
                    Ship.Session session = sessions.get(w);
                    parts.add(pool.submit(() -> {
                        List<ObjectNode> done = new ArrayList<>(to - from);
                        for (int i = from; i < to; i++) done.add(one(session, rows.get(i), numbers.get(i), index, inputName, actor));
                        return done;
                    }));
                }
                for (Future<List<ObjectNode>> part : parts) {
                    for (ObjectNode o : join(part)) {
                        lines++;
                        String status = o.path("status").asText();
                        if (status.equals("error")) errors++;
                        else statuses.merge(ShipOutcome.Status.valueOf(status.toUpperCase(java.util.Locale.ROOT)), 1, Integer::sum);
                        if (o.path("duplicate").asBoolean()) duplicates++;
                        out.write(Json.compact(o).getBytes(StandardCharsets.UTF_8));
                        out.write('\n');
                    }
                }
            }
            out.flush();
        } finally {
            pool.shutdownNow();
            RuntimeException failure = null;
            for (Ship.Session s : sessions) {
                try {
                    s.close();
                } catch (RuntimeException e) {
                    if (failure == null) failure = e;
                }
            }
            if (failure != null) throw failure;
        }
        return new Summary(lines, statuses, duplicates, errors, (System.nanoTime() - start) / 1e9);
    }

    private static List<ObjectNode> join(Future<List<ObjectNode>> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IOException(e.getCause());
        }
    }

    private ObjectNode one(Ship.Session session, String[] row, int line, Map<String, Integer> index, String file,
                           String actor) {
        String key = cell(row, index, "idempotency_key");
        try {
            String certified = cell(row, index, "certified");
            String endUse = cell(row, index, "end_use");
            ShipmentFields f = new ShipmentFields(cell(row, index, "id"), cell(row, index, "item"),
                    cell(row, index, "quantity"), cell(row, index, "destination"), cell(row, index, "end_user"),
                    cell(row, index, "end_user_country"), cell(row, index, "end_user_hq"),
                    cell(row, index, "ultimate_parent_hq"), cell(row, index, "consignee"),
                    cell(row, index, "consignee_country"), cell(row, index, "purchaser"),
                    endUse == null ? null : Arrays.asList(endUse.split(";")), cell(row, index, "export_from"),
                    cell(row, index, "date"));
            if (f.item() == null) throw new BadInput("item is required");
            if (f.destination() == null) throw new BadInput("destination is required");
            ShipRequest r = new ShipRequest(key, f, new ShipmentScreening.Ids(cell(row, index, "end_user_id"),
                    cell(row, index, "consignee_id"), cell(row, index, "purchaser_id")), cell(row, index, "license"),
                    cell(row, index, "exception"), cell(row, index, "confirmation"), cell(row, index, "notified"),
                    cell(row, index, "value"), certified == null ? List.of()
                    : Arrays.stream(certified.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList(), line);
            return session.ship(r, actor).json();
        } catch (InputException | BadInput | UnknownItemException | DateOutOfCoverageException
                 | UnknownCountryException e) {
            ObjectNode o = Json.object();
            o.put("idempotency_key", key);
            o.put("line", line);
            o.put("status", "error");
            o.put("error", file + ": line " + line + ": " + e.getMessage());
            return o;
        }
    }

    private static String cell(String[] row, Map<String, Integer> index, String name) {
        Integer i = index.get(name);
        if (i == null || i >= row.length) return null;
        String v = row[i].strip();
        return v.isEmpty() ? null : v;
    }

    static Map<String, Integer> header(String[] header, String file, int line) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String h = header[i].strip();
            if (!NAMES.contains(h)) throw new InputException(file, "line " + line, "unknown column '" + h + "'; expected " + COLUMNS);
            if (index.put(h, i) != null) throw new InputException(file, "line " + line, "column '" + h + "' appears twice");
        }
        for (String required : List.of("idempotency_key", "item", "destination")) {
            if (!index.containsKey(required)) throw new InputException(file, "line " + line, "missing column '" + required + "'");
        }
        return index;
    }

    private static boolean blank(String[] row) {
        for (String cell : row) if (!cell.isBlank()) return false;
        return true;
    }

    private static String[] next(CsvParser it, String file) {
        try {
            if (it.nextToken() != JsonToken.START_ARRAY) return null;
            List<String> cells = new ArrayList<>(NAMES.size());
            while (it.nextToken() == JsonToken.VALUE_STRING) cells.add(it.getText());
            return cells.toArray(String[]::new);
        } catch (IOException e) {
            String reason = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                    : e.getMessage();
            var at = it.currentLocation();
            throw new InputException(file, at == null || at.getLineNr() < 1 ? null : "line " + at.getLineNr(),
                    "cannot be read as UTF-8 CSV: " + reason);
        }
    }
}

package org.clearance.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.clearance.app.AuditLog;
import org.clearance.app.BatchCheck;
import org.clearance.app.Database;
import org.clearance.app.Screen;
import org.clearance.ledger.audit.AuditKinds;
import org.clearance.screening.list.EntityType;
import org.clearance.server.Served;
import org.clearance.server.accounts.Role;
import org.clearance.server.http.Caller;
import org.clearance.server.http.Problem;
import org.clearance.server.http.Route;
import org.clearance.server.http.Schemas;

/**
 * The batch endpoints: CSV (or, for checks, JSON lines) in, JSON lines streamed out, each line the compact line of
 * {@code --output FILE.jsonl} (or the explained decision with {@code explain=true}), in input order.
 */
final class BatchRoutes {

    static final String NDJSON = "application/x-ndjson";

    private BatchRoutes() {
    }

    static Route checkBatch(Served served) {
        return new Route("POST", "/api/v1/check/batch", Role.ANALYST, "Check a batch of shipments",
                "Body: CSV with a header row (columns " + BatchCheck.COLUMNS + ") as text/csv, or JSON lines "
                        + "(application/x-ndjson) with the same fields. Out: one JSON line per shipment, in order.",
                List.of(new Route.Param("explain", "query", false, "boolean", "Full decisions instead of compact lines."),
                        new Route.Param("no_screening", "query", false, "boolean", "Do not screen the named parties.")),
                Schemas.str("CSV or JSON lines"), "text/csv", 200, Schemas.str("JSON lines"), NDJSON,
                (ctx, c) -> checkBatch(served, ctx, c));
    }

    static Route screenBatch(Served served) {
        return new Route("POST", "/api/v1/screen/batch", Role.ANALYST, "Screen a batch of parties",
                "Body: CSV with columns id,name,country (header row optional). Out: one JSON line per row, as "
                        + "screen --batch writes them.",
                List.of(new Route.Param("type", "query", false, "string", "individual, entity, vessel or aircraft."),
                        new Route.Param("threshold", "query", false, "number", "Score threshold in [0, 1]."),
                        new Route.Param("keep", "query", false, "boolean", "Keep the parties (default true).")),
                Schemas.str("CSV"), "text/csv", 200, Schemas.str("JSON lines"), NDJSON,
                (ctx, c) -> screenBatch(served, ctx, c));
    }

    private static InputStream limited(Served served, Context ctx) throws IOException {
        long max = served.config().maxBatchBytes();
        byte[] body = ctx.bodyInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (body.length > max) throw new Problem(413, "Content too large", "the batch is over " + max + " bytes", null);
        return new ByteArrayInputStream(body);
    }

    private static void checkBatch(Served served, Context ctx, Caller caller) throws IOException {
        boolean explain = flag(ctx, "explain", false);
        boolean noScreening = flag(ctx, "no_screening", false);
        InputStream in = limited(served, ctx);
        String type = String.valueOf(ctx.contentType());
        if (type.startsWith(NDJSON) || type.startsWith("application/jsonl") || type.startsWith("application/json")) {
            in = new ByteArrayInputStream(JsonLinesToCsv.convert(in));
        }
        String url = served.pool().url();
        BatchCheck check = new BatchCheck(served.data(), List.of(), explain, noScreening ? null : () -> Database.open(url))
                .catalogItemsOnly();
        // a header or CSV error is found before the first line is written: it can still be answered as a problem
        ctx.status(200).contentType(NDJSON);
        BatchCheck.Summary s = check.run(in, "body", new ResponseStream(ctx), BatchCheck.Format.JSON_LINES);
        ObjectNode p = AuditLog.payload(served.data().pack().info());
        ObjectNode inputs = p.putObject("inputs");
        inputs.put("explain", explain).put("screening", !noScreening);
        if (s.listVersions() != null) p.put("list_versions", s.listVersions());
        ObjectNode out = p.putObject("output").put("lines", s.lines()).put("errors", s.errors());
        ObjectNode verdicts = out.putObject("verdicts");
        for (Map.Entry<?, Integer> e : s.verdicts().entrySet()) {
            verdicts.put(e.getKey().toString(), e.getValue());
            for (int i = 0; i < e.getValue(); i++) served.metrics().decision("check", e.getKey().toString());
        }
        out.put("parties_screened", s.partiesScreened());
        served.db(sv -> {
            Audit.record(sv, AuditKinds.CHECK_BATCH, caller, p);
            return null;
        });
    }

    private static void screenBatch(Served served, Context ctx, Caller caller) throws IOException {
        EntityType type = ScreeningRoutes.entityType(ctx.queryParam("type"));
        Double threshold = ScreeningRoutes.threshold(ctx.queryParam("threshold"));
        boolean keep = flag(ctx, "keep", true);
        String text = new String(limited(served, ctx).readAllBytes(), StandardCharsets.UTF_8);
        ctx.status(200).contentType(NDJSON);
        Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        served.db(s -> {
            try {
                Screen.BatchSummary sum = Screen.batch(s, text, type, threshold, keep, w);
                ObjectNode p = AuditLog.payload(null);
                p.putObject("inputs").put("threshold", threshold).put("keep", keep).put("type", type.name());
                p.putObject("output").put("rows", sum.rows()).put("with_hits", sum.withHits())
                        .put("malformed", sum.malformed());
                Audit.record(s, AuditKinds.SCREEN, caller, p);
                return null;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    static boolean flag(Context ctx, String name, boolean otherwise) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return otherwise;
        return switch (v) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw Problem.badInput(name + ": expected true or false, got '" + v + "'", name);
        };
    }

    /** The response body, opened on the first byte written (so that an error before it can still be a problem). */
    private static final class ResponseStream extends java.io.OutputStream {
        private final Context ctx;
        private java.io.OutputStream out;

        ResponseStream(Context ctx) {
            this.ctx = ctx;
        }

        private java.io.OutputStream out() {
            if (out == null) out = ctx.outputStream();
            return out;
        }

        @Override
        public void write(int b) throws IOException {
            out().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (out != null) out.flush();
        }
    }
}

package org.clearance.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clearance.app.json.Json;
import org.clearance.app.json.ScreeningJson;
import org.clearance.law.PackInfo;
import org.clearance.ledger.parties.Adjudication;
import org.clearance.ledger.parties.PartyQuery;
import org.clearance.shipment.ShipmentFields;

/**
 * What each recorded use case puts in its audit row's payload (docs/ledger.md, "What each kind records"): the engine
 * and rule pack, the inputs as given (files by SHA-256), and the output as the command's JSON.
 */
public final class AuditPayloads {

    private static final ObjectMapper FIELDS = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private AuditPayloads() {
    }

    /** A single check: the shipment as stated, the files it read by content, and the decision JSON. */
    public static ObjectNode check(ShipmentFields fields, List<Path> overlays, Path hits, CheckShipment.Checked checked,
                                   PackInfo pack) throws IOException {
        ObjectNode p = AuditLog.payload(pack);
        ObjectNode in = p.putObject("inputs");
        in.set("shipment", FIELDS.valueToTree(fields));
        if (fields.item() != null && Files.isRegularFile(Path.of(fields.item()))) {
            in.set("item_file", AuditLog.file(Path.of(fields.item())));
        }
        in.set("overlays", AuditLog.files(overlays));
        if (hits != null) in.set("hits_file", AuditLog.file(hits));
        if (checked.screening().listVersions() != null) p.put("list_versions", checked.screening().listVersions());
        p.set("output", checked.json());
        return p;
    }

    /**
     * A whole {@code check --batch} run as one row: the input and output files by SHA-256, the counts (docs/ledger.md
     * says why one row rather than one per line).
     */
    public static ObjectNode checkBatch(Path input, Path output, BatchCheck.Summary s, List<Path> overlays,
                                        boolean explain, boolean screening, PackInfo pack) throws IOException {
        ObjectNode p = AuditLog.payload(pack);
        ObjectNode in = p.putObject("inputs");
        in.set("batch", AuditLog.file(input));
        in.set("overlays", AuditLog.files(overlays));
        in.put("explain", explain);
        in.put("screening", screening);
        if (s.listVersions() != null) p.put("list_versions", s.listVersions());
        ObjectNode out = p.putObject("output");
        out.set("file", AuditLog.file(output));
        out.put("lines", s.lines());
        out.put("errors", s.errors());
        ObjectNode verdicts = out.putObject("verdicts");
        for (Map.Entry<?, Integer> e : s.verdicts().entrySet()) verdicts.put(e.getKey().toString(), e.getValue());
        out.put("parties_screened", s.partiesScreened());
        return p;
    }

    public static ObjectNode screen(PartyQuery query, boolean keep, Screen.Answer answer) {
        ObjectNode p = AuditLog.payload(null);
        ObjectNode in = p.putObject("inputs");
        in.put("party_id", query.id()).put("name", query.name()).put("country", query.country())
                .put("type", query.type().toString()).put("keep", keep);
        if (query.threshold() != null) in.put("threshold", query.threshold());
        p.set("list_versions", Json.strings(answer.versions().stream().map(v -> v.ref().label()).toList()));
        p.set("output", answer.json());
        return p;
    }

    public static ObjectNode screenBatch(Path input, Path output, Screen.BatchSummary s, Double threshold, boolean keep,
                                         List<String> listVersions) throws IOException {
        ObjectNode p = AuditLog.payload(null);
        ObjectNode in = p.putObject("inputs");
        in.set("batch", AuditLog.file(input));
        in.put("keep", keep);
        if (threshold != null) in.put("threshold", threshold);
        p.set("list_versions", Json.strings(listVersions));
        ObjectNode out = p.putObject("output");
        if (output != null) out.set("file", AuditLog.file(output));
        out.put("rows", s.rows()).put("with_hits", s.withHits()).put("malformed", s.malformed());
        return p;
    }

    public static ObjectNode adjudication(Adjudication a) {
        ObjectNode p = AuditLog.payload(null);
        p.set("output", ScreeningJson.adjudication(a));
        return p;
    }

    public static ObjectNode listImport(String format, Path file, String published, RestrictedLists.Imported imported)
            throws IOException {
        ObjectNode p = AuditLog.payload(null);
        ObjectNode in = p.putObject("inputs");
        in.put("format", format);
        in.set("file", AuditLog.file(file));
        in.put("published", published);
        p.set("output", imported.json(null));
        return p;
    }
}

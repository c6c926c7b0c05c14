package org.clearance.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clearance.app.BatchCheck;
import org.clearance.server.http.Bodies;
import org.clearance.server.http.Problem;

/**
 * A batch sent as JSON lines (one shipment object a line, its fields named as the batch columns, {@code end_use} a
 * string or a list) rewritten as the CSV that {@code check --batch} reads, so that both go through the same code.
 */
final class JsonLinesToCsv {

    private static final List<String> COLUMNS = List.of(BatchCheck.COLUMNS.split(","));

    private JsonLinesToCsv() {
    }

    static byte[] convert(InputStream in) throws IOException {
        StringBuilder csv = new StringBuilder(BatchCheck.COLUMNS).append('\n');
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNo = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            if (line.isBlank()) continue;
            JsonNode o;
            try {
                o = Bodies.mapper().readTree(line);
            } catch (JsonProcessingException e) {
                throw Problem.badInput("line " + lineNo + ": not JSON: " + e.getOriginalMessage(), null);
            }
            if (!o.isObject()) throw Problem.badInput("line " + lineNo + ": expected a JSON object", null);
            var names = o.fieldNames();
            while (names.hasNext()) {
                String f = names.next();
                if (!COLUMNS.contains(f)) {
                    throw Problem.badInput("line " + lineNo + ": unknown field '" + f + "': expected one of " + COLUMNS, f);
                }
            }
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (i > 0) csv.append(',');
                JsonNode v = o.get(COLUMNS.get(i));
                if (v == null || v.isNull()) continue;
                String text;
                if (v.isArray()) {
                    StringBuilder joined = new StringBuilder();
                    for (JsonNode e : v) joined.append(joined.isEmpty() ? "" : ";").append(e.asText());
                    text = joined.toString();
                } else if (v.isValueNode()) {
                    text = v.asText();
                } else {
                    throw Problem.badInput("line " + lineNo + ": " + COLUMNS.get(i) + ": expected a string",
                            COLUMNS.get(i));
                }
                csv.append('"').append(text.replace("\"", "\"\"")).append('"');
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}

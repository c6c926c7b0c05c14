package org.clearance.ledger.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

/**
 * Verifies an export ({@code audit export}: one JSON object per line) with no database: each line's hash is
 * recomputed from the line itself without {@code hash} — any field added, removed or changed shows — and the seqs
 * and prev_hash links are checked as in the database.
 */
public final class ExportVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("seq", "time", "actor", "kind", "payload", "prev_hash", "hash");

    private ExportVerifier() {
    }

    /** {@code source} names the file in messages; {@code expectedHead} may be null. */
    public static ChainVerification verify(BufferedReader lines, String source, ChainHead expectedHead)
            throws IOException {
        ChainVerifier verifier = new ChainVerifier(expectedHead);
        String line;
        long number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                verifier.fail(verifier.nextSeq(), source + " line " + number + " is blank");
                break;
            }
            ObjectNode row;
            try {
                JsonNode node = JSON.readTree(line);
                if (!(node instanceof ObjectNode object)) {
                    verifier.fail(verifier.nextSeq(), source + " line " + number + " is not a JSON object");
                    break;
                }
                row = object;
            } catch (JsonProcessingException e) {
                verifier.fail(verifier.nextSeq(), source + " line " + number + " is not JSON: "
                        + e.getOriginalMessage());
                break;
            }
            String missing = FIELDS.stream().filter(f -> !row.hasNonNull(f)).findFirst().orElse(null);
            if (missing != null || !row.get("seq").canConvertToExactIntegral() || !row.get("hash").isTextual()
                    || !row.get("prev_hash").isTextual()) {
                verifier.fail(verifier.nextSeq(), source + " line " + number + ": "
                        + (missing != null ? "field '" + missing + "' is missing" : "seq, hash or prev_hash is malformed"));
                break;
            }
            ObjectNode content = row.deepCopy();
            content.remove("hash");
            if (!verifier.accept(row.get("seq").asLong(), row.get("prev_hash").asText(), row.get("hash").asText(),
                    () -> ChainHash.ofJson(content.toString()))) {
                break;
            }
        }
        return verifier.result();
    }
}

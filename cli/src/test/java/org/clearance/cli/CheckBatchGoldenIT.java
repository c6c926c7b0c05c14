package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.clearance.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: moving the use cases out of {@code cli} changed no output. The SHA-256 digests below were recorded with
 * the code as it stood before the move (main at 2c4680c); this test regenerates the same seeded lines and compares.
 *
 * <p>Lines: 100,000 shipments over every catalog item, destinations in every country group, headquarters elsewhere,
 * declared end uses, exports from abroad, dates in every period of the pack, listed and unlisted parties (so that
 * screening hits, holds and prohibitions occur) and about one line in 500 bad (unknown item, bad date or country).
 * Every line states its date, so nothing depends on today.
 *
 * <p>What is normalised, and why: the compact JSON lines and the CSV carry neither the rule pack's content hash nor
 * the review-policy conditions, so they are compared as written, byte for byte. The explained lines (a 2,000-line
 * slice) carry the pack's hash, which changes with every edit to the pack, including edits that change no decision
 * (a new parameter, an id beside a condition's text); there the {@code rule_pack.hash} field is replaced by a fixed
 * marker and each review-policy condition is reduced to its text, which is what that field held when the digest was
 * recorded. A change to any decision, finding, citation or text still changes the digest. Never update a digest to
 * whatever the code prints: a difference means the output changed, and the change must be explained first.
 */
class CheckBatchGoldenIT {

    private static final int LINES = 100_000;
    private static final int EXPLAINED = 2_000;
    private static final String JSONL_SHA256 = "757bd94a99bfd221ea75992fc9525d064b67c2763ccfa8935981b57270fd75ca";
    private static final String CSV_SHA256 = "2a7f3bfe4170631556a37ea735286643ede32ed9bd0415c41c3f4937a5109197";
    // Re-recorded for issue 11: the pack's not_evaluated reason for OFAC now says that SDN hits, by name or through
    // ownership, are evaluated; every explained line carries that text. The compact and CSV digests did not move.
    private static final String EXPLAINED_SHA256 = "00bb8d7365831c76d126eed937c45482f0ebf2782a34d361f4ac2e3a5f4fd23f";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] DESTINATIONS = {"CN", "HK", "MO", "VN", "SA", "AE", "IN", "DE", "FR", "JP", "MY",
            "SG", "RU", "IR", "CY", "IL", "NI", "KH", "US", "TW", "KR", "BR", "MX", "UA-43", "GB", "TR", "EG", "PK",
            "China", "Macau"};
    private static final String[] HQ = {"", "", "", "", "", "", "CN", "US", "DE", "MO", "SG", "RU"};
    private static final String[] END_USES = {"", "", "", "", "", "", "", "none", "military", "supercomputer",
            "advanced_node_ic", "ai_training_d5", "military;supercomputer"};
    private static final String[] FROM = {"", "", "", "", "", "", "", "", "SG", "TW", "CN"};
    private static final String[] DATES = {"2022-10-21", "2022-11-01", "2023-01-17", "2023-06-01", "2023-11-17",
            "2024-04-04", "2024-06-15", "2024-12-02", "2024-12-31", "2025-01-13", "2025-04-15", "2025-05-13",
            "2025-06-01", "2025-09-29", "2025-10-01", "2025-11-10", "2026-01-15", "2026-03-01", "2026-07-10",
            "2026-11-10"};
    /** Names on the shipped lists (Entity List, SDN, DPL, non-SDN), in Latin and native script. */
    private static final String[] LISTED = {"Northwestern Polytechnical University", "西北工业大学",
            "National University of Defense Technology", "Sugon", "Inspur", "MAHMOOD, Sultan Bashir-Ud-Din",
            "ABDUL MAJID SAIDI", "ALEX CABY"};
    private static final String[] BAD = {"nvidia-h999,1,CN", "nvidia-h20,0,CN", "nvidia-h20,1,Congo",
            "nvidia-h20,-3,CN"};

    @TempDir
    Path dir;

    @Test
    void check_batch_output_on_100000_generated_lines_is_what_it_was_before_the_app_layer() throws IOException {
        Path in = dir.resolve("shipments.csv");
        writeLines(in, LINES);
        String database = "jdbc:h2:file:" + dir.resolve("db/clearance");

        Path jsonl = dir.resolve("out.jsonl");
        CliRun run = CliRun.of("check", "--batch", in.toString(), "--output", jsonl.toString(), "--database", database);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("checked " + LINES + " lines").contains("distinct parties against");
        Path csv = dir.resolve("out.csv");
        run = CliRun.of("check", "--batch", in.toString(), "--output", csv.toString(), "--database", database);
        assertThat(run.status()).as(run.err()).isZero();

        Path slice = dir.resolve("slice.csv");
        writeLines(slice, EXPLAINED);
        Path explained = dir.resolve("explained.jsonl");
        run = CliRun.of("check", "--batch", slice.toString(), "--output", explained.toString(), "--explain",
                "--database", database);
        assertThat(run.status()).as(run.err()).isZero();

        assertThat(sha256(Files.readAllBytes(jsonl))).as("check --batch → .jsonl").isEqualTo(JSONL_SHA256);
        assertThat(sha256(Files.readAllBytes(csv))).as("check --batch → .csv").isEqualTo(CSV_SHA256);
        assertThat(sha256(normalisedExplained(explained))).as("check --batch --explain, normalised")
                .isEqualTo(EXPLAINED_SHA256);
    }

    /** Seeded and independent of the code under test, so that the same lines come back after any change. */
    static void writeLines(Path file, int n) throws IOException {
        List<String> items = Catalog.bundled().ids().stream().sorted().toList();
        SplittableRandom random = new SplittableRandom(20261207);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,item,quantity,destination,end_user,end_user_country,end_user_hq,ultimate_parent_hq,consignee,"
                    + "consignee_country,purchaser,end_use,export_from,date,end_user_id\n");
            for (int i = 0; i < n; i++) {
                String date = pick(DATES, random);
                if (random.nextInt(500) == 0) {
                    w.write("bad" + i + "," + pick(BAD, random) + ",,,,,,,,,," + date + ",\n");
                    continue;
                }
                String endUser = random.nextInt(20) == 0 ? pick(LISTED, random) : "Buyer " + random.nextInt(997);
                String consignee = random.nextInt(4) == 0 ? (random.nextInt(10) == 0 ? pick(LISTED, random)
                        : "Forwarder " + random.nextInt(50)) : "";
                String purchaser = random.nextInt(8) == 0 ? "Purchaser " + random.nextInt(30) : "";
                String consigneeCountry = !consignee.isEmpty() && random.nextInt(3) == 0 ? pick(DESTINATIONS, random) : "";
                String endUserCountry = random.nextInt(10) == 0 ? pick(DESTINATIONS, random) : "";
                String partyId = random.nextInt(50) == 0 ? "CUST-" + random.nextInt(40) : "";
                w.write("s" + i + "," + items.get(random.nextInt(items.size())) + "," + (1 + random.nextInt(64)) + ","
                        + pick(DESTINATIONS, random) + "," + csv(endUser) + "," + endUserCountry + "," + pick(HQ, random)
                        + "," + pick(HQ, random) + "," + csv(consignee) + "," + consigneeCountry + "," + purchaser + ","
                        + pick(END_USES, random) + "," + pick(FROM, random) + "," + date + "," + partyId + "\n");
            }
        }
    }

    private static String csv(String s) {
        return s.indexOf(',') < 0 ? s : '"' + s + '"';
    }

    private static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }

    /** Each explained line with the pack hash replaced and the review-policy conditions as their texts. */
    private static byte[] normalisedExplained(Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode node = JSON.readTree(line);
                normalise(node);
                out.append(JSON.writeValueAsString(node)).append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every object: a rule pack's hash replaced; review-policy conditions reduced to their text. */
    private static void normalise(JsonNode node) {
        if (node instanceof ObjectNode o) {
            if (o.get("rule_pack") instanceof ObjectNode pack && pack.has("hash")) pack.put("hash", "sha256:normalised");
            if (o.get("policy_conditions") instanceof ArrayNode conditions) {
                for (int i = 0; i < conditions.size(); i++) {
                    if (conditions.get(i) instanceof ObjectNode c) conditions.set(i, c.get("text"));
                }
            }
        }
        node.forEach(CheckBatchGoldenIT::normalise);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

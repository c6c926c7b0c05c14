package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Users file NAC notifications from the answer: the figures are the classification's own, ACA needs none. */
    @Test
    void a_nac_offer_carries_the_notification_data_the_classification_computed() throws IOException {
        CliRun run = CliRun.of("check", "--item", "nvidia-l40", "--destination", "CN", "--date", "2024-06-01",
                "--end-use", "none", "--json", "--no-screening");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode nac = JSON.readTree(run.out()).get("license_exceptions").get(0);
        assertThat(nac.get("code").asText()).isEqualTo("NAC");
        JsonNode classified = JSON.readTree(CliRun.of("classify", "nvidia-l40", "--as-of", "2024-06-01", "--json").out());
        JsonNode n = nac.get("notification");
        assertThat(n.get("item").asText()).isEqualTo("nvidia-l40");
        assertThat(n.get("carries")).extracting(JsonNode::asText).containsExactly("tpp", "performance_density", "datacenter");
        assertThat(n.get("tpp").decimalValue()).isEqualByComparingTo(classified.at("/metrics/tpp").decimalValue());
        assertThat(n.get("performance_density").decimalValue())
                .isEqualByComparingTo(classified.at("/metrics/performance_density").decimalValue());
        assertThat(n.get("datacenter").asBoolean()).isTrue();

        CliRun aca = CliRun.of("check", "--item", "nvidia-l40", "--destination", "VN", "--date", "2024-06-01",
                "--end-use", "none", "--json", "--no-screening");
        JsonNode offer = JSON.readTree(aca.out()).get("license_exceptions").get(0);
        assertThat(offer.get("code").asText()).isEqualTo("ACA");
        assertThat(offer.has("notification")).isFalse();
    }

    @Test
    void check_prints_one_json_decision_with_the_contract_fields() throws IOException {
        CliRun run = CliRun.of("check", "--item", "nvidia-h200-sxm-141gb", "--destination", "China", "--date", "2026-03-01",
                "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode d = JSON.readTree(run.out());
        assertThat(d.get("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(d.get("license_required").asBoolean()).isTrue();
        assertThat(d.get("review_policy").asText()).isEqualTo("CASE_BY_CASE");
        assertThat(d.get("license_exceptions")).isEmpty();
        assertThat(d.get("eccn").asText()).isEqualTo("3A090.a");
        assertThat(d.get("reasons_for_control")).extracting(JsonNode::asText).containsExactly("RS", "AT");
        assertThat(d.get("policy_conditions").toString()).contains("third-party testing");
        // each condition is {id, text}: licenses and certifications name conditions by id (issue 10)
        assertThat(d.get("policy_conditions")).extracting(c -> c.get("id").asText())
                .contains("commercially-available-us", "us-supply", "no-foundry-diversion", "recipient-security",
                        "third-party-testing");
        assertThat(d.get("policy_conditions")).filteredOn(c -> c.get("id").asText().equals("third-party-testing"))
                .singleElement().satisfies(c -> assertThat(c.get("text").asText()).contains("independent, third-party testing"));
        assertThat(d.get("assumptions").toString()).contains("end user located in the destination");
        assertThat(d.get("open_questions").toString()).contains("--end-use military");
        assertThat(d.at("/classification/status").asText()).isEqualTo("CONTROLLED");
        assertThat(d.get("findings")).anySatisfy(f -> {
            assertThat(f.get("rule").asText()).isEqualTo("742.6-b10-iii-A-1-case-by-case");
            assertThat(f.get("outcome").asText()).isEqualTo("APPLIES");
            assertThat(f.at("/citation/fr").asText()).contains("91 FR 1684");
        });
        assertThat(d.at("/rule_pack/hash").asText()).startsWith("sha256:");
        assertThat(d.at("/parties/transaction").asText()).isEqualTo("export");
        assertThat(d.get("not_evaluated").toString()).contains("de minimis");
        assertThat(d.get("disclaimer").asText()).contains("not legal advice");
    }

    @Test
    void an_ambiguous_destination_exits_2_naming_the_option() {
        CliRun run = CliRun.of("check", "--item", "nvidia-h20", "--destination", "Congo");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--destination").contains("could mean");
    }

    @Test
    void an_unknown_end_use_exits_2() {
        CliRun run = CliRun.of("check", "--item", "nvidia-h20", "--destination", "CN", "--end-use", "mining");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--end-use").contains("unknown end use 'mining'");
    }

    @Test
    void hits_from_a_file_reach_the_decision() throws IOException {
        Path hits = dir.resolve("hits.json");
        Files.writeString(hits, """
                {"end_user": [{"list": "SDN", "entity_id": "123", "matched_name": "EXAMPLE LLC", "score": 0.97,
                  "list_version": "2024-05-03", "blocked": true, "adjudicated": "match"}]}
                """);
        CliRun run = CliRun.of("check", "--item", "nvidia-h20", "--destination", "AE", "--date", "2024-06-01",
                "--hits", hits.toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode d = JSON.readTree(run.out());
        assertThat(d.get("verdict").asText()).isEqualTo("PROHIBITED");
        assertThat(d.get("list_versions")).extracting(JsonNode::asText).containsExactly("SDN 2024-05-03");
    }

    @Test
    void the_h20_overlay_changes_the_april_2025_answer() {
        CliRun without = CliRun.of("check", "--item", "nvidia-h20", "--destination", "CN", "--date", "2025-04-15");
        CliRun with = CliRun.of("check", "--item", "nvidia-h20", "--destination", "CN", "--date", "2025-04-15",
                "--overlay", "../overlays/examples/nvidia-h20-2025-04.yaml");
        assertThat(without.out()).contains("Verdict: NO_LICENSE_REQUIRED");
        assertThat(with.out()).contains("Verdict: LICENSE_REQUIRED").contains("nvidia-h20-2025-04");
    }

    @Test
    void a_batch_goes_on_past_a_bad_line_and_reports_it_with_its_line_number() throws IOException {
        Path in = dir.resolve("shipments.csv");
        Files.writeString(in, """
                id,item,quantity,destination,end_user_hq,end_use,date
                a,nvidia-h200-sxm-141gb,8,CN,,,2026-03-01
                b,nvidia-h999,1,CN,,,2026-03-01
                c,nvidia-l40,2,VN,,,2024-06-01
                d,nvidia-h100-sxm5-80gb,1,Congo,,,2024-06-01
                e,nvidia-h20,1,CN,,military;supercomputer,2024-06-01
                f,nvidia-h20,0,CN,,,2024-06-01
                g,nvidia-h20,1,CN,,,2019-01-01
                """);
        Path out = dir.resolve("out.jsonl");
        CliRun run = CliRun.of("check", "--batch", in.toString(), "--output", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("checked 7 lines").contains("4 with errors");
        List<JsonNode> lines = Files.readAllLines(out).stream().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0).get("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(lines.get(0).get("review_policy").asText()).isEqualTo("CASE_BY_CASE");
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(lines.get(1).get("error").asText()).contains("nvidia-h999");
        assertThat(lines.get(2).get("license_exceptions").get(0).get("code").asText()).isEqualTo("ACA");
        assertThat(lines.get(3).get("error").asText()).contains("destination").contains("could mean");
        assertThat(lines.get(4).get("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(lines.get(4).get("open_questions")).isEmpty();
        assertThat(lines.get(5).get("error").asText()).contains("quantity");
        assertThat(lines.get(5).get("line").asInt()).isEqualTo(7);
        assertThat(lines.get(6).get("error").asText()).startsWith("date: ").contains("2019-01-01");
    }

    /** Lines are decided in chunks on every core; the output keeps the input's order and line numbers across them. */
    @Test
    void a_batch_larger_than_a_chunk_keeps_the_input_order_and_line_numbers() throws IOException {
        Path in = dir.resolve("many.csv");
        StringBuilder text = new StringBuilder("id,item,destination,date\n");
        String[] items = {"nvidia-h100-sxm5-80gb", "nvidia-l40", "nvidia-h20"};
        String[] places = {"CN", "VN", "DE", "MO"};
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            boolean bad = i == 8191 || i == 8192 || i == 16_383 || i == n - 1;
            text.append("r").append(i).append(',').append(bad ? "nvidia-h999" : items[i % 3]).append(',')
                    .append(places[i % 4]).append(",2025-06-01\n");
        }
        Files.writeString(in, text);
        Path out = dir.resolve("many.jsonl");
        CliRun run = CliRun.of("check", "--batch", in.toString(), "--output", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("checked 20000 lines").contains("4 with errors");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(n);
        for (int i = 0; i < n; i++) {
            JsonNode line = JSON.readTree(lines.get(i));
            assertThat(line.get("id").asText()).isEqualTo("r" + i);
            if (line.has("error")) assertThat(line.get("line").asInt()).isEqualTo(i + 2);
        }
        assertThat(lines.stream().filter(l -> l.contains("\"error\"")).count()).isEqualTo(4);
    }

    @Test
    void a_batch_writes_csv_when_asked() throws IOException {
        Path in = dir.resolve("shipments.csv");
        Files.writeString(in, "id,item,destination,date\nx1,nvidia-l40,SA,2024-06-01\n");
        Path out = dir.resolve("out.csv");
        assertThat(CliRun.of("check", "--batch", in.toString(), "--output", out.toString()).status()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("id,line,verdict,license_required,review_policy,license_exceptions,eccn,open_questions,error");
        assertThat(Files.readAllLines(out).get(1)).startsWith("x1,2,LICENSE_EXCEPTION_AVAILABLE,true,PRESUMPTION_OF_APPROVAL,ACA,3A090.b,");
    }

    @Test
    void a_batch_with_an_unknown_column_exits_2_and_writes_nothing() throws IOException {
        Path in = dir.resolve("shipments.csv");
        Files.writeString(in, "id,item,destination,colour\nx1,nvidia-l40,SA,red\n");
        Path out = dir.resolve("out.jsonl");
        CliRun run = CliRun.of("check", "--batch", in.toString(), "--output", out.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("shipments.csv").contains("unknown column 'colour'");
        assertThat(out).doesNotExist();
    }

    /** Blank rows and rows of commas (a spreadsheet's empty rows) are skipped, and the line numbers stay the file's. */
    @Test
    void blank_rows_are_skipped_and_line_numbers_are_those_of_the_file() throws IOException {
        Path in = dir.resolve("gaps.csv");
        Files.writeString(in, "\nid,item,destination\n\nz1,nvidia-h999,SA\n,,\n  \nz2,nvidia-l40,SA\nz3,nvidia-h999,SA\n\n");
        Path out = dir.resolve("gaps.jsonl");
        CliRun run = CliRun.of("check", "--batch", in.toString(), "--output", out.toString(), "--no-screening");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("checked 3 lines");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines.get(0)).get("line").asInt()).isEqualTo(4);
        assertThat(JSON.readTree(lines.get(1)).get("verdict").asText()).isNotEmpty();
        assertThat(JSON.readTree(lines.get(2)).get("line").asInt()).isEqualTo(8);
    }

    /** Spreadsheets save CSV with a byte-order mark; names keep their accents through to the output. */
    @Test
    void a_batch_saved_by_a_spreadsheet_with_a_byte_order_mark_is_read() throws IOException {
        Path in = dir.resolve("excel.csv");
        Files.write(in, ("\uFEFFid,item,destination,end_user,date\n"
                + "\"é1\",nvidia-l40,Côte d’Ivoire,Société Générale,2024-06-01\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path out = dir.resolve("out.jsonl");
        CliRun run = CliRun.of("check", "--batch", in.toString(), "--output", out.toString(), "--no-screening");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode line = JSON.readTree(Files.readAllLines(out).get(0));
        assertThat(line.get("id").asText()).isEqualTo("é1");
        assertThat(line.has("error")).as(line.toString()).isFalse();
    }

    @Test
    void a_batch_that_is_not_utf8_or_not_csv_exits_2_naming_the_line_and_writes_nothing() throws IOException {
        Path in = dir.resolve("latin1.csv");
        Files.write(in, "id,item,destination,end_user\nx1,nvidia-l40,SA,Soci\u00e9t\u00e9\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path out = dir.resolve("out.jsonl");
        CliRun run = CliRun.of("check", "--batch", in.toString(), "--output", out.toString(), "--no-screening");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("latin1.csv").contains("line 2").contains("UTF-8");
        assertThat(out).doesNotExist();

        Path quote = dir.resolve("quote.csv");
        Files.writeString(quote, "id,item,destination\nq1,nvidia-l40,SA\nq2,\"nvidia-l40,SA\n");
        run = CliRun.of("check", "--batch", quote.toString(), "--output", out.toString(), "--no-screening");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("quote.csv").contains("closing quote");
        assertThat(out).doesNotExist();
    }
}

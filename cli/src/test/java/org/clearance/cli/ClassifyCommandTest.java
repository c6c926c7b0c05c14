package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void classifies_a_catalog_chip_as_one_json_object_with_the_contract_fields() throws IOException {
        CliRun run = CliRun.of("classify", "nvidia-h100-sxm5-80gb", "--as-of", "2024-06-01", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode d = JSON.readTree(run.out());
        assertThat(d.get("status").asText()).isEqualTo("CONTROLLED");
        assertThat(d.get("eccn").asText()).isEqualTo("3A090.a");
        assertThat(d.get("paragraphs")).extracting(JsonNode::asText).containsExactly("3A090.a.1", "3A090.a.2");
        assertThat(d.has("z_paragraph")).isTrue();
        assertThat(d.get("missing")).isEmpty();
        assertThat(d.get("as_of").asText()).isEqualTo("2024-06-01");
        assertThat(d.at("/metrics/tpp").decimalValue()).isEqualByComparingTo("15831.2");
        assertThat(d.at("/metrics/performance_density").isNumber()).isTrue();
        assertThat(d.at("/metrics/tpp_alternatives").isArray()).isTrue();
        assertThat(d.at("/metrics/arithmetic/tpp").asText()).contains("1,978.9 × 8");
        JsonNode a1 = null;
        for (JsonNode f : d.get("findings")) if (f.get("rule").asText().equals("3A090.a.1")) a1 = f;
        assertThat(a1).isNotNull();
        assertThat(a1.get("outcome").asText()).isEqualTo("APPLIES");
        assertThat(a1.get("detail").asText()).isEqualTo("TPP 15,831.2 ≥ 4,800");
        assertThat(a1.at("/citation/fr").asText()).contains("88 FR 73458");
        assertThat(a1.at("/citation/href").asText()).startsWith("https://");
        assertThat(a1.at("/inputs/tpp").decimalValue()).isEqualByComparingTo("15831.2");
        assertThat(d.get("citations").size()).isPositive();
        assertThat(d.at("/rule_pack/id").asText()).isEqualTo("us-ear");
        assertThat(d.at("/rule_pack/hash").asText()).startsWith("sha256:");
        assertThat(d.at("/rule_pack/last_reviewed").asText()).isEqualTo("2026-10-04");
        assertThat(d.get("not_evaluated")).extracting(n -> n.get("id").asText()).contains("3A001", "4A994");
        assertThat(d.get("disclaimer").asText()).contains("not legal advice");
    }

    @Test
    void an_indeterminate_answer_exits_zero_and_names_what_is_missing() throws IOException {
        Path spec = dir.resolve("chip.yaml");
        Files.writeString(spec, "throughput: [{precision: FP16, bit_length: 16, tops: 250}]\ndies: [{area_mm2: 666, non_planar: true}]\n");
        CliRun run = CliRun.of("classify", spec.toString(), "--as-of", "2024-06-01", "--json");
        assertThat(run.status()).isZero();
        JsonNode d = JSON.readTree(run.out());
        assertThat(d.get("status").asText()).isEqualTo("INDETERMINATE");
        assertThat(d.get("missing")).extracting(JsonNode::asText).containsExactly("datacenter");
    }

    @Test
    void the_text_output_explains_and_disclaims() {
        CliRun run = CliRun.of("classify", "nvidia-h20", "--as-of", "2025-04-15");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Status: NOT_CONTROLLED").contains("TPP 2,368").contains("not legal advice");
    }

    @Test
    void a_spec_with_an_unknown_key_exits_2_naming_file_and_field() throws IOException {
        Path spec = dir.resolve("bad.yaml");
        Files.writeString(spec, "throughput: [{precision: FP16, bit_length: 16, tops: 250, peak: true}]\n");
        CliRun run = CliRun.of("classify", spec.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("bad.yaml").contains("throughput[0].peak").contains("unknown key");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_negative_value_exits_2() throws IOException {
        Path spec = dir.resolve("neg.json");
        Files.writeString(spec, "{\"throughput\": [{\"precision\": \"FP8\", \"bit_length\": 8, \"tops\": -3}]}");
        CliRun run = CliRun.of("classify", spec.toString(), "--json");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("neg.json: throughput[0].tops: must not be negative");
    }

    @Test
    void an_unknown_catalog_id_exits_2() {
        CliRun run = CliRun.of("classify", "nvidia-h999");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("'nvidia-h999' is neither a specification file nor a catalog id");
    }

    @Test
    void a_date_before_the_first_version_exits_2() {
        CliRun run = CliRun.of("classify", "nvidia-a100-sxm4-80gb", "--as-of", "2022-10-20");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("before the first version").contains("2022-10-21");
    }

    @Test
    void a_malformed_date_exits_2() {
        CliRun run = CliRun.of("classify", "nvidia-a100-sxm4-80gb", "--as-of", "2023-13-01");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--as-of").contains("expected YYYY-MM-DD");
    }

    @Test
    void a_system_file_with_an_unknown_catalog_id_exits_2() throws IOException {
        Path spec = dir.resolve("server.yaml");
        Files.writeString(spec, "kind: computer\ncontains: [{item: nvidia-h999, count: 8}]\n");
        CliRun run = CliRun.of("classify", spec.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("contains[0].item: unknown catalog id 'nvidia-h999'");
    }
}

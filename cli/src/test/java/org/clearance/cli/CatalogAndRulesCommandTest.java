package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogAndRulesCommandTest {

    @TempDir
    Path dir;

    @Test
    void catalog_list_prints_every_id() {
        CliRun run = CliRun.of("catalog", "list");
        assertThat(run.status()).isZero();
        assertThat(run.out().lines()).hasSize(63).anyMatch(l -> l.startsWith("nvidia-h100-sxm5-80gb "));
    }

    @Test
    void catalog_show_prints_the_specification_with_its_sources() {
        CliRun run = CliRun.of("catalog", "show", "nvidia-h20");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("id: nvidia-h20").contains("sources:").contains("provenance:");
        assertThat(CliRun.of("catalog", "show", "nope").status()).isEqualTo(2);
    }

    @Test
    void rules_list_shows_each_rule_with_its_status_on_a_date() {
        CliRun run = CliRun.of("rules", "list", "--as-of", "2023-06-01");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("3A090.a-2022").contains("in force since 2022-10-21")
                .contains("not in force until 2023-11-17");
    }

    @Test
    void rules_show_quotes_the_text_and_the_dated_citations() {
        CliRun run = CliRun.of("rules", "show", "3A090.a.2");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("'performance density' of 5.92 or more")
                .contains("tpp >= 3a090/tpp_a2").contains("88 FR 73458");
        CliRun parameter = CliRun.of("rules", "show", "3a090/pd_a2");
        assertThat(parameter.out()).contains("2023-11-17  5.92");
    }

    @Test
    void rules_diff_lists_what_changed_between_two_dates_with_citations() throws IOException {
        CliRun run = CliRun.of("rules", "diff", "--from", "2023-11-16", "--to", "2023-11-17", "--json");
        assertThat(run.status()).isZero();
        JsonNode d = new ObjectMapper().readTree(run.out());
        assertThat(d.get("changes")).extracting(c -> c.get("id").asText() + ":" + c.get("after").asText())
                .contains("3A090.a.1:in force", "3A090.a-2022:repealed", "3a090/tpp_a1:4800", "3a090/tpp_2022:repealed");
        for (JsonNode c : d.get("changes")) assertThat(c.at("/citation/fr").asText()).isNotBlank();
        CliRun none = CliRun.of("rules", "diff", "--from", "2025-02-01", "--to", "2025-03-01");
        assertThat(none.out()).contains("none");
        assertThat(CliRun.of("rules", "diff", "--from", "2025-02-01", "--to", "2024-03-01").status()).isEqualTo(2);
    }

    @Test
    void rules_validate_accepts_the_bundled_pack_and_rejects_a_broken_one() throws IOException {
        CliRun ok = CliRun.of("rules", "validate");
        assertThat(ok.status()).isZero();
        assertThat(ok.out()).contains("rule pack us-ear is valid");
        Path pack = dir.resolve("broken");
        Files.createDirectories(pack.resolve("parameters"));
        Files.writeString(pack.resolve("pack.yaml"), "id: x\ntitle: x\ncovers_from: 2022-10-21\nlast_reviewed: 2026-01-01\ndisclaimer: x\n");
        Files.writeString(pack.resolve("parameters/t.yaml"), "description: t\nunit: tpp\nvalues:\n  2023-01-01: {value: 1}\n");
        CliRun bad = CliRun.of("rules", "validate", pack.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("parameters/t.yaml: values.2023-01-01.cite: required field is missing");
    }

    @Test
    void classify_can_use_a_proposed_rule_pack() throws IOException {
        // a policy analyst lowers the 3A090.a.1 threshold to 2000 from 2027-01-01 in a copy of the pack
        Path pack = dir.resolve("proposal");
        Path source = Path.of("../rulepacks/us-ear");
        try (var files = Files.walk(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = pack.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
        Path tpp = pack.resolve("parameters/3a090/tpp_a1.yaml");
        Files.writeString(tpp, Files.readString(tpp) + """
                  2027-01-01:
                    value: 2000
                    cite: {cfr: "proposed 15 CFR 774 Supp. 1, ECCN 3A090.a.1", fr: "proposal (not published)"}
                    confidence: unconfirmed
                """);
        CliRun before = CliRun.of("classify", "nvidia-h20", "--as-of", "2026-12-31", "--rule-pack", pack.toString());
        CliRun after = CliRun.of("classify", "nvidia-h20", "--as-of", "2027-01-01", "--rule-pack", pack.toString());
        assertThat(before.out()).contains("Status: NOT_CONTROLLED");
        assertThat(after.out()).contains("Status: CONTROLLED — 3A090.a").contains("UNCONFIRMED");
    }
}

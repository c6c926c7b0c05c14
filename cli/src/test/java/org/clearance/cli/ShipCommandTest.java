package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** license and ship end to end on the command line: exit statuses, text and JSON. */
class ShipCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String LICENSE = """
            {"number": "D2026-0007", "holder": "Example Semiconductor Inc.",
             "valid_from": "2026-01-15", "valid_to": "2026-12-31",
             "items": [{"catalog_id": "nvidia-h200-sxm-141gb"}], "destinations": ["CN"],
             "limits": {"quantity": 20},
             "conditions": {"certifications": ["third-party-testing"]}}
            """;

    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void setUp() throws Exception {
        db = "jdbc:h2:file:" + dir.resolve("clearance").toAbsolutePath();
        Files.writeString(dir.resolve("l.json"), LICENSE);
        CliRun add = run("license", "add", "--file", dir.resolve("l.json").toString(), "--by", "A. Officer");
        assertThat(add.status()).as(add.err()).isZero();
        assertThat(add.out()).contains("license D2026-0007 recorded (version 1, active)");
    }

    CliRun run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--database");
        all.add(db);
        return CliRun.of(all.toArray(String[]::new));
    }

    CliRun ship(String key, int quantity, String... more) {
        List<String> all = new ArrayList<>(List.of("ship", "--item", "nvidia-h200-sxm-141gb", "--destination", "CN",
                "--date", "2026-03-01", "--license", "D2026-0007", "--quantity", String.valueOf(quantity),
                "--idempotency-key", key, "--no-screening", "--json"));
        all.addAll(Arrays.asList(more));
        return run(all.toArray(String[]::new));
    }

    @Test
    void ship_exits_0_when_accepted_3_when_refused_and_2_on_bad_input() throws Exception {
        CliRun ok = ship("k1", 15, "--certified", "third-party-testing");
        assertThat(ok.status()).as(ok.err()).isZero();
        JsonNode o = JSON.readTree(ok.out());
        assertThat(o.get("status").asText()).isEqualTo("accepted");
        assertThat(o.at("/remaining/quantity").asInt()).isEqualTo(5);

        CliRun over = ship("k2", 6, "--certified", "third-party-testing");
        assertThat(over.status()).isEqualTo(3);
        assertThat(JSON.readTree(over.out()).at("/reason/code").asText()).isEqualTo("limit");

        CliRun uncertified = ship("k3", 1);
        assertThat(uncertified.status()).isEqualTo(3);
        assertThat(uncertified.out()).contains("certification_missing");

        CliRun again = ship("k1", 15, "--certified", "third-party-testing");
        assertThat(again.status()).isZero();
        assertThat(JSON.readTree(again.out()).get("duplicate").asBoolean()).isTrue();

        CliRun bad = ship("k4", 1, "--value", "abc");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--value: expected an amount in USD");
        CliRun unknown = run("ship", "--item", "nvidia-h200-sxm-141gb", "--destination", "CN", "--license", "NOPE",
                "--no-screening");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("no license NOPE is recorded");
    }

    @Test
    void license_show_json_has_limits_drawn_and_remaining_and_text_says_the_same() throws Exception {
        ship("k1", 4, "--certified", "third-party-testing");
        JsonNode l = JSON.readTree(run("license", "show", "D2026-0007", "--json").out());
        assertThat(l.at("/limits/quantity").asInt()).isEqualTo(20);
        assertThat(l.at("/drawn/quantity").asInt()).isEqualTo(4);
        assertThat(l.at("/remaining/quantity").asInt()).isEqualTo(16);
        assertThat(l.at("/limits/value").isNull()).isTrue();
        assertThat(l.get("versions")).hasSize(1);
        assertThat(l.at("/shipments/0/idempotency_key").asText()).isEqualTo("k1");
        assertThat(run("license", "show", "D2026-0007").out()).contains("Limit quantity: 20, drawn 4, remaining 16");
        assertThat(JSON.readTree(run("license", "list", "--json").out())).hasSize(1);
    }

    @Test
    void void_suspend_revoke_and_the_audit_trail_record_each_step() {
        ship("k1", 4, "--certified", "third-party-testing");
        CliRun v = run("ship", "void", "k1", "--reason", "order cancelled", "--by", "A. Officer");
        assertThat(v.status()).as(v.err()).isZero();
        assertThat(v.out()).contains("shipment k1 voided");
        assertThat(run("license", "suspend", "D2026-0007", "--reason", "review").out()).contains("is suspended");
        assertThat(ship("k2", 1, "--certified", "third-party-testing").out()).contains("license_status");
        assertThat(run("license", "revoke", "D2026-0007", "--reason", "revoked by BIS").status()).isZero();
        CliRun reinstate = run("license", "reinstate", "D2026-0007", "--reason", "no");
        assertThat(reinstate.status()).isEqualTo(2);
        assertThat(reinstate.err()).contains("is revoked");
        CliRun verify = run("audit", "verify", "--json");
        assertThat(verify.status()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("\"intact\" : true");
    }

    @Test
    void a_license_file_with_an_unknown_key_is_refused_naming_it_and_nothing_is_recorded() throws Exception {
        Files.writeString(dir.resolve("bad.json"), LICENSE.replace("D2026-0007", "D2").replace("\"limits\"", "\"limitz\""));
        CliRun bad = run("license", "add", "--file", dir.resolve("bad.json").toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("bad.json: limitz: unknown key");
        assertThat(run("license", "list").out()).doesNotContain("D2 ");
    }

    @Test
    void batch_quota_remittance_and_holds_commands_work_end_to_end() throws Exception {
        Path csv = dir.resolve("orders.csv");
        Files.writeString(csv, "idempotency_key,item,quantity,destination,date,license,certified\n"
                + "o1,nvidia-h200-sxm-141gb,12,CN,2026-03-01,D2026-0007,third-party-testing\n"
                + "o2,nvidia-h200-sxm-141gb,12,CN,2026-03-01,D2026-0007,third-party-testing\n");
        Path out = dir.resolve("results.jsonl");
        CliRun batch = run("ship", "--batch", csv.toString(), "--output", out.toString(), "--no-screening");
        assertThat(batch.status()).as(batch.err()).isZero();
        assertThat(batch.err()).contains("shipped 2 lines");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.stream().filter(l -> l.contains("\"status\":\"accepted\"")).count()).isEqualTo(1);
        assertThat(run("ship", "--batch", csv.toString(), "--output", out.toString(), "--no-screening").err())
                .contains("2 duplicates");

        CliRun set = run("quota", "set", "--scope", "country:CN", "--period", "2026", "--h100e", "100");
        assertThat(set.status()).as(set.err()).isZero();
        JsonNode quotas = JSON.readTree(run("quota", "show", "--json").out());
        assertThat(quotas.at("/quotas/0/kind").asText()).isEqualTo("h100e");
        assertThat(run("quota", "set", "--scope", "country:CN", "--period", "2026").status()).isEqualTo(2);

        JsonNode rem = JSON.readTree(run("remittance", "--period", "2026-Q1", "--json").out());
        assertThat(rem.get("total_owed").asText()).isEqualTo("0.00");
        assertThat(rem.get("licenses")).isEmpty();
        assertThat(run("holds", "list").out()).contains("no holds");
        assertThat(run("holds", "show", "99").status()).isEqualTo(2);
    }
}

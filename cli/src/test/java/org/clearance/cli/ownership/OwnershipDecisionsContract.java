package org.clearance.cli.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OFAC 50% rule and the BIS Affiliates rule in {@code screen}, {@code check} and {@code check --batch}, end to end,
 * on the shipped lists (SDN 2024-05-03: SDN:36 AEROCARIBBEAN AIRLINES; CSL 2023-11-16: Northwestern Polytechnical
 * University and Sichuan University on the Entity List) and one ownership import: H2 ({@link OwnershipDecisionsH2Test})
 * and PostgreSQL ({@link OwnershipDecisionsPostgresIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OwnershipDecisionsContract {

    static final String NPU = "EL:e610a2b6a9a3a3b485c11b771a09a5bf665626545bc1f7618fdd4942";       // presumption of denial
    static final String SICHUAN = "EL:62886c3b35a67286688b1e5cc78931856419342f659b38df504521f2";   // case-by-case
    static final String ITEM = "nvidia-jetson-agx-orin-64gb";
    @TempDir
    static Path tmp;
    String db;

    protected abstract String freshDatabaseUrl() throws Exception;

    @BeforeAll
    void database() throws Exception {
        db = freshDatabaseUrl();
        Path csv = Files.createTempFile("holdings", ".csv");
        Files.writeString(csv, """
                owner,owned,percent,as_of,source,owned_country,owned_id,valid_to
                %s,Xian Aero Parts Trading Co,30,2025-09-01,registry extract,CN,,
                %s,Xian Aero Parts Trading Co,25,2025-09-01,registry extract,CN,,
                %s,NPU Labs America Inc,100,2025-09-01,registry extract,US,,
                SDN:36,Caribe Logistics SA,50,2025-01-01,registry extract,PA,CUST-77,
                Caribe Logistics SA,Caribe Freight SA,60,2025-01-01,registry extract,PA,,
                Aerocaribbean Airlines,Havana Cargo Services SA,50,2025-01-01,vendor file,CU,,
                Aerokaribean Airlins,Isla Charter SA,75,2025-01-01,vendor file,CU,,
                SDN:36,Old Caribe Tours SA,90,2025-01-01,registry extract,PA,,2025-06-30
                """.formatted(NPU, SICHUAN, NPU));
        OwnershipCommandsContract.Run r = OwnershipCommandsContract.run("ownership", "import", csv.toString(), "--format",
                "csv", "--source", "kyc", "--database", db);
        assertThat(r.status()).as(r.err()).isZero();
    }

    JsonNode check(String date, String... parties) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--item", ITEM, "--destination", "CN", "--date", date,
                "--json", "--database", db));
        args.addAll(List.of(parties));
        return OwnershipCommandsContract.JSON.readTree(ok(args.toArray(String[]::new)).out());
    }

    static OwnershipCommandsContract.Run ok(String... args) {
        OwnershipCommandsContract.Run r = OwnershipCommandsContract.run(args);
        assertThat(r.status()).as(r.err()).isZero();
        return r;
    }

    static List<String> requirementRules(JsonNode d) {
        List<String> out = new ArrayList<>();
        d.get("requirements").forEach(r -> out.add(r.get("rule").asText()));
        return out;
    }

    static String questions(JsonNode d) {
        return d.get("open_questions").toString();
    }

    @Test
    void the_affiliates_rule_on_2025_10_15_gives_the_most_restrictive_of_its_owners_requirements() throws Exception {
        JsonNode d = check("2025-10-15", "--end-user", "Xian Aero Parts Trading Co");
        assertThat(d.get("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(d.get("review_policy").asText()).isEqualTo("PRESUMPTION_OF_DENIAL");
        assertThat(requirementRules(d)).contains("ownership:affiliates-rule:" + NPU, "ownership:affiliates-rule:" + SICHUAN);
        JsonNode req = null;
        for (JsonNode r : d.get("requirements")) if (r.get("rule").asText().endsWith(NPU.substring(3))) req = r;
        assertThat(req.get("citation").toString()).contains("90 FR 47201");
        assertThat(req.get("reason").asText()).contains("affiliate of");
    }

    @Test
    void the_affiliates_rule_while_stayed_on_2026_03_01_has_no_license_effect_but_a_red_flag() throws Exception {
        JsonNode d = check("2026-03-01", "--end-user", "Xian Aero Parts Trading Co");
        assertThat(requirementRules(d)).noneMatch(r -> r.startsWith("ownership:"));
        assertThat(d.get("verdict").asText()).isNotEqualTo("LICENSE_REQUIRED");
        assertThat(questions(d)).contains("is stayed on 2026-03-01").contains("red flag");
    }

    @Test
    void the_affiliates_rule_after_the_stay_on_2026_12_07_applies_flagged_unconfirmed() throws Exception {
        JsonNode d = check("2026-12-07", "--end-user", "Xian Aero Parts Trading Co");
        assertThat(d.get("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(d.get("requirements").toString()).contains("UNCONFIRMED");
    }

    @Test
    void a_confirmed_extension_of_the_stay_is_one_dated_entry_in_a_test_rule_pack() throws Exception {
        Path pack = tmp.resolve("extended-pack");
        Path bundled = Path.of("../rulepacks/us-ear").toAbsolutePath();
        try (var files = Files.walk(bundled)) {
            for (Path f : files.toList()) {
                Path to = pack.resolve(bundled.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
        Path rule = pack.resolve("determination/affiliates-rule.yaml");
        String text = Files.readString(rule);
        String extension = String.join("\n",
                "  2026-11-10:",
                "    status: stayed",
                "    when: {always: true}",
                "    question: \"Is any party owned 50% or more by listed parties? (Affiliates rule, stay extended)\"",
                "    cite: {cfr: \"15 CFR 744.11 (note)\", fr: \"a test extension of the stay\"}",
                "    confidence: quoted",
                "  2027-01-11:");
        Files.writeString(rule, text.replace("  2026-11-10:", extension));
        JsonNode d = OwnershipCommandsContract.JSON.readTree(ok("check", "--item", ITEM, "--destination", "CN", "--date",
                "2026-12-07", "--json", "--database", db, "--rule-pack", pack.toString(), "--end-user",
                "Xian Aero Parts Trading Co").out());
        assertThat(requirementRules(d)).noneMatch(r -> r.startsWith("ownership:"));
        assertThat(questions(d)).contains("is stayed on 2026-12-07");
    }

    @Test
    void an_affiliate_located_in_the_united_states_is_not_caught() throws Exception {
        JsonNode d = check("2025-10-15", "--end-user", "NPU Labs America Inc", "--end-user-country", "US");
        assertThat(requirementRules(d)).noneMatch(r -> r.startsWith("ownership:affiliates-rule"));
    }

    @Test
    void an_entity_owned_50_percent_by_an_sdn_by_reference_and_party_id_is_prohibited() throws Exception {
        JsonNode d = check("2026-01-15", "--end-user", "Caribe Logistics SA", "--end-user-id", "CUST-77",
                "--end-user-country", "PA");
        assertThat(d.get("verdict").asText()).isEqualTo("PROHIBITED");
    }

    @Test
    void an_entity_two_steps_down_or_linked_by_name_is_held_with_the_question_of_its_link() throws Exception {
        JsonNode chain = check("2026-01-15", "--end-user", "Caribe Freight SA", "--end-user-country", "PA");
        assertThat(chain.get("verdict").asText()).isEqualTo("INDETERMINATE");
        assertThat(questions(chain)).contains("owned 50% or more by blocked persons").contains("Caribe Logistics SA");
        JsonNode byName = check("2026-01-15", "--end-user", "Havana Cargo Services SA", "--end-user-country", "CU");
        assertThat(byName.get("verdict").asText()).isIn("INDETERMINATE", "PROHIBITED");
        assertThat(questions(byName)).contains("SDN:36");
    }

    @Test
    void an_sdn_owned_entity_by_fuzzy_name_is_a_possible_link_held_with_a_question() throws Exception {
        JsonNode s = OwnershipCommandsContract.JSON.readTree(ok("screen", "Isla Charter SA", "--country", "CU", "--json",
                "--no-keep", "--date", "2026-01-15", "--database", db).out());
        JsonNode hit = null;
        for (JsonNode h : s.get("hits")) if (h.get("basis").asText().equals("ownership")) hit = h;
        assertThat(hit).isNotNull();
        assertThat(hit.get("list").asText() + ":" + hit.get("entity_id").asText()).isEqualTo("SDN:36");
        assertThat(hit.get("definite").asBoolean()).isFalse();
        assertThat(hit.get("score").asDouble()).isLessThan(1.0);
        assertThat(s.get("ownership").toString()).contains("is possibly SDN:36");
    }

    @Test
    void screen_reports_ownership_hits_with_basis_via_percent_and_score_on_the_date_of_the_holdings() throws Exception {
        JsonNode s = OwnershipCommandsContract.JSON.readTree(ok("screen", "Caribe Freight SA", "--country", "PA", "--json",
                "--no-keep", "--date", "2026-01-15", "--database", db).out());
        JsonNode hit = null;
        for (JsonNode h : s.get("hits")) if (h.get("basis").asText().equals("ownership")) hit = h;
        assertThat(hit.get("list").asText()).isEqualTo("SDN");
        assertThat(hit.get("entity_id").asText()).isEqualTo("36");
        assertThat(hit.get("matched_name").asText()).isEqualTo("Caribe Freight SA");
        assertThat(hit.get("percent").decimalValue()).isEqualByComparingTo("60");
        assertThat(hit.get("score").asDouble()).isEqualTo(1.0);
        assertThat(hit.get("via").get(0)).extracting(l -> l.get("owner").asText() + ">" + l.get("owned").asText())
                .containsExactly("SDN:36>Caribe Logistics SA", "Caribe Logistics SA>Caribe Freight SA");
        assertThat(hit.get("via").get(0).get(0).get("version").asText()).isEqualTo("kyc#1");

        JsonNode ended = OwnershipCommandsContract.JSON.readTree(ok("screen", "Old Caribe Tours SA", "--country", "PA",
                "--json", "--no-keep", "--date", "2025-07-01", "--database", db).out());
        assertThat(ended.get("hits")).noneMatch(h -> h.get("basis").asText().equals("ownership"));
        JsonNode before = OwnershipCommandsContract.JSON.readTree(ok("screen", "Old Caribe Tours SA", "--country", "PA",
                "--json", "--no-keep", "--date", "2025-06-30", "--database", db).out());
        assertThat(before.get("hits")).anyMatch(h -> h.get("basis").asText().equals("ownership"));
    }

    @Test
    void check_batch_decides_each_row_with_its_own_date_and_the_ownership_step() throws Exception {
        Path in = tmp.resolve("shipments.csv");
        Files.writeString(in, """
                id,item,destination,date,end_user,end_user_country,end_user_id
                a,%s,CN,2025-10-15,Xian Aero Parts Trading Co,,
                b,%s,CN,2026-03-01,Xian Aero Parts Trading Co,,
                c,%s,CN,2026-01-15,Caribe Logistics SA,PA,CUST-77
                d,%s,CN,2026-01-15,Unrelated Widgets GmbH,DE,
                """.formatted(ITEM, ITEM, ITEM, ITEM));
        Path out = tmp.resolve("out.jsonl");
        ok("check", "--batch", in.toString(), "--output", out.toString(), "--database", db);
        List<String> lines = Files.readAllLines(out);
        List<String> verdicts = new ArrayList<>();
        for (String l : lines) verdicts.add(OwnershipCommandsContract.JSON.readTree(l).get("verdict").asText());
        assertThat(verdicts.get(0)).isEqualTo("LICENSE_REQUIRED");
        assertThat(verdicts.get(1)).isNotEqualTo("LICENSE_REQUIRED");
        assertThat(verdicts.get(2)).isEqualTo("PROHIBITED");
        assertThat(verdicts.get(3)).isNotIn("PROHIBITED", "LICENSE_REQUIRED");
    }
}

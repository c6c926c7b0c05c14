package org.clearance.cli.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kept parties, adjudications, re-screening and screening inside {@code check}, end to end through the command line,
 * on a database filled with the shipped lists: embedded H2 ({@link PartyCommandsH2Test}) and PostgreSQL
 * ({@link PartyCommandsPostgresIT}).
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class PartyCommandsContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Northwestern Polytechnical University on the Entity List (CSL of 2023-11-16). */
    private static final String NPU_EL = "e610a2b6a9a3a3b485c11b771a09a5bf665626545bc1f7618fdd4942";
    String db;

    /** A JDBC URL to an empty database of the test's own. */
    protected abstract String freshDatabaseUrl() throws Exception;

    @BeforeAll
    void database() throws Exception {
        db = freshDatabaseUrl();
        assertThat(run("lists", "list", "--database", db).status()).isZero();
    }

    private static ScreeningCommandsTest.Run run(String... args) {
        return ScreeningCommandsTest.run(args);
    }

    private static JsonNode json(ScreeningCommandsTest.Run r) throws Exception {
        assertThat(r.status()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static List<String> hitKeys(JsonNode hits) {
        List<String> keys = new ArrayList<>();
        hits.forEach(h -> keys.add(h.get("list").asText() + ":" + h.get("entity_id").asText()));
        return keys;
    }

    private JsonNode check(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--item", "nvidia-jetson-agx-orin-64gb", "--destination", "CN",
                "--date", "2025-06-01", "--json", "--database", db));
        args.addAll(List.of(extra));
        return json(run(args.toArray(String[]::new)));
    }

    @Test
    void a_no_match_on_the_entity_list_takes_four_eyes_and_then_suppresses_the_pair_and_is_listed() throws Exception {
        JsonNode first = json(run("screen", "Northwestern Polytechnical University", "--party-id", "CUST-NPU",
                "--json", "--database", db));
        assertThat(first.get("party_id").asText()).isEqualTo("CUST-NPU");
        assertThat(first.get("kept").asBoolean()).isTrue();
        assertThat(hitKeys(first.get("hits"))).contains("EL:" + NPU_EL);
        assertThat(first.get("hits").get(0).get("adjudicated").isNull()).isTrue();

        ScreeningCommandsTest.Run adj = run("adjudicate", "--party", "CUST-NPU", "--entry", "EL:" + NPU_EL.substring(0, 10), "--decision",
                "no-match", "--reason", "our customer is Northwestern Polytechnic, Fremont CA", "--by", "A. Officer",
                "--json", "--database", db);
        JsonNode request = json(adj);
        assertThat(request.get("entry").asText()).isEqualTo("EL:" + NPU_EL);
        assertThat(request.get("decision").asText()).isEqualTo("no-match");
        assertThat(request.get("status").asText()).isEqualTo("pending");
        assertThat(request.get("requested_by").asText()).isEqualTo("A. Officer");
        assertThat(request.get("entry_hash").asText()).hasSize(64);
        long id = request.get("request").asLong();

        JsonNode pending = json(run("screen", "Northwestern Polytechnical University", "--party-id", "CUST-NPU", "--json",
                "--database", db));
        assertThat(hitKeys(pending.get("hits"))).as("a pending no-match suppresses nothing").contains("EL:" + NPU_EL);
        assertThat(pending.get("suppressed")).isEmpty();
        JsonNode waiting = json(run("adjudications", "list", "--pending", "--json", "--database", db));
        assertThat(waiting).anySatisfy(r -> assertThat(r.get("request").asLong()).isEqualTo(id));
        assertThat(run("adjudications", "list", "--database", db).out()).contains("CUST-NPU").contains("pending");

        ScreeningCommandsTest.Run again = run("adjudicate", "--party", "CUST-NPU", "--entry", "EL:" + NPU_EL,
                "--decision", "no-match", "--reason", "still not them", "--by", "C. Officer", "--database", db);
        assertThat(again.status()).as("a second request while one is pending").isEqualTo(3);
        assertThat(again.err()).contains("request " + id).contains("already pending");
        ScreeningCommandsTest.Run own = run("adjudications", "approve", String.valueOf(id), "--by", " a. officer ",
                "--database", db);
        assertThat(own.status()).as("the requester approving their own request").isEqualTo(3);
        assertThat(own.err()).contains("a second person must approve it");
        ScreeningCommandsTest.Run unknown = run("adjudications", "approve", "999999", "--by", "B. Officer", "--database", db);
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("no adjudication request 999999");

        JsonNode approved = json(run("adjudications", "approve", String.valueOf(id), "--by", "B. Officer", "--json",
                "--database", db));
        assertThat(approved.get("decision").asText()).isEqualTo("no-match");
        assertThat(approved.get("decided_by").asText()).isEqualTo("A. Officer");
        assertThat(approved.get("approved_by").asText()).isEqualTo("B. Officer");
        assertThat(approved.get("request").asLong()).isEqualTo(id);
        ScreeningCommandsTest.Run twice = run("adjudications", "approve", String.valueOf(id), "--by", "C. Officer",
                "--database", db);
        assertThat(twice.status()).isEqualTo(3);
        assertThat(twice.err()).contains("no longer pending: approved by B. Officer");

        JsonNode cleared = json(run("screen", "Northwestern Polytechnical University", "--party-id", "CUST-NPU", "--json",
                "--database", db));
        assertThat(hitKeys(cleared.get("hits"))).doesNotContain("EL:" + NPU_EL);
        assertThat(hitKeys(cleared.get("suppressed"))).containsExactly("EL:" + NPU_EL);
        assertThat(cleared.get("suppressed").get(0).get("adjudicated").asText()).isEqualTo("no-match");

        JsonNode listed = json(run("adjudications", "list", "--party", "CUST-NPU", "--json", "--database", db));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("status").asText()).isEqualTo("in-force");
        assertThat(listed.get(0).get("decided_by").asText()).isEqualTo("A. Officer");
        assertThat(listed.get(0).get("approved_by").asText()).isEqualTo("B. Officer");
        assertThat(run("adjudications", "list", "--database", db).out()).contains("CUST-NPU").contains("in-force")
                .contains("approved by B. Officer");
    }

    @Test
    void a_rejected_no_match_request_leaves_the_hit_and_a_match_or_a_list_without_four_eyes_takes_one_step()
            throws Exception {
        json(run("screen", "Aerocaribbean Airlines", "--party-id", "REJ-AERO", "--json", "--database", db));
        JsonNode request = json(run("adjudicate", "--party", "REJ-AERO", "--entry", "SDN:36", "--decision", "no-match",
                "--reason", "a namesake", "--by", "A. Officer", "--json", "--database", db));
        long id = request.get("request").asLong();
        ScreeningCommandsTest.Run noReason = run("adjudications", "reject", String.valueOf(id), "--by", "B. Officer",
                "--reason", " ", "--database", db);
        assertThat(noReason.status()).isEqualTo(2);
        JsonNode rejected = json(run("adjudications", "reject", String.valueOf(id), "--by", "B. Officer", "--reason",
                "same address in Havana", "--json", "--database", db));
        assertThat(rejected.get("status").asText()).isEqualTo("rejected");
        assertThat(rejected.get("decided_by").asText()).isEqualTo("B. Officer");
        assertThat(run("adjudications", "approve", String.valueOf(id), "--by", "C. Officer", "--database", db).status())
                .isEqualTo(3);
        JsonNode still = json(run("screen", "Aerocaribbean Airlines", "--party-id", "REJ-AERO", "--json", "--database", db));
        assertThat(hitKeys(still.get("hits"))).contains("SDN:36");
        JsonNode listed = json(run("adjudications", "list", "--party", "REJ-AERO", "--json", "--database", db));
        assertThat(listed).singleElement().satisfies(r -> assertThat(r.get("status").asText()).isEqualTo("rejected"));
        assertThat(json(run("adjudications", "list", "--party", "REJ-AERO", "--pending", "--json", "--database", db))).isEmpty();

        JsonNode match = json(run("adjudicate", "--party", "REJ-AERO", "--entry", "SDN:36", "--decision", "match",
                "--reason", "same airline", "--by", "B. Officer", "--json", "--database", db));
        assertThat(match.get("decision").asText()).isEqualTo("match");
        assertThat(match.get("request").isNull()).as("a match takes one step").isTrue();

        JsonNode uvl = json(run("screen", "Atlas Sanatgaran", "--party-id", "ONE-UVL", "--json", "--database", db));
        String entry = null;
        for (JsonNode h : uvl.get("hits")) if (h.get("list").asText().equals("UVL")) entry = "UVL:" + h.get("entity_id").asText();
        assertThat(entry).as("the sample CSL lists Atlas Sanatgaran on the Unverified List").isNotNull();
        JsonNode oneStep = json(run("adjudicate", "--party", "ONE-UVL", "--entry", entry, "--decision", "no-match",
                "--reason", "a different Atlas", "--by", "A. Officer", "--json", "--database", db));
        assertThat(oneStep.get("status")).as("recorded, not requested").isNull();
        assertThat(oneStep.get("decided_by").asText()).isEqualTo("A. Officer");
        JsonNode after = json(run("screen", "Atlas Sanatgaran", "--party-id", "ONE-UVL", "--json", "--database", db));
        assertThat(hitKeys(after.get("suppressed"))).contains(entry);
    }

    @Test
    void adjudicate_rejects_bad_input_with_exit_2_and_stores_nothing() throws Exception {
        ScreeningCommandsTest.Run unknownParty = run("adjudicate", "--party", "NOBODY", "--entry", "SDN:306", "--decision", "match",
                "--reason", "r", "--by", "b", "--database", db);
        assertThat(unknownParty.status()).isEqualTo(2);
        assertThat(unknownParty.err()).contains("no kept party 'NOBODY'");
        assertThat(run("screen", "Banco Nacional de Cuba", "--party-id", "BAD-1", "--database", db).status()).isZero();
        ScreeningCommandsTest.Run decision = run("adjudicate", "--party", "BAD-1", "--entry", "SDN:306", "--decision", "maybe",
                "--reason", "r", "--by", "b", "--database", db);
        assertThat(decision.status()).isEqualTo(2);
        assertThat(decision.err()).contains("--decision: unknown decision 'maybe'");
        ScreeningCommandsTest.Run entry = run("adjudicate", "--party", "BAD-1", "--entry", "SDN:0000000", "--decision", "match",
                "--reason", "r", "--by", "b", "--database", db);
        assertThat(entry.status()).isEqualTo(2);
        assertThat(entry.err()).contains("no such entry in the current lists");
        assertThat(json(run("adjudications", "list", "--party", "BAD-1", "--json", "--database", db))).isEmpty();
    }

    @Test
    void check_screens_the_end_user_an_entity_list_hit_requires_a_license_until_adjudicated() throws Exception {
        JsonNode clean = check("--end-user", "Clearance Test Bakery of Lyon");
        assertThat(clean.get("verdict").asText()).isEqualTo("NO_LICENSE_REQUIRED");
        assertThat(clean.get("screening").get("performed").asBoolean()).isTrue();
        assertThat(clean.get("screening").get("list_versions").asText()).contains("CSL@2023-11-16");

        JsonNode listed = check("--end-user", "Northwestern Polytechnical University", "--end-user-id", "CHK-NPU");
        assertThat(listed.get("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(listed.get("review_policy").asText()).isEqualTo("PRESUMPTION_OF_DENIAL");
        assertThat(listed.get("open_questions").toString()).contains("Adjudicate EL:" + NPU_EL);
        assertThat(listed.get("list_versions").toString()).contains("EL CSL@2023-11-16");

        JsonNode request = json(run("adjudicate", "--party", "CHK-NPU", "--entry", "EL:" + NPU_EL, "--decision",
                "no-match", "--reason", "different school", "--by", "A. Officer", "--json", "--database", db));
        JsonNode pending = check("--end-user", "Northwestern Polytechnical University", "--end-user-id", "CHK-NPU");
        assertThat(pending.get("verdict").asText()).as("a pending no-match changes nothing").isEqualTo("LICENSE_REQUIRED");
        assertThat(run("adjudications", "approve", request.get("request").asText(), "--by", "B. Officer",
                "--database", db).status()).isZero();
        JsonNode cleared = check("--end-user", "Northwestern Polytechnical University", "--end-user-id", "CHK-NPU");
        assertThat(cleared.get("verdict").asText()).isEqualTo("NO_LICENSE_REQUIRED");
        JsonNode shown = null;
        for (JsonNode f : cleared.get("findings")) if (f.get("rule").asText().equals("hit:EL:" + NPU_EL)) shown = f;
        assertThat(shown).as("the adjudicated hit is shown").isNotNull();
        assertThat(shown.get("detail").asText()).contains("adjudicated as not the listed party");
        assertThat(cleared.get("screening").get("parties").get(0).get("suppressed").asInt()).isEqualTo(1);
    }

    @Test
    void an_entity_list_hit_with_footnote_4_is_flagged_in_the_answer() throws Exception {
        JsonNode o = check("--end-user", "National University of Defense Technology", "--consignee",
                "Clearance Test Bakery of Lyon");
        assertThat(o.get("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
        List<String> details = new ArrayList<>();
        for (JsonNode f : o.get("findings")) if (f.get("rule").asText().startsWith("hit:EL:")) details.add(f.get("detail").asText());
        assertThat(details).anySatisfy(d -> assertThat(d).contains("National University of Defense Technology")
                .contains("footnote 4").contains("734.9(e)(2)"));
        assertThat(o.get("screening").get("parties")).hasSize(2);
        assertThat(o.get("screening").get("parties").get(1).get("role").asText()).isEqualTo("consignee");
    }

    @Test
    void check_holds_a_shipment_to_an_sdn_hit_and_prohibits_it_once_adjudicated_a_match() throws Exception {
        JsonNode held = check("--end-user", "Aerocaribbean Airlines", "--end-user-id", "CHK-AERO");
        assertThat(held.get("verdict").asText()).isEqualTo("INDETERMINATE");
        assertThat(held.get("open_questions").toString()).contains("Adjudicate SDN:36 (AEROCARIBBEAN AIRLINES) on the end user");
        assertThat(run("adjudicate", "--party", "CHK-AERO", "--entry", "SDN:36", "--decision", "match", "--reason",
                "same airline", "--by", "A. Officer", "--database", db).status()).isZero();
        JsonNode prohibited = check("--end-user", "Aerocaribbean Airlines", "--end-user-id", "CHK-AERO");
        assertThat(prohibited.get("verdict").asText()).isEqualTo("PROHIBITED");
        ScreeningCommandsTest.Run again = run("adjudicate", "--party", "CHK-AERO", "--entry", "SDN:36", "--decision", "no-match", "--reason",
                "oops", "--by", "B. Officer", "--database", db);
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains("a match is final");
    }

    @Test
    void check_without_screening_says_so() throws Exception {
        JsonNode o = check("--end-user", "Northwestern Polytechnical University", "--no-screening");
        assertThat(o.get("verdict").asText()).isEqualTo("NO_LICENSE_REQUIRED");
        assertThat(o.get("screening").get("performed").asBoolean()).isFalse();
        assertThat(o.get("screening").get("note").asText()).contains("--no-screening");
        ScreeningCommandsTest.Run text = run("check", "--item", "nvidia-jetson-agx-orin-64gb", "--destination", "CN", "--date", "2025-06-01",
                "--database", db);
        assertThat(text.out()).contains("Restricted-party screening:").contains("no party named (--end-user, --consignee, --purchaser): nothing screened");
    }

    @Test
    void batch_check_screens_the_party_columns_per_line_and_keeps_each_party_once(@TempDir Path work) throws Exception {
        Path in = work.resolve("shipments.csv");
        Files.writeString(in, """
                id,item,destination,end_user,end_user_id,consignee,date
                s1,nvidia-jetson-agx-orin-64gb,CN,Northwestern Polytechnical University,BATCH-NPU,,2025-06-01
                s2,nvidia-jetson-agx-orin-64gb,CN,Clearance Test Bakery of Lyon,,,2025-06-01
                s3,nvidia-jetson-agx-orin-64gb,CN,Clearance Test Bakery of Lyon,,Aerocaribbean Airlines,2025-06-01
                s4,nvidia-jetson-agx-orin-64gb,CN,12345,,,2025-06-01
                s5,nvidia-jetson-agx-orin-64gb,CN,Northwestern Polytechnical University,BATCH-NPU,,2025-06-01
                """);
        Path out = work.resolve("out.jsonl");
        ScreeningCommandsTest.Run r = run("check", "--batch", in.toString(), "--output", out.toString(), "--database", db);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("screened 3 distinct parties");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(5);
        assertThat(JSON.readTree(lines.get(0)).get("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(JSON.readTree(lines.get(1)).get("verdict").asText()).isEqualTo("NO_LICENSE_REQUIRED");
        assertThat(JSON.readTree(lines.get(2)).get("verdict").asText()).isEqualTo("INDETERMINATE");
        assertThat(JSON.readTree(lines.get(3)).get("error").asText()).contains("end_user").contains("no letters");
        assertThat(JSON.readTree(lines.get(4)).get("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
        JsonNode kept = json(run("screen", "Northwestern Polytechnical University", "--party-id", "BATCH-NPU", "--no-keep",
                "--json", "--database", db));
        assertThat(kept.get("kept").asBoolean()).isFalse();
    }

    @Test
    void rescreening_after_an_import_reports_the_removed_entries_as_json_lines(@TempDir Path work) throws Exception {
        String own = freshDatabaseUrl();
        Path may2 = Path.of("../ledger/src/test/resources/fixtures/sdn-2024-05-02.csv");
        assertThat(run("lists", "import", may2.toString(), "--format", "sdn", "--published", "2024-05-02",
                "--database", own).status()).isZero();
        assertThat(run("screen", "Emperor Aviation Ltd", "--party-id", "R-EMP", "--database", own).out())
                .contains("38556");
        assertThat(run("rescreen", "--database", own).out()).contains("0 changes");
        Path may3 = Path.of("../lists/ofac-sdn-2024-05-03/sdn.csv");
        Path report = work.resolve("changes.jsonl");
        ScreeningCommandsTest.Run r = run("lists", "import", may3.toString(), "--format", "sdn", "--published", "2024-05-03", "--rescreen",
                "--rescreen-output", report.toString(), "--database", own);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Imported sdn as version 6").contains("sdn: version 5 -> 6: 0 added, 8 removed, 0 changed")
                .contains("REMOVED").contains("party R-EMP").contains("SDN:38556");
        List<String> lines = Files.readAllLines(report);
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode c = JSON.readTree(line);
            assertThat(c.get("change").asText()).isEqualTo("removed");
            assertThat(c.get("party_id").asText()).isEqualTo("R-EMP");
            assertThat(c.get("list").asText()).isEqualTo("SDN");
        }
        assertThat(lines.stream().map(l -> l.contains("\"entity_id\":\"38556\"")).toList()).contains(true);
        JsonNode again = json(run("rescreen", "--json", "--database", own));
        assertThat(again.get("changes")).isEmpty();
    }
}

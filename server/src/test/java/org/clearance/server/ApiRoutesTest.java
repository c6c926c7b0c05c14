package org.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.clearance.app.Classify;
import org.clearance.app.RuleData;
import org.clearance.server.accounts.Role;
import org.junit.jupiter.api.Test;

/** Each route's happy path: the body is the CLI's --json body, from the same app-layer writers. */
class ApiRoutesTest {

    private static final TestServer S = TestServer.get();

    @Test
    void health_is_ok_without_credentials() {
        TestServer.Answer a = S.get(null, "/health");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("status").asText()).isEqualTo("ok");
    }

    @Test
    void classify_answers_the_decision_json_of_classify_json() {
        TestServer.Answer a = S.post(Role.ANALYST, "/api/v1/classify",
                "{\"item\": \"nvidia-h100-sxm5-80gb\", \"as_of\": \"2024-06-01\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        String cli = new Classify(RuleData.bundled()).classify("nvidia-h100-sxm5-80gb",
                java.time.LocalDate.parse("2024-06-01")).jsonText();
        assertThat(a.body()).isEqualTo(cli);
        assertThat(a.json().path("eccn").asText()).isEqualTo("3A090.a");
    }

    @Test
    void classify_takes_a_datasheet_in_the_body() {
        TestServer.Answer a = S.post(Role.ANALYST, "/api/v1/classify", """
                {"as_of": "2024-06-01", "spec": {"name": "X1 accelerator", "datacenter": true,
                 "throughput": [{"precision": "FP8", "bit_length": 8, "tops": 1200}],
                 "dies": [{"area_mm2": 600, "non_planar": true}]}}""");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("status").asText()).isEqualTo("CONTROLLED");
        assertThat(a.json().path("eccn").asText()).isEqualTo("3A090.a");
    }

    @Test
    void check_decides_a_shipment_and_screens_its_end_user() {
        TestServer.Answer a = S.post(Role.ANALYST, "/api/v1/check", """
                {"item": "nvidia-h200-sxm-141gb", "destination": "China", "date": "2026-03-01",
                 "end_user": "西北工业大学", "end_user_id": "API-CUST-1"}""");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode j = a.json();
        assertThat(j.path("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(j.path("review_policy").asText()).isEqualTo("PRESUMPTION_OF_DENIAL");
        assertThat(j.path("screening").path("source").asText()).isNotBlank();
        assertThat(a.body()).contains("hit:EL:");
    }

    @Test
    void check_without_screening_says_so_and_a_refusal_is_still_200() {
        TestServer.Answer a = S.post(Role.ANALYST, "/api/v1/check", """
                {"item": "nvidia-b200", "destination": "CN", "date": "2026-03-01", "no_screening": true,
                 "end_use": ["military"]}""");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.body()).contains("no_screening");
    }

    @Test
    void check_batch_streams_one_compact_line_per_csv_line_and_per_json_line() {
        String csv = "id,item,destination,date\nA,nvidia-h200-sxm-141gb,CN,2026-03-01\nB,nvidia-h20,DE,2024-06-01\nC,nope,CN,2026-03-01\n";
        TestServer.Answer a = S.send("POST", "/api/v1/check/batch?no_screening=true", csv, "text/csv",
                "Authorization", "Bearer " + S.tokens.get(Role.ANALYST));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.type()).startsWith("application/x-ndjson");
        String[] lines = a.body().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("\"id\":\"A\"").contains("LICENSE_REQUIRED");
        assertThat(lines[2]).contains("\"error\"");
        String jsonl = "{\"id\":\"A\",\"item\":\"nvidia-h200-sxm-141gb\",\"destination\":\"CN\",\"date\":\"2026-03-01\"}\n"
                + "{\"id\":\"B\",\"item\":\"nvidia-h20\",\"destination\":\"DE\",\"date\":\"2024-06-01\"}\n";
        TestServer.Answer b = S.send("POST", "/api/v1/check/batch?no_screening=true", jsonl, "application/x-ndjson",
                "Authorization", "Bearer " + S.tokens.get(Role.ANALYST));
        assertThat(b.status()).as(b.body()).isEqualTo(200);
        assertThat(b.body().split("\n")[0]).isEqualTo(lines[0]);
        assertThat(b.body().split("\n")[1]).isEqualTo(lines[1]);
    }

    @Test
    void check_batch_refuses_an_item_that_is_a_file_on_the_servers_disk() throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("spec", ".yaml");
        java.nio.file.Files.writeString(f, "name: X\ndatacenter: true\nthroughput: [{precision: FP8, bit_length: 8, tops: 1200}]\n");
        String csv = "id,item,destination\nA," + f.toAbsolutePath() + ",CN\n";
        TestServer.Answer a = S.send("POST", "/api/v1/check/batch?no_screening=true", csv, "text/csv",
                "Authorization", "Bearer " + S.tokens.get(Role.ANALYST));
        assertThat(a.body()).contains("is not a catalog id").doesNotContain("CONTROLLED");
        TestServer.Answer b = S.post(Role.ANALYST, "/api/v1/check", "{\"item\": \"" + f.toAbsolutePath()
                + "\", \"destination\": \"CN\", \"no_screening\": true}");
        assertThat(b.status()).isEqualTo(400);
        TestServer.Answer c = S.post(Role.ANALYST, "/api/v1/classify", "{\"item\": \"" + f.toAbsolutePath() + "\"}");
        assertThat(c.status()).isEqualTo(400);
        assertThat(c.json().path("detail").asText()).contains("is not a catalog id");
    }

    @Test
    void screen_answers_the_screening_json_and_keeps_the_party() {
        TestServer.Answer a = S.post(Role.ANALYST, "/api/v1/screen",
                "{\"name\": \"Northwestern Polytechnical University\", \"party_id\": \"API-SCREEN-1\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("party_id").asText()).isEqualTo("API-SCREEN-1");
        assertThat(a.json().path("hits").size()).isGreaterThan(0);
        assertThat(a.json().path("kept").asBoolean()).isTrue();
    }

    @Test
    void screen_batch_streams_one_line_per_row() {
        String csv = "id,name,country\nP1,Northwestern Polytechnical University,CN\nP2,Jane Nobody Smithfield,\n";
        TestServer.Answer a = S.send("POST", "/api/v1/screen/batch?keep=false", csv, "text/csv",
                "Authorization", "Bearer " + S.tokens.get(Role.ANALYST));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        String[] lines = a.body().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains("\"id\":\"P1\"").contains("\"hits\":[{");
    }

    @Test
    void an_officer_adjudicates_a_kept_hit_and_it_is_listed_with_the_officer_as_actor() {
        TestServer.Answer s = S.post(Role.ANALYST, "/api/v1/screen",
                "{\"name\": \"Northwestern Polytechnical University\", \"party_id\": \"API-ADJ-1\"}");
        JsonNode hit = s.json().path("hits").get(0);
        String entry = hit.path("list").asText() + ":" + hit.path("entity_id").asText();
        TestServer.Answer a = S.post(Role.OFFICER, "/api/v1/adjudications", "{\"party\": \"API-ADJ-1\", \"entry\": \""
                + entry + "\", \"decision\": \"match\", \"reason\": \"same university\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().path("decided_by").asText()).isEqualTo("test-officer");
        TestServer.Answer l = S.get(Role.ANALYST, "/api/v1/adjudications?party=API-ADJ-1");
        assertThat(l.status()).isEqualTo(200);
        assertThat(l.json().get(0).path("status").asText()).isEqualTo("in-force");
        assertThat(l.header("X-Total-Count")).isEqualTo("1");
    }

    @Test
    void lists_versions_and_diff() {
        TestServer.Answer all = S.get(Role.ANALYST, "/api/v1/lists");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().size()).isGreaterThanOrEqualTo(4);
        TestServer.Answer sdn = S.get(Role.ANALYST, "/api/v1/lists/sdn/versions");
        assertThat(sdn.json().size()).isGreaterThanOrEqualTo(1);
        sdn.json().forEach(v -> assertThat(v.path("format").asText()).isEqualTo("sdn"));
        long id = sdn.json().get(0).path("id").asLong();
        TestServer.Answer d = S.get(Role.ANALYST, "/api/v1/lists/diff?from=" + id + "&to=" + id);
        assertThat(d.status()).as(d.body()).isEqualTo(200);
        TestServer.Answer page = S.get(Role.ANALYST, "/api/v1/lists?limit=1&offset=1");
        assertThat(page.json().size()).isEqualTo(1);
        assertThat(page.json().get(0).path("id").asLong()).isEqualTo(all.json().get(1).path("id").asLong());
    }

    @Test
    void an_admin_imports_a_list_and_screening_uses_it() {
        String dpl = "Name\tStreet_Address\tCity\tState\tCountry\tPostal_Code\tEffective_Date\tExpiration_Date\t"
                + "Standard_Order\tLast_Update\tAction\tFR_Citation\n";
        TestServer.Answer bad = S.send("POST", "/api/v1/lists/import?format=dpl&published=2026-12-01", "not a list",
                "application/octet-stream", "Authorization", "Bearer " + S.tokens.get(Role.ADMIN));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.type()).startsWith("application/problem+json");
        assertThat(dpl).isNotEmpty();
    }

    @Test
    void catalog_lists_the_items() {
        TestServer.Answer a = S.get(Role.ANALYST, "/api/v1/catalog");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).contains("nvidia-h100-sxm5-80gb");
    }

    @Test
    void metrics_count_requests_and_decisions() {
        S.post(Role.ANALYST, "/api/v1/classify", "{\"item\": \"nvidia-h20\"}");
        TestServer.Answer m = S.get(Role.ANALYST, "/metrics");
        assertThat(m.status()).isEqualTo(200);
        assertThat(m.body()).contains("clearance_http_requests_seconds_count").contains("route=\"/api/v1/classify\"")
                .contains("clearance_decisions_total").contains("clearance_list_versions_loaded");
    }

    @Test
    void openapi_describes_every_route_of_the_table_and_docs_are_served_from_the_jar() {
        JsonNode doc = S.get(null, "/openapi.json").json();
        assertThat(doc.path("openapi").asText()).startsWith("3.0");
        for (var r : S.server.routes()) {
            assertThat(doc.path("paths").path(r.path()).has(r.method().toLowerCase())).as(r.path()).isTrue();
        }
        assertThat(doc.path("paths").path("/api/v1/check").path("post").path("responses").has("403")).isTrue();
        assertThat(S.get(null, "/docs").body()).contains("swagger-ui");
        TestServer.Answer js = S.get(null, "/docs/assets/swagger-ui-bundle.js");
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.body().length()).isGreaterThan(100_000);
        assertThat(S.get(null, "/docs/assets/..%2F..%2Fpom.xml").status()).isEqualTo(404);
    }

    @Test
    void me_says_who_is_calling() {
        JsonNode me = S.get(Role.OFFICER, "/api/v1/me").json();
        assertThat(me.path("name").asText()).isEqualTo("test-officer");
        assertThat(me.path("role").asText()).isEqualTo("officer");
        assertThat(me.path("via").asText()).startsWith("token ");
    }

    @Test
    void a_no_match_on_the_entity_list_needs_a_second_officer_and_nobody_approves_their_own_request() {
        S.accounts(x -> x.addUser("second-officer", Role.OFFICER, "second-officer-password"));
        String second = S.accounts(x -> x.createToken("second-officer", null));
        TestServer.Answer s = S.post(Role.ANALYST, "/api/v1/screen",
                "{\"name\": \"Northwestern Polytechnical University\", \"party_id\": \"API-4EYES-1\"}");
        JsonNode hit = s.json().path("hits").get(0);
        String entry = hit.path("list").asText() + ":" + hit.path("entity_id").asText();
        TestServer.Answer req = S.post(Role.OFFICER, "/api/v1/adjudications", "{\"party\": \"API-4EYES-1\", \"entry\": \""
                + entry + "\", \"decision\": \"no-match\", \"reason\": \"a different institute\"}");
        assertThat(req.status()).as(req.body()).isEqualTo(202);
        long id = req.json().path("request").asLong();
        assertThat(req.json().path("status").asText()).isEqualTo("pending");
        assertThat(S.get(Role.ANALYST, "/api/v1/review").body()).doesNotContain("API-4EYES-1");
        TestServer.Answer own = S.post(Role.OFFICER, "/api/v1/adjudications/requests/" + id + "/approve", null);
        assertThat(own.status()).as(own.body()).isEqualTo(409);
        assertThat(own.type()).startsWith("application/problem+json");
        TestServer.Answer ok = S.send("POST", "/api/v1/adjudications/requests/" + id + "/approve", null, null,
                "Authorization", "Bearer " + second);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().path("decided_by").asText()).isEqualTo("test-officer");
        assertThat(ok.json().path("approved_by").asText()).isEqualTo("second-officer");
        TestServer.Answer again = S.send("POST", "/api/v1/adjudications/requests/" + id + "/reject",
                "{\"reason\": \"too late\"}", "application/json", "Authorization", "Bearer " + second);
        assertThat(again.status()).isEqualTo(409);
        TestServer.Answer listed = S.get(Role.ANALYST, "/api/v1/adjudications?party=API-4EYES-1");
        assertThat(listed.json().get(0).path("approved_by").asText()).isEqualTo("second-officer");
    }
}

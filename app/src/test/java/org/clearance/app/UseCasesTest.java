package org.clearance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clearance.classification.ClassificationStatus;
import org.clearance.determination.LicenseVerdict;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.parties.PartyQuery;
import org.clearance.screening.list.EntityType;
import org.clearance.shipment.ShipmentFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The use cases as a server handler or a Spark task calls them: plain values in, records and streams out. */
class UseCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RuleData DATA = RuleData.bundled();

    @TempDir
    Path dir;

    @Test
    void classify_returns_the_classification_and_its_decision_json() throws IOException {
        Classify.Classified c = new Classify(DATA).classify("nvidia-h100-sxm5-80gb", LocalDate.of(2024, 6, 1));
        assertThat(c.classification().status()).isEqualTo(ClassificationStatus.CONTROLLED);
        JsonNode json = JSON.readTree(c.jsonText());
        assertThat(json.get("eccn").asText()).isEqualTo("3A090.a");
        assertThat(json.at("/rule_pack/hash").asText()).isEqualTo(DATA.pack().info().hash());
    }

    @Test
    void an_unknown_item_is_bad_input_naming_it() {
        assertThatThrownBy(() -> new Classify(DATA).classify("nvidia-h999", LocalDate.of(2024, 6, 1)))
                .isInstanceOf(BadInput.class).hasMessageContaining("nvidia-h999");
    }

    /** The batch engine and the single check are one decision: each batch line is the single answer's compact form. */
    @Test
    void a_batch_from_a_stream_gives_each_shipment_the_single_checks_answer() throws IOException {
        String[][] lines = {{"a", "nvidia-h200-sxm-141gb", "CN", "2026-03-01"}, {"b", "nvidia-l40", "VN", "2024-06-01"},
                {"c", "nvidia-h20", "CN", "2024-06-01"}, {"d", "nvidia-b200", "MO", "2025-06-01"}};
        StringBuilder csv = new StringBuilder("id,item,destination,date\n");
        for (String[] l : lines) csv.append(String.join(",", l)).append('\n');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchCheck.Summary summary = new BatchCheck(DATA, List.of(), false, null).run(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "in.csv", out,
                BatchCheck.Format.JSON_LINES);
        assertThat(summary.lines()).isEqualTo(4);
        assertThat(summary.errors()).isZero();
        assertThat(summary.screened()).isFalse();
        String[] written = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(written).hasSize(4);
        CheckShipment single = new CheckShipment(DATA, List.of());
        for (int i = 0; i < lines.length; i++) {
            String[] l = lines[i];
            CheckShipment.Checked checked = single.check(new ShipmentFields(l[0], l[1], null, l[2], null, null, null,
                    null, null, null, null, null, null, l[3]), new CheckShipment.Parties.NotScreened("test"), f -> f);
            JsonNode line = JSON.readTree(written[i]);
            JsonNode full = checked.json();
            for (String field : List.of("id", "verdict", "license_required", "review_policy", "license_exceptions",
                    "eccn", "open_questions")) {
                assertThat(line.get(field)).as(l[0] + " " + field).isEqualTo(full.get(field));
            }
            assertThat(full.at("/screening/performed").asBoolean()).isFalse();
        }
    }

    @Test
    void a_named_party_on_the_entity_list_is_screened_kept_and_decides_the_shipment() {
        String url = "jdbc:h2:file:" + dir.resolve("clearance");
        CheckShipment.Checked checked = new CheckShipment(DATA, List.of()).check(
                new ShipmentFields(null, "nvidia-l40", "1", "CN", "Northwestern Polytechnical University", null, null,
                        null, null, null, null, List.of("none"), null, "2024-06-01"),
                new CheckShipment.Parties.Screen(() -> Database.open(url), ShipmentScreening.Ids.DERIVED), f -> f);
        assertThat(checked.determination().verdict()).isEqualTo(LicenseVerdict.LICENSE_REQUIRED);
        assertThat(checked.screening().source()).isEqualTo(ShipmentScreening.Source.SCREENED);
        String partyId = checked.screening().parties().getFirst().screened().partyId();
        try (ScreeningService service = Database.open(url)) {
            Screen.Answer again = Screen.one(service, new PartyQuery(partyId, "Northwestern Polytechnical University",
                    "CN", EntityType.UNKNOWN, null), false);
            assertThat(again.screened().hits()).isNotEmpty();
            assertThat(again.json().get("party_id").asText()).isEqualTo(partyId);
        }
    }

    /** Messages name fields as the caller's user knows them: a server's JSON field, the CLI's option. */
    @Test
    void a_shipment_without_named_parties_says_so_in_the_callers_field_names() {
        ShipmentFields fields = new ShipmentFields(null, "nvidia-l40", null, "VN", null, null, null, null, null, null,
                null, null, null, "2024-06-01");
        CheckShipment.Parties screen = new CheckShipment.Parties.Screen(() -> {
            throw new AssertionError("nothing to screen: the database is not opened");
        }, ShipmentScreening.Ids.DERIVED);
        CheckShipment check = new CheckShipment(DATA, List.of());
        assertThat(check.check(fields, screen, f -> f).screening().note())
                .isEqualTo("no party named (end_user, consignee, purchaser): nothing screened against the restricted-party lists");
        assertThat(check.check(fields, screen, f -> "--" + f.replace('_', '-')).screening().note())
                .startsWith("no party named (--end-user, --consignee, --purchaser)");
    }

    @Test
    void a_screening_batch_writes_one_line_per_row_and_counts_the_malformed() throws IOException {
        try (ScreeningService service = Database.open("jdbc:h2:file:" + dir.resolve("clearance"))) {
            StringWriter out = new StringWriter();
            Screen.BatchSummary s = Screen.batch(service, "id,name,country\np1,Sugon,CN\np2,\"open\n",
                    EntityType.UNKNOWN, null, false, out);
            assertThat(s.rows()).isEqualTo(2);
            assertThat(s.withHits()).isEqualTo(1);
            assertThat(s.malformed()).isEqualTo(1);
            assertThat(out.toString().lines()).hasSize(2);
        }
    }

    @Test
    void a_database_url_clearance_cannot_use_is_bad_input() {
        assertThatThrownBy(() -> Database.open("mysql://x")).isInstanceOf(BadInput.class).hasMessageContaining("mysql://x");
    }
}

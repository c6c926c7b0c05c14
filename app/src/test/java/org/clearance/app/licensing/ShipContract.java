package org.clearance.app.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clearance.app.AuditLog;
import org.clearance.app.BadInput;
import org.clearance.app.RuleData;
import org.clearance.app.ShipmentScreening;
import org.clearance.shipment.ShipmentFields;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Licenses and shipments through the use cases, on H2 (unit test) and PostgreSQL (integration test). */
abstract class ShipContract {

    static final RuleData DATA = RuleData.bundled();
    static final List<String> CERTIFIED = List.of("us-supply", "third-party-testing");

    @TempDir
    Path dir;
    protected String url;
    Licenses licenses;
    Ship ship;

    protected abstract String freshDatabaseUrl() throws Exception;

    /** Threads and shipments each in the in-process concurrency test. */
    protected int threads() {
        return 8;
    }

    protected int shipmentsPerThread() {
        return 25;
    }

    @BeforeEach
    void setUp() throws Exception {
        url = freshDatabaseUrl();
        licenses = new Licenses(DATA, url);
        ship = new Ship(DATA, List.of(), url, new Ship.Screening.NotScreened("not screened in this test"), 7,
                f -> "--" + f.replace('_', '-'));
        licenses.add(file("l.yaml", LicenseFileTest.YAML), "officer");
    }

    Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    static ShipRequest request(String key, String destination, int quantity, String value, List<String> certified) {
        return request(key, "nvidia-h200-sxm-141gb", destination, "2026-03-01", quantity, value, certified, "D2026-0001");
    }

    static ShipRequest request(String key, String item, String destination, String date, int quantity, String value,
                               List<String> certified, String license) {
        return new ShipRequest(key, new ShipmentFields(null, item, String.valueOf(quantity), destination, null, null,
                null, null, null, null, null, null, null, date), ShipmentScreening.Ids.DERIVED, license, null, null,
                null, value, certified, null);
    }

    JsonNode shown() {
        return licenses.show("D2026-0001").json();
    }

    long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void an_accepted_shipment_draws_its_units_and_value_on_the_license_and_the_item() {
        ShipOutcome o = ship.ship(request("k1", "CN", 10, "300000.00", CERTIFIED), "clerk");
        assertThat(o.status()).isEqualTo("accepted");
        assertThat(o.json().get("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(o.json().get("review_policy").asText()).isEqualTo("CASE_BY_CASE");
        assertThat(o.json().at("/remaining/quantity").asLong()).isEqualTo(140);
        assertThat(o.json().at("/remaining/value").asText()).isEqualTo("3700000");
        assertThat(o.json().at("/remaining/items/catalog_id:nvidia-h200-sxm-141gb/quantity").asLong()).isEqualTo(90);
        JsonNode l = shown();
        assertThat(l.at("/drawn/quantity").asLong()).isEqualTo(10);
        assertThat(l.at("/remaining/value").asText()).isEqualTo("3700000");
        assertThat(l.at("/limits/tpp").asText()).isEqualTo("6000000");
        // ten times the H200's TPP as its classification computes it, drawn on the TPP limit
        java.math.BigDecimal tpp = new org.clearance.app.Classify(DATA).classify("nvidia-h200-sxm-141gb",
                java.time.LocalDate.of(2026, 3, 1)).classification().metrics().get(org.clearance.classification.Metric.TPP);
        assertThat(new java.math.BigDecimal(l.at("/drawn/tpp").asText())).isEqualByComparingTo(tpp.multiply(java.math.BigDecimal.TEN));
        assertThat(l.get("shipments")).hasSize(1);
    }

    @Test
    void the_same_key_with_the_same_content_returns_the_first_outcome_and_draws_nothing_more() {
        ShipOutcome first = ship.ship(request("k1", "CN", 10, "300000", CERTIFIED), "clerk");
        ShipOutcome again = ship.ship(request("k1", "CN", 10, "300000.00", List.of("third-party-testing", "us-supply")), "clerk");
        assertThat(again.duplicate()).isTrue();
        assertThat(again.json().get("remaining")).isEqualTo(first.json().get("remaining"));
        assertThat(shown().at("/drawn/quantity").asLong()).isEqualTo(10);
    }

    @Test
    void the_same_key_with_other_content_is_a_conflict_and_draws_nothing() {
        ship.ship(request("k1", "CN", 10, "300000", CERTIFIED), "clerk");
        ShipOutcome other = ship.ship(request("k1", "CN", 11, "300000", CERTIFIED), "clerk");
        assertThat(other.status()).isEqualTo("refused");
        assertThat(other.reasonCode()).isEqualTo("conflict");
        assertThat(shown().at("/drawn/quantity").asLong()).isEqualTo(10);
    }

    @Test
    void a_shipment_past_a_limit_is_refused_naming_the_limit_and_what_remained_and_draws_nothing() {
        ship.ship(request("k1", "CN", 95, "100", CERTIFIED), "clerk");
        ShipOutcome o = ship.ship(request("k2", "CN", 6, "100", CERTIFIED), "clerk");
        assertThat(o.status()).isEqualTo("refused");
        assertThat(o.json().at("/reason/code").asText()).isEqualTo("limit");
        assertThat(o.json().at("/reason/limit").asText()).isEqualTo("items.catalog_id:nvidia-h200-sxm-141gb.quantity");
        assertThat(o.json().at("/reason/remaining").asText()).isEqualTo("5");
        assertThat(shown().at("/drawn/quantity").asLong()).isEqualTo(95);
        // a refusal is recorded under its key: sending it again returns the refusal
        ShipOutcome again = ship.ship(request("k2", "CN", 6, "100", CERTIFIED), "clerk");
        assertThat(again.duplicate()).isTrue();
        assertThat(again.reasonCode()).isEqualTo("limit");
    }

    @Test
    void refusals_name_what_the_license_does_not_cover() {
        assertThat(ship.ship(request("a", "CN", 1, "1", List.of("us-supply")), "clerk").json().at("/reason").toString())
                .contains("certification_missing").contains("third-party-testing");
        assertThat(ship.ship(request("b", "Macau", 1, "1", CERTIFIED), "clerk").json().at("/reason/text").asText())
                .startsWith("destination: MO is not among license D2026-0001's destinations");
        // the L40 (3A090.b) is neither the licensed H200 nor 3A090.a
        assertThat(ship.ship(request("c", "nvidia-l40", "CN", "2026-03-01", 1, "1", CERTIFIED, "D2026-0001"), "clerk")
                .json().at("/reason/text").asText()).startsWith("item: nvidia-l40 (3A090.b) is not among");
        ShipmentFields other = new ShipmentFields(null, "nvidia-h200-sxm-141gb", "1", "CN", "Another Buyer Ltd.", null,
                null, null, null, null, null, null, null, "2026-03-01");
        ShipOutcome party = ship.ship(new ShipRequest("d", other, ShipmentScreening.Ids.DERIVED, "D2026-0001", null,
                null, null, "1", CERTIFIED, null), "clerk");
        assertThat(party.json().at("/reason/text").asText()).startsWith("end_user: Another Buyer Ltd.");
        assertThat(shown().at("/drawn/quantity").asLong()).isZero();
    }

    @Test
    void a_license_not_needed_records_the_shipment_without_drawing() {
        ShipOutcome o = ship.ship(request("de", "nvidia-h200-sxm-141gb", "DE", "2026-03-01", 5, "100", List.of(), null),
                "clerk");
        assertThat(o.status()).isEqualTo("accepted");
        assertThat(o.json().get("verdict").asText()).isEqualTo("NO_LICENSE_REQUIRED");
        assertThat(o.json().get("drawn").isNull()).isTrue();
        assertThat(shown().at("/drawn/quantity").asLong()).isZero();
    }

    @Test
    void bad_input_is_refused_and_leaves_the_ledger_unchanged() throws Exception {
        long before = count("SELECT COUNT(*) FROM shipment") + count("SELECT COUNT(*) FROM audit_event");
        assertThatThrownBy(() -> ship.ship(request("x", "nvidia-h200-sxm-141gb", "CN", "2027-03-01", 1, "1", CERTIFIED,
                "D2026-0001"), "clerk")).isInstanceOf(BadInput.class).hasMessageContaining("--date: 2027-03-01 is outside license D2026-0001");
        assertThatThrownBy(() -> ship.ship(request("x", "nvidia-h200-sxm-141gb", "CN", "2026-03-01", 1, "1", CERTIFIED,
                "NO-SUCH"), "clerk")).isInstanceOf(BadInput.class).hasMessageContaining("no license NO-SUCH");
        assertThatThrownBy(() -> ship.ship(request("x", "CN", -3, "1", CERTIFIED), "clerk"))
                .hasMessageContaining("--quantity");
        assertThatThrownBy(() -> ship.ship(request("x", "CN", 1, "-1", CERTIFIED), "clerk"))
                .isInstanceOf(BadInput.class).hasMessageContaining("--value: must not be negative");
        assertThatThrownBy(() -> ship.ship(request("x", "CN", 1, null, CERTIFIED), "clerk"))
                .isInstanceOf(BadInput.class).hasMessageContaining("--value is required");
        assertThat(count("SELECT COUNT(*) FROM shipment") + count("SELECT COUNT(*) FROM audit_event")).isEqualTo(before);
    }

    @Test
    void a_suspended_license_refuses_until_reinstated_and_every_change_is_audited() throws Exception {
        licenses.change("D2026-0001", Licenses.Change.SUSPEND, "export agency review", "officer");
        assertThat(ship.ship(request("a", "CN", 1, "1", CERTIFIED), "clerk").reasonCode()).isEqualTo("license_status");
        assertThatThrownBy(() -> licenses.change("D2026-0001", Licenses.Change.SUSPEND, "again", "officer"))
                .isInstanceOf(BadInput.class);
        licenses.change("D2026-0001", Licenses.Change.REINSTATE, "review closed", "officer");
        assertThat(ship.ship(request("b", "CN", 1, "1", CERTIFIED), "clerk").status()).isEqualTo("accepted");
        assertThat(shown().get("status_changes")).hasSize(2);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE kind LIKE 'license.%'")).isEqualTo(3);
        assertThat(AuditLog.verify(url, null).intact()).isTrue();
    }

    @Test
    void an_amendment_is_a_new_version_that_keeps_what_was_drawn_and_may_not_go_below_it() throws Exception {
        ship.ship(request("a", "CN", 40, "1", CERTIFIED), "clerk");
        licenses.amend("D2026-0001", file("v2.yaml", LicenseFileTest.YAML.replace("quantity: 150", "quantity: 300")),
                "officer", "raised");
        JsonNode l = shown();
        assertThat(l.get("version").asInt()).isEqualTo(2);
        assertThat(l.get("versions")).hasSize(2);
        assertThat(l.at("/remaining/quantity").asLong()).isEqualTo(260);
        assertThatThrownBy(() -> licenses.amend("D2026-0001", file("v3.yaml",
                LicenseFileTest.YAML.replace("quantity: 150", "quantity: 30")), "officer", "cut"))
                .isInstanceOf(BadInput.class).hasMessageContaining("below what has already been drawn (40)");
        assertThat(shown().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void a_void_puts_the_balance_back_and_keeps_the_shipment() {
        ship.ship(request("a", "CN", 40, "1000", CERTIFIED), "clerk");
        ShipmentVoid.run(url, "a", "order cancelled", "officer");
        JsonNode l = shown();
        assertThat(l.at("/drawn/quantity").asLong()).isZero();
        assertThat(l.at("/drawn/value").asText()).isEqualTo("0");
        assertThat(l.at("/shipments/0/voided").asBoolean()).isTrue();
        assertThatThrownBy(() -> ShipmentVoid.run(url, "a", "again", "officer")).isInstanceOf(BadInput.class)
                .hasMessageContaining("already void");
    }

    @Test
    void licenses_export_and_import_round_trip() throws Exception {
        Path out = dir.resolve("licenses.json");
        assertThat(licenses.export(out)).isEqualTo(1);
        Licenses elsewhere = new Licenses(DATA, freshDatabaseUrl());
        assertThat(elsewhere.importFile(out, "officer")).isEqualTo(new Licenses.Imported(1, 0, 0));
        assertThat(elsewhere.importFile(out, "officer")).isEqualTo(new Licenses.Imported(0, 0, 1));
        assertThat(elsewhere.show("D2026-0001").stored().contentHash())
                .isEqualTo(licenses.show("D2026-0001").stored().contentHash());
    }

    @Test
    void many_threads_shipping_on_one_license_at_once_draw_exactly_its_limit() throws Exception {
        int limit = threads() * shipmentsPerThread() / 2;
        licenses.add(file("tight.yaml", LicenseFileTest.YAML.replace("D2026-0001", "TIGHT")
                .replace("quantity: 150", "quantity: " + limit).replace("    limits: {quantity: 100}\n", "")), "officer");
        ExecutorService pool = Executors.newFixedThreadPool(threads());
        List<Future<List<ShipOutcome>>> futures = new ArrayList<>();
        for (int t = 0; t < threads(); t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                List<ShipOutcome> out = new ArrayList<>();
                try (Ship.Session s = ship.open()) {
                    for (int i = 0; i < shipmentsPerThread(); i++) {
                        out.add(s.ship(request("t" + thread + "-" + i, "nvidia-h200-sxm-141gb", "CN", "2026-03-01", 1,
                                "10", CERTIFIED, "TIGHT"), "clerk"));
                    }
                }
                return out;
            }));
        }
        int accepted = 0;
        int refused = 0;
        for (var f : futures) {
            for (ShipOutcome o : f.get()) {
                if (o.status().equals("accepted")) accepted++;
                else {
                    assertThat(o.reasonCode()).isEqualTo("limit");
                    refused++;
                }
            }
        }
        pool.shutdown();
        assertThat(accepted).isEqualTo(limit);
        assertThat(refused).isEqualTo(threads() * shipmentsPerThread() - limit);
        JsonNode l = licenses.show("TIGHT").json();
        assertThat(l.at("/drawn/quantity").asLong()).isEqualTo(limit);
        assertThat(l.at("/remaining/quantity").asLong()).isZero();
        assertThat(count("SELECT COUNT(*) FROM shipment WHERE license_number = 'TIGHT'"))
                .isEqualTo((long) threads() * shipmentsPerThread());
        assertThat(AuditLog.verify(url, null).intact()).isTrue();
    }

    static ShipRequest nac(String key, String confirmation, String notified) {
        return new ShipRequest(key, new ShipmentFields(null, "nvidia-l40", "2", "CN", "Example Cloud Ltd.", null, null,
                null, null, null, null, null, null, "2026-03-01"), ShipmentScreening.Ids.DERIVED, null,
                confirmation == null && notified == null && key.equals("none") ? null : "NAC", confirmation, notified,
                null, List.of(), null);
    }

    @Test
    void an_exception_the_decision_offers_is_recorded_with_its_notification_and_draws_nothing() {
        ShipOutcome none = ship.ship(nac("none", null, null), "clerk");
        assertThat(none.json().get("verdict").asText()).isEqualTo("LICENSE_EXCEPTION_AVAILABLE");
        assertThat(none.reasonCode()).isEqualTo("authorization_required");
        assertThat(ship.ship(nac("n1", null, null), "clerk").reasonCode()).isEqualTo("notification_required");
        ShipOutcome used = ship.ship(nac("n2", "A123456", "2026-01-20"), "clerk");
        assertThat(used.status()).isEqualTo("accepted");
        assertThat(used.json().get("exception").asText()).isEqualTo("NAC");
        assertThat(used.json().get("drawn").isNull()).isTrue();
        ShipRequest hbm = new ShipRequest("h1", nac("x", "A1", "2026-01-20").fields(), ShipmentScreening.Ids.DERIVED,
                null, "HBM", null, null, null, List.of(), null);
        assertThat(ship.ship(hbm, "clerk").reasonCode()).isEqualTo("exception_not_offered");
    }

    @Test
    void an_unadjudicated_entity_list_hit_holds_the_shipment_and_draws_nothing() {
        Ship screened = new Ship(DATA, List.of(), url, new Ship.Screening.InDatabase(), 100_000, f -> "--" + f);
        ShipmentFields fields = new ShipmentFields(null, "nvidia-h200-sxm-141gb", "3", "CN",
                "Northwestern Polytechnical University", null, null, null, null, null, null, null, null, "2026-03-01");
        ShipRequest r = new ShipRequest("held-1", fields, ShipmentScreening.Ids.DERIVED, "D2026-0001", null, null, null,
                "100", CERTIFIED, null);
        ShipOutcome o = screened.ship(r, "clerk");
        assertThat(o.status()).isEqualTo("held");
        assertThat(o.reasonCode()).isEqualTo("unadjudicated_hit");
        assertThat(o.json().at("/reason/text").asText()).contains("EL:").contains("Northwestern Polytechnical University");
        assertThat(o.json().get("hold_id").asLong()).isPositive();
        assertThat(shown().at("/drawn/quantity").asLong()).isZero();
        ShipOutcome again = screened.ship(r, "clerk");
        assertThat(again.duplicate()).isTrue();
        assertThat(again.json().get("hold_id")).isEqualTo(o.json().get("hold_id"));
    }

    @Test
    void quotas_on_tpp_h100e_and_a_ratio_refuse_the_shipment_that_would_pass_them() {
        Quotas quotas = new Quotas(DATA, url);
        java.math.BigDecimal tpp = new org.clearance.app.Classify(DATA).classify("nvidia-h200-sxm-141gb",
                java.time.LocalDate.of(2026, 3, 1)).classification().metrics().get(org.clearance.classification.Metric.TPP);
        // room for exactly 5 H200s of TPP
        quotas.set("country:China", "2026", tpp.multiply(java.math.BigDecimal.valueOf(5)).toPlainString(), null, null,
                null, "officer");
        assertThat(ship.ship(request("q1", "CN", 3, "1", CERTIFIED), "clerk").status()).isEqualTo("accepted");
        ShipOutcome over = ship.ship(request("q2", "CN", 3, "1", CERTIFIED), "clerk");
        assertThat(over.reasonCode()).isEqualTo("quota");
        assertThat(over.json().at("/reason/limit").asText()).isEqualTo("quota:country:CN/2026/tpp");
        assertThat(new java.math.BigDecimal(over.json().at("/reason/remaining").asText()))
                .isEqualByComparingTo(tpp.multiply(java.math.BigDecimal.valueOf(2)));
        // the license drew nothing for the refused one
        assertThat(shown().at("/drawn/quantity").asLong()).isEqualTo(3);
        ShipOutcome two = ship.ship(request("q3", "CN", 2, "1", CERTIFIED), "clerk");
        assertThat(two.status()).isEqualTo("accepted");
        assertThat(two.json().at("/remaining/quotas/quota:country:CN~12026~1tpp").asText()).isEqualTo("0");

        // H100-equivalents by consignee, on another license-free route: Germany needs no license
        quotas.set("consignee:DE-1", "2026-Q1", null, "1", null, null, "officer");
        ShipmentFields de = new ShipmentFields(null, "nvidia-h200-sxm-141gb", "2", "DE", null, null, null, null,
                "Berlin GmbH", null, null, null, null, "2026-03-01");
        ShipOutcome h = ship.ship(new ShipRequest("h1", de, new ShipmentScreening.Ids(null, "DE-1", null), null, null,
                null, null, null, List.of(), null), "clerk");
        assertThat(h.reasonCode()).isEqualTo("quota");
        assertThat(h.json().at("/reason/limit").asText()).isEqualTo("quota:consignee:DE-1/2026-Q1/h100e");

        // a ratio: units to Germany at most half those to the United States in 2026 (both need no license)
        quotas.set("country:DE", "2026", null, null, "0.5", "country:US", "officer");
        assertThat(ship.ship(request("d1", "nvidia-h200-sxm-141gb", "DE", "2026-03-01", 1, null, List.of(), null),
                "clerk").reasonCode()).isEqualTo("quota");
        assertThat(ship.ship(request("us1", "nvidia-h200-sxm-141gb", "US", "2026-03-01", 4, null, List.of(), null),
                "clerk").status()).isEqualTo("accepted");
        assertThat(ship.ship(request("d2", "nvidia-h200-sxm-141gb", "DE", "2026-03-01", 2, null, List.of(), null),
                "clerk").status()).isEqualTo("accepted");
        assertThat(ship.ship(request("d3", "nvidia-h200-sxm-141gb", "DE", "2026-03-01", 1, null, List.of(), null),
                "clerk").json().at("/reason/limit").asText()).isEqualTo("quota:country:DE/2026/ratio");
        var ratio = quotas.all().stream().filter(q -> q.kind().equals("ratio")).findFirst().orElseThrow();
        assertThat(ratio.base()).isEqualByComparingTo("4");
        assertThat(ratio.drawn()).isEqualByComparingTo("2");
        assertThat(ratio.remaining()).isEqualByComparingTo("0");
        ShipmentVoid.run(url, "us1", "returned", "officer");
        assertThat(quotas.all().stream().filter(q -> q.kind().equals("ratio")).findFirst().orElseThrow().base())
                .isEqualByComparingTo("0");
        assertThatThrownBy(() -> quotas.set("country:CN", "2026", "1", null, null, null, "officer"))
                .isInstanceOf(BadInput.class).hasMessageContaining("below what has already been drawn");
    }

    @Test
    void remittance_owes_each_shipments_share_rounded_half_even_to_the_cent() {
        // 25% of 0.10 is 0.025 → 0.02 (half-even); of 0.30 is 0.075 → 0.08; of 1234.56 is 308.64
        ship.ship(request("r1", "CN", 1, "0.10", CERTIFIED), "clerk");
        ship.ship(request("r2", "CN", 1, "0.30", CERTIFIED), "clerk");
        ship.ship(request("r3", "nvidia-h200-sxm-141gb", "CN", "2026-04-02", 1, "1234.56", CERTIFIED, "D2026-0001"), "clerk");
        ship.ship(request("r4", "CN", 1, "1000", CERTIFIED), "clerk");
        ShipmentVoid.run(url, "r4", "cancelled", "officer");
        Remittance.Report q1 = Remittance.of(DATA, url, "2026-Q1", null);
        JsonNode j = q1.json();
        assertThat(j.get("period").asText()).isEqualTo("2026-Q1");
        assertThat(j.at("/licenses/0/shipments")).hasSize(2);
        assertThat(j.at("/licenses/0/shipments/0/owed").asText()).isEqualTo("0.02");
        assertThat(j.at("/licenses/0/shipments/1/owed").asText()).isEqualTo("0.08");
        assertThat(j.at("/licenses/0/value").asText()).isEqualTo("0.40");
        assertThat(j.at("/licenses/0/percent").asText()).isEqualTo("25");
        assertThat(j.at("/licenses/0/owed").asText()).isEqualTo("0.10");
        assertThat(j.get("total_owed").asText()).isEqualTo("0.10");
        assertThat(Remittance.of(DATA, url, "2026", null).json().get("total_owed").asText()).isEqualTo("308.74");
        assertThat(Remittance.of(DATA, url, "2026-Q3", null).json().get("total_owed").asText()).isEqualTo("0.00");
        assertThat(Remittance.of(DATA, url, "2026", "Someone Else").json().get("licenses")).isEmpty();
        assertThatThrownBy(() -> Remittance.of(DATA, url, "2026-Q5", null)).isInstanceOf(BadInput.class)
                .hasMessageContaining("--period");
    }

    @Test
    void a_batch_ships_every_line_in_order_and_a_rerun_returns_the_first_outcomes() throws Exception {
        String csv = "idempotency_key,item,quantity,destination,date,license,value,certified\n"
                + "b1,nvidia-h200-sxm-141gb,60,CN,2026-03-01,D2026-0001,100,us-supply;third-party-testing\n"
                + "b2,nvidia-h200-sxm-141gb,60,CN,2026-03-01,D2026-0001,100,us-supply;third-party-testing\n"
                + "\n"
                + "b3,nvidia-h200-sxm-141gb,-1,CN,2026-03-01,D2026-0001,100,us-supply\n"
                + "b4,nvidia-h200-sxm-141gb,1,CN,2026-03-01,D2026-0001,100,us-supply\n";
        Ship batchShip = new Ship(DATA, List.of(), url, new Ship.Screening.NotScreened("test"), 7, f -> f);
        for (int run = 0; run < 2; run++) {
            var out = new java.io.ByteArrayOutputStream();
            ShipBatch.Summary s = new ShipBatch(batchShip, 1).run(new java.io.ByteArrayInputStream(
                    csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "in.csv", out, "clerk");
            List<JsonNode> lines = new ArrayList<>();
            for (String l : out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                lines.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(l));
            }
            assertThat(lines).extracting(l -> l.get("line").asInt()).containsExactly(2, 3, 5, 6);
            assertThat(lines).extracting(l -> l.get("status").asText())
                    .containsExactly("accepted", "refused", "error", "refused");
            assertThat(lines.get(1).at("/reason/code").asText()).isEqualTo("limit");
            assertThat(lines.get(2).get("error").asText()).contains("in.csv: line 5").contains("quantity");
            assertThat(lines.get(3).at("/reason/code").asText()).isEqualTo("certification_missing");
            assertThat(s.duplicates()).isEqualTo(run == 0 ? 0 : 3);
            assertThat(s.errors()).isEqualTo(1);
        }
        assertThat(shown().at("/drawn/quantity").asLong()).isEqualTo(60);
    }
}

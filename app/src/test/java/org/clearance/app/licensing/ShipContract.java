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
}

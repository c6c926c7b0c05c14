package org.clearance.ledger.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.clearance.ledger.Ledger;
import org.clearance.ledger.audit.AuditEvent;
import org.clearance.ledger.audit.AuditKinds;
import org.clearance.ledger.audit.AuditReader;
import org.clearance.ledger.audit.AuditTrail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Depletion and idempotency in the ledger itself, on H2 (unit test) and PostgreSQL (integration test). */
abstract class ShipmentLedgerContract {

    static final ObjectMapper JSON = new ObjectMapper();
    protected String url;
    private Ledger ledger;

    protected abstract String freshDatabaseUrl() throws Exception;

    protected int writers() {
        return 8;
    }

    protected int shipmentsPerWriter() {
        return 150;
    }

    @BeforeEach
    void open() throws Exception {
        url = freshDatabaseUrl();
        ledger = Ledger.open(url);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    void license(String number, Map<String, Map<String, BigDecimal>> limits) {
        new LicenseStore(ledger.connection()).add(new LicenseStore.NewVersion(number, "Holder", "{}", "0".repeat(64),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), limits, "test", null, "2026-01-01T00:00:00.000000Z"),
                "active");
    }

    static ShipmentLedger.NewShipment row(String key, String hash) {
        return new ShipmentLedger.NewShipment(key, hash, "accepted", null, "LICENSE_REQUIRED", "L1", null, "item", 1,
                null, null, "CN", LocalDate.of(2026, 3, 1), "test", "2026-03-01T00:00:00.000000Z", null);
    }

    static ShipmentLedger.Recorded ship(Ledger l, String key, List<ShipmentLedger.Draw> draws) {
        return new ShipmentLedger(l.connection()).record(row(key, "h-" + key), draws, (remaining, hold) ->
                new ShipmentLedger.Written("{\"key\":\"" + key + "\"}", new AuditEvent(AuditKinds.SHIPMENT, "test",
                        JSON.createObjectNode().put("key", key))));
    }

    static ShipmentLedger.Draw draw(String kind, long amount) {
        return new ShipmentLedger.Draw("L1", "", kind, BigDecimal.valueOf(amount));
    }

    @Test
    void many_writers_at_once_draw_exactly_up_to_the_limit_and_never_past_it() throws Exception {
        int limit = writers() * shipmentsPerWriter() / 2;   // demand is twice the limit
        license("L1", Map.of("", Map.of("quantity", BigDecimal.valueOf(limit), "value", BigDecimal.valueOf(10L * limit))));
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger shortOf = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers());
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers(); w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                try (Ledger l = Ledger.open(url)) {
                    for (int i = 0; i < shipmentsPerWriter(); i++) {
                        var r = ship(l, "w" + writer + "-" + i, List.of(draw("value", 10), draw("quantity", 1)));
                        if (r instanceof ShipmentLedger.Recorded.New) accepted.incrementAndGet();
                        else if (r instanceof ShipmentLedger.Recorded.Short s) {
                            assertThat(s.remaining().signum()).isGreaterThanOrEqualTo(0);
                            shortOf.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) f.get();
        pool.shutdown();
        var limits = new LicenseStore(ledger.connection()).limits("L1");
        assertThat(limits).extracting(LicenseStore.Limit::remaining).allMatch(r -> r.signum() == 0);
        assertThat(accepted.get()).isEqualTo(limit);
        assertThat(shortOf.get()).isEqualTo(writers() * shipmentsPerWriter() - limit);
        try (var s = ledger.connection().createStatement();
             var rs = s.executeQuery("SELECT COUNT(*), SUM(d.amount) FROM shipment_draw d WHERE d.kind = 'quantity'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(limit);
            assertThat(rs.getBigDecimal(2).intValue()).isEqualTo(limit);
        }
        assertThat(new AuditReader(ledger.connection()).verify(null).rows()).isEqualTo(limit);
    }

    @Test
    void one_key_sent_by_many_writers_at_once_is_recorded_and_drawn_once() throws Exception {
        license("L1", Map.of("", Map.of("quantity", BigDecimal.valueOf(1000))));
        int senders = Math.min(writers(), 12);   // each opens (and migrates) a connection of its own at once
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<Future<ShipmentLedger.Recorded>> done = new ArrayList<>();
        for (int w = 0; w < senders; w++) {
            done.add(pool.submit(() -> {
                try (Ledger l = Ledger.open(url)) {
                    return ship(l, "same", List.of(draw("quantity", 7)));
                }
            }));
        }
        int fresh = 0;
        for (Future<ShipmentLedger.Recorded> f : done) {
            var r = f.get();
            if (r instanceof ShipmentLedger.Recorded.New) fresh++;
            else assertThat(r).isInstanceOf(ShipmentLedger.Recorded.Existing.class);
        }
        pool.shutdown();
        assertThat(fresh).isEqualTo(1);
        assertThat(new LicenseStore(ledger.connection()).limits("L1").get(0).drawn()).isEqualByComparingTo("7");
    }

    @Test
    void a_shipment_that_would_pass_one_limit_draws_on_none() {
        license("L1", Map.of("", Map.of("quantity", BigDecimal.valueOf(10), "value", BigDecimal.valueOf(100)),
                "catalog_id:x", Map.of("quantity", BigDecimal.valueOf(5))));
        var r = ship(ledger, "a", List.of(draw("quantity", 6), draw("value", 50),
                new ShipmentLedger.Draw("L1", "catalog_id:x", "quantity", BigDecimal.valueOf(6))));
        assertThat(r).isInstanceOfSatisfying(ShipmentLedger.Recorded.Short.class, s -> {
            assertThat(s.draw().scope()).isEqualTo("catalog_id:x");
            assertThat(s.remaining()).isEqualByComparingTo("5");
        });
        assertThat(new LicenseStore(ledger.connection()).limits("L1")).allMatch(l -> l.drawn().signum() == 0);
        assertThat(new ShipmentLedger(ledger.connection()).byKey("a")).isEmpty();
    }

    @Test
    void a_void_puts_back_exactly_what_was_drawn_once() {
        license("L1", Map.of("", Map.of("quantity", BigDecimal.valueOf(10))));
        ship(ledger, "a", List.of(draw("quantity", 4)));
        ship(ledger, "b", List.of(draw("quantity", 3)));
        ShipmentLedger shipments = new ShipmentLedger(ledger.connection());
        var audit = (java.util.function.Function<ShipmentLedger.Stored, AuditEvent>) s ->
                new AuditEvent(AuditKinds.SHIPMENT_VOID, "test", JSON.createObjectNode().put("key", s.key()));
        assertThat(shipments.voidShipment("a", "officer", "cancelled", "2026-03-02T00:00:00.000000Z", audit)).isNull();
        assertThat(shipments.voidShipment("a", "officer", "again", "2026-03-02T00:00:00.000000Z", audit))
                .isEqualTo(ShipmentLedger.VoidRefusal.ALREADY_VOIDED);
        assertThat(shipments.voidShipment("zzz", "officer", "?", "2026-03-02T00:00:00.000000Z", audit))
                .isEqualTo(ShipmentLedger.VoidRefusal.UNKNOWN);
        assertThat(new LicenseStore(ledger.connection()).limits("L1").get(0).drawn()).isEqualByComparingTo("3");
        var a = shipments.byKey("a").orElseThrow();
        assertThat(a.voided()).isTrue();
        assertThat(a.voidReason()).isEqualTo("cancelled");
        new AuditTrail(ledger.connection()).chain();
        assertThat(new AuditReader(ledger.connection()).verify(null).rows()).isEqualTo(3);
    }
}

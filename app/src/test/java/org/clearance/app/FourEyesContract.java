package org.clearance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.clearance.app.json.Json;
import org.clearance.ledger.Ledger;
import org.clearance.ledger.approvals.ApprovalRequest;
import org.clearance.ledger.audit.AuditKinds;
import org.junit.jupiter.api.Test;

/**
 * The four-eyes states as any subject uses them (here a held shipment's release, the way the holds use it): pending →
 * approved by a second person | rejected, one transaction per step with its effect and audit row. Embedded H2
 * ({@link FourEyesH2Test}) and PostgreSQL ({@link FourEyesPostgresIT}).
 */
abstract class FourEyesContract {

    static final FourEyes.Subject HOLD = new FourEyes.Subject("hold", AuditKinds.HOLD_RELEASE_REQUEST,
            AuditKinds.HOLD_APPROVE, AuditKinds.HOLD_REJECT);

    /** A JDBC URL to an empty database of the test's own. */
    protected abstract String freshDatabaseUrl() throws Exception;

    private static ObjectNode what(String text) {
        return Json.object().put("release", text);
    }

    private static List<String> kinds(Ledger ledger) throws Exception {
        List<String> out = new ArrayList<>();
        new org.clearance.ledger.audit.AuditTrail(ledger.connection()).chain();
        try (Statement s = ledger.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT e.kind, e.actor FROM audit_chain c JOIN audit_event e "
                     + "ON e.id = c.event_id ORDER BY c.seq")) {
            while (rs.next()) out.add(rs.getString(1) + " by " + rs.getString(2));
        }
        return out;
    }

    @Test
    void a_request_takes_effect_only_when_a_second_person_approves_it() throws Exception {
        try (Ledger ledger = Ledger.open(freshDatabaseUrl())) {
            FourEyes eyes = new FourEyes(ledger, HOLD);
            ApprovalRequest r = eyes.request("H-1", what("shipment 17"), "A. Officer", "hit cleared by phone");
            assertThat(r.pending()).isTrue();
            assertThat(eyes.pending()).extracting(ApprovalRequest::id).containsExactly(r.id());

            AtomicInteger effects = new AtomicInteger();
            assertThatThrownBy(() -> eyes.approve(r.id(), "a.  OFFICER ", q -> {
                effects.incrementAndGet();
                return Json.object();
            })).isInstanceOf(FourEyes.Refused.class).hasMessageContaining("a second person must approve it");
            assertThat(effects).hasValue(0);

            ApprovalRequest done = eyes.approve(r.id(), "B. Officer", q -> {
                effects.incrementAndGet();
                assertThat(q.requestedBy()).isEqualTo("A. Officer");
                return Json.object().put("released", true);
            });
            assertThat(effects).hasValue(1);
            assertThat(done.status()).isEqualTo(ApprovalRequest.Status.APPROVED);
            assertThat(done.decidedBy()).isEqualTo("B. Officer");
            assertThat(eyes.pending()).isEmpty();
            assertThatThrownBy(() -> eyes.approve(r.id(), "C. Officer", q -> Json.object()))
                    .isInstanceOf(FourEyes.Refused.class).hasMessageContaining("no longer pending: approved by B. Officer");
            assertThatThrownBy(() -> eyes.reject(r.id(), "C. Officer", "too late"))
                    .isInstanceOf(FourEyes.Refused.class);
            assertThat(kinds(ledger)).containsExactly("hold.release.request by A. Officer", "hold.approve by B. Officer");
        }
    }

    @Test
    void an_effect_that_fails_leaves_the_request_pending_and_records_nothing() throws Exception {
        try (Ledger ledger = Ledger.open(freshDatabaseUrl())) {
            FourEyes eyes = new FourEyes(ledger, HOLD);
            ApprovalRequest r = eyes.request("H-2", what("shipment 18"), "A. Officer", "cleared");
            assertThatThrownBy(() -> eyes.approve(r.id(), "B. Officer", q -> {
                try (Statement s = ledger.connection().createStatement()) {
                    s.execute("INSERT INTO audit_head (id, seq, hash) VALUES (2, 0, 'x')");   // a write that rolls back
                }
                throw new FourEyes.Refused("the license has no balance left");
            })).isInstanceOf(FourEyes.Refused.class).hasMessageContaining("no balance");
            assertThat(eyes.find(r.id())).hasValueSatisfying(q -> assertThat(q.pending()).isTrue());
            try (Statement s = ledger.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_head")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the effect's write was rolled back").isEqualTo(1);
            }
            assertThat(kinds(ledger)).containsExactly("hold.release.request by A. Officer");
        }
    }

    @Test
    void one_request_at_a_time_per_thing_and_the_requester_may_withdraw_by_rejecting() throws Exception {
        try (Ledger ledger = Ledger.open(freshDatabaseUrl())) {
            FourEyes eyes = new FourEyes(ledger, HOLD);
            ApprovalRequest r = eyes.request("H-3", what("x"), "A. Officer", "cleared");
            assertThatThrownBy(() -> eyes.request("H-3", what("y"), "C. Officer", "again"))
                    .isInstanceOf(FourEyes.Refused.class).hasMessageContaining("request " + r.id());
            assertThatThrownBy(() -> eyes.request("H-4", what("y"), " ", "why")).isInstanceOf(BadInput.class);
            assertThatThrownBy(() -> eyes.reject(r.id(), "A. Officer", " ")).isInstanceOf(BadInput.class);
            assertThatThrownBy(() -> eyes.approve(r.id() + 1000, "B. Officer", q -> Json.object()))
                    .isInstanceOf(BadInput.class).hasMessageContaining("no hold request");
            assertThatThrownBy(() -> new FourEyes(ledger, FourEyes.ADJUDICATION).approve(r.id(), "B. Officer",
                    q -> Json.object())).as("a request of another subject").isInstanceOf(BadInput.class);
            ApprovalRequest withdrawn = eyes.reject(r.id(), "A. Officer", "asked too soon");
            assertThat(withdrawn.status()).isEqualTo(ApprovalRequest.Status.REJECTED);
            assertThat(withdrawn.decisionReason()).isEqualTo("asked too soon");
            ApprovalRequest next = eyes.request("H-3", what("z"), "C. Officer", "now cleared");
            assertThat(next.id()).isNotEqualTo(r.id());
            assertThat(kinds(ledger)).containsExactly("hold.release.request by A. Officer", "hold.reject by A. Officer",
                    "hold.release.request by C. Officer");
        }
    }

    @Test
    void of_many_approvers_at_once_on_their_own_connections_exactly_one_makes_it_effective() throws Exception {
        String url = freshDatabaseUrl();
        long id;
        // One Ledger keeps the database open (and migrated); the approvers race on plain connections of their own, as
        // a server's pool would give them (several Ledgers of one embedded file in one JVM wait for each other to close).
        Ledger keeper = Ledger.open(url);
        id = new FourEyes(keeper, HOLD).request("H-5", what("x"), "A. Officer", "cleared").id();
        String shared = url;
        int approvers = 6;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger effects = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(approvers);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < approvers; i++) {
            String by = "Officer " + i;
            Callable<String> task = () -> {
                try (java.sql.Connection c = java.sql.DriverManager.getConnection(shared)) {
                    start.await();
                    new FourEyes(c, HOLD).approve(id, by, q -> {
                        effects.incrementAndGet();
                        return Json.object();
                    });
                    return "approved";
                } catch (FourEyes.Refused e) {
                    return "refused";
                }
            };
            results.add(pool.submit(task));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) outcomes.add(f.get());
        pool.shutdown();
        assertThat(outcomes).filteredOn("approved"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("refused"::equals).hasSize(approvers - 1);
        try (keeper) {
            assertThat(kinds(keeper)).filteredOn(k -> k.startsWith("hold.approve")).hasSize(1);
        }
        assertThat(effects).as("the state changes first: a loser never runs the effect").hasValue(1);
    }
}

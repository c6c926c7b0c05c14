package org.clearance.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clearance.app.json.Json;
import org.clearance.ledger.Ledger;
import org.clearance.ledger.LedgerException;
import org.clearance.ledger.approvals.ApprovalRequest;
import org.clearance.ledger.approvals.ApprovalStore;
import org.clearance.ledger.audit.AuditEvent;
import org.clearance.ledger.audit.AuditKinds;
import org.clearance.ledger.audit.AuditTrail;

/**
 * Four eyes: a step one person requests and a second, different person approves or rejects (docs/ledger.md, "Four
 * eyes"). The states are pending → approved | rejected, nothing else; each step is one transaction holding the state
 * change, the step's effect and its audit row, so no interface (the command line, a server) can skip a state or leave
 * half a step. Used for clearing an SDN, Entity List, MEU or DPL hit as no-match ({@link #ADJUDICATION}) and for
 * releasing held shipments.
 */
public final class FourEyes {

    /** What is approved, and the audit kinds its three steps are recorded under. */
    public record Subject(String name, String requestKind, String approveKind, String rejectKind) {
    }

    /** Clearing a hit as no-match on a list that needs a second officer. */
    public static final Subject ADJUDICATION = new Subject("adjudication", AuditKinds.ADJUDICATION_REQUEST,
            AuditKinds.ADJUDICATION_APPROVE, AuditKinds.ADJUDICATION_REJECT);

    /**
     * A step refused by the four-eyes rules (the requester approving their own request, a request no longer pending,
     * a second request for something already pending): not bad input, a refusal. The command line exits 3.
     */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    /** What approval makes effective, run inside the approval's transaction; returns the outcome to record. */
    @FunctionalInterface
    public interface Effect {
        JsonNode apply(ApprovalRequest request) throws SQLException;
    }

    private final Connection connection;
    private final Subject subject;
    private final ApprovalStore store;

    public FourEyes(Ledger ledger, Subject subject) {
        this(ledger.connection(), subject);
    }

    /** On any connection to a migrated database (a server's pooled one); it must not be inside a transaction. */
    public FourEyes(Connection connection, Subject subject) {
        this.connection = connection;
        this.subject = subject;
        this.store = new ApprovalStore(connection);
    }

    /** Records a pending request by {@code by}; refused while another request for the same {@code ref} is pending. */
    public ApprovalRequest request(String ref, ObjectNode what, String by, String reason) {
        String actor = required(by, "--by", "say who asks");
        String why = required(reason, "--reason", "say why");
        return step(() -> {
            ApprovalRequest r = store.insert(subject.name(), ref, Json.compact(what), why, actor).orElseThrow(() -> {
                ApprovalRequest other = store.pendingFor(subject.name(), ref).orElse(null);
                return new Refused(other == null ? "a request for " + ref + " is already pending"
                        : "request " + other.id() + " for " + ref + " by " + other.requestedBy() + " is already pending: "
                        + "approve or reject it first");
            });
            ObjectNode p = AuditLog.payload(null);
            p.put("request", r.id()).put("subject", subject.name()).put("ref", ref).put("reason", why);
            p.set("what", what);
            append(subject.requestKind(), actor, p);
            return r;
        });
    }

    /**
     * Approves a pending request by a second person and makes it effective with {@code effect}, all in one
     * transaction: if the effect refuses or fails, the request stays pending and nothing is recorded.
     */
    public ApprovalRequest approve(long id, String by, Effect effect) {
        String actor = required(by, "--by", "say who approves");
        ApprovalRequest r = decidable(id, actor, "approve");
        return step(() -> {
            if (!store.close(id, ApprovalRequest.Status.APPROVED, actor, null)) throw decidedMeanwhile(id);
            JsonNode outcome = effect.apply(r);
            ObjectNode p = AuditLog.payload(null);
            p.put("request", id).put("subject", subject.name()).put("ref", r.ref()).put("requested_by", r.requestedBy());
            p.set("outcome", outcome);
            append(subject.approveKind(), actor, p);
            return store.find(id).orElseThrow();
        });
    }

    /**
     * Rejects a pending request: nothing of it takes effect. The requester may withdraw their own request this way
     * (only approval needs a second person).
     */
    public ApprovalRequest reject(long id, String by, String reason) {
        String actor = required(by, "--by", "say who rejects");
        String why = required(reason, "--reason", "say why");
        ApprovalRequest r = find(id).orElseThrow(() -> unknown(id));
        if (!r.pending()) throw notPending(r);
        return step(() -> {
            if (!store.close(id, ApprovalRequest.Status.REJECTED, actor, why)) throw decidedMeanwhile(id);
            ObjectNode p = AuditLog.payload(null);
            p.put("request", id).put("subject", subject.name()).put("ref", r.ref()).put("requested_by", r.requestedBy())
                    .put("reason", why);
            append(subject.rejectKind(), actor, p);
            return store.find(id).orElseThrow();
        });
    }

    /** A request of this subject by id. */
    public Optional<ApprovalRequest> find(long id) {
        return store.find(id).filter(r -> r.subject().equals(subject.name()));
    }

    /** The pending requests of this subject, oldest first. */
    public List<ApprovalRequest> pending() {
        return store.pending(subject.name());
    }

    /** Every request of this subject, newest first. */
    public List<ApprovalRequest> all() {
        return store.all(subject.name());
    }

    /**
     * Whether two names are the same person for the four-eyes rule: equal after stripping, collapsing runs of
     * whitespace and case folding ("A. Officer" and "a.  officer" are one person).
     */
    public static boolean samePerson(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private ApprovalRequest decidable(long id, String actor, String verb) {
        ApprovalRequest r = find(id).orElseThrow(() -> unknown(id));
        if (!r.pending()) throw notPending(r);
        if (samePerson(r.requestedBy(), actor)) {
            throw new Refused("request " + id + " was made by " + r.requestedBy() + ": a second person must " + verb
                    + " it (four eyes), not " + actor);
        }
        return r;
    }

    private BadInput unknown(long id) {
        return new BadInput("no " + subject.name() + " request " + id + " (see the pending ones with the list command)");
    }

    private static Refused notPending(ApprovalRequest r) {
        return new Refused("request " + r.id() + " is no longer pending: " + r.status().code() + " by " + r.decidedBy()
                + " at " + r.decidedAt());
    }

    private static Refused decidedMeanwhile(long id) {
        return new Refused("request " + id + " was decided by someone else at the same moment; see it listed");
    }

    private static String required(String value, String option, String what) {
        if (value == null || value.isBlank()) throw new BadInput(option + ": " + what);
        return value.strip();
    }

    private void append(String kind, String actor, ObjectNode payload) {
        new AuditTrail(connection).append(new AuditEvent(kind, actor, payload));
    }

    private interface Step<T> {
        T run() throws SQLException;
    }

    /** Runs a step in one transaction, then chains the audit row it appended. */
    private <T> T step(Step<T> work) {
        Connection c = connection;
        T result;
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                result = work.run();
                c.commit();
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot record the " + subject.name() + " step: " + e.getMessage(), e);
        }
        new AuditTrail(c).chain();
        return result;
    }
}

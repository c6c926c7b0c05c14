package org.clearance.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clearance.app.json.Json;
import org.clearance.app.json.ScreeningJson;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.approvals.ApprovalRequest;
import org.clearance.ledger.audit.AuditKinds;
import org.clearance.ledger.parties.Adjudication;
import org.clearance.ledger.parties.AdjudicationRefusedException;
import org.clearance.ledger.parties.PartyScreening;
import org.clearance.screening.list.ListCode;

/**
 * An officer's decisions on kept parties: recording one (a no-match suppresses the pair until the listing changes; a
 * match is final) and listing them with the status each has now. Clearing a hit on the SDN, Entity List, MEU or DPL
 * as no-match takes four eyes ({@link FourEyes}): the first officer's decision is a pending request, which suppresses
 * nothing until a second officer approves it. Every step is recorded in the audit trail.
 */
public final class Adjudicate {

    /** The lists on which a no-match needs a second officer: the lists whose hits stop or restrict a shipment. */
    public static final Set<String> FOUR_EYES_LISTS = Set.of("SDN", "EL", "MEU", "DPL");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Adjudicate() {
    }

    /** What {@link #decide} did: recorded the decision, or recorded a request for a second officer to approve. */
    public sealed interface Outcome {
        ObjectNode json();
    }

    /** A decision in force at once (a match, or a no-match on a list that needs no second officer). */
    public record Recorded(Adjudication adjudication) implements Outcome {
        public ObjectNode json() {
            return adjudicationJson(adjudication);
        }
    }

    /** A no-match waiting for a second officer. */
    public record Requested(Request request) implements Outcome {
        public ObjectNode json() {
            return request.json();
        }
    }

    /** A no-match request with what it is about: the party, the listed entry and its content hash when asked. */
    public record Request(ApprovalRequest approval, String partyId, String entry, String entryName, String decision,
                          String entryHash) {

        static Request of(ApprovalRequest r) {
            JsonNode what = what(r);
            return new Request(r, what.get("party_id").asText(), what.get("entry").asText(),
                    what.get("entry_name").asText(), what.get("decision").asText(), what.get("entry_hash").asText());
        }

        public long id() {
            return approval.id();
        }

        /** request, party_id, entry, entry_name, decision, reason, requested_by/at, entry_hash, status, decided_by/at, decision_reason. */
        public ObjectNode json() {
            ObjectNode o = Json.object();
            o.put("request", approval.id());
            o.put("party_id", partyId);
            o.put("entry", entry);
            o.put("entry_name", entryName);
            o.put("decision", decision);
            o.put("reason", approval.reason());
            o.put("requested_by", approval.requestedBy());
            o.put("requested_at", approval.requestedAt().toString());
            o.put("entry_hash", entryHash);
            o.put("status", approval.status().code());
            o.put("decided_by", approval.decidedBy());
            o.put("decided_at", approval.decidedAt() == null ? null : approval.decidedAt().toString());
            o.put("decision_reason", approval.decisionReason());
            return o;
        }
    }

    /** An adjudication and its status now: in-force, superseded, lapsed or delisted. */
    public record Listed(Adjudication adjudication, String status) {
        public ObjectNode json() {
            ObjectNode o = adjudicationJson(adjudication);
            o.put("status", status);
            return o;
        }
    }

    /** A decision by its code: match or no-match. */
    public static Adjudication.Decision decision(String code) {
        try {
            return Adjudication.Decision.of(code);
        } catch (IllegalArgumentException e) {
            throw new BadInput("--decision: " + e.getMessage());
        }
    }

    /** Whether a decision on an entry of {@code list} takes four eyes. */
    public static boolean needsFourEyes(String list, Adjudication.Decision d) {
        return d == Adjudication.Decision.NO_MATCH && FOUR_EYES_LISTS.contains(new ListCode(list).code());
    }

    /**
     * Decides on a pair, recording it and its audit row: in force at once, or, for a no-match on the SDN, Entity
     * List, MEU or DPL, a pending request. Bad input (an unknown party or entry, a final match) is {@link BadInput};
     * a second request while one is pending is {@link FourEyes.Refused}.
     */
    public static Outcome decide(ScreeningService service, String party, String entry, Adjudication.Decision d,
                                 String reason, String by) {
        PartyScreening parties = new PartyScreening(service);
        PartyScreening.Resolved r = BadInput.from(() -> parties.resolve(party, entry, d, reason, by));
        if (needsFourEyes(r.list().code(), d)) {
            ObjectNode what = Json.object();
            what.put("party_id", r.partyId()).put("entry", r.entry()).put("entry_name", r.entryName())
                    .put("decision", d.code()).put("entry_hash", r.entryHash()).put("list_version", r.versionId());
            return new Requested(Request.of(new FourEyes(service.ledger(), FourEyes.ADJUDICATION)
                    .request(ref(r.partyId(), r.entry()), what, r.by(), r.reason())));
        }
        Adjudication a = parties.record(r, null, null);
        AuditLog.record(service.ledger(), AuditKinds.ADJUDICATION, AuditLog.actor(by), AuditPayloads.adjudication(a));
        return new Recorded(a);
    }

    /**
     * Approves a pending no-match by a second officer: the adjudication takes effect, naming both. Refused
     * ({@link FourEyes.Refused}) for the requester, a request no longer pending, a pair adjudicated a match since, and
     * a listing that changed since the request (reject it and request again on the new listing).
     */
    public static Adjudication approve(ScreeningService service, long requestId, String by) {
        PartyScreening parties = new PartyScreening(service);
        Adjudication[] made = new Adjudication[1];
        new FourEyes(service.ledger(), FourEyes.ADJUDICATION).approve(requestId, by, request -> {
            JsonNode what = what(request);
            PartyScreening.Resolved now;
            try {
                now = parties.resolve(what.get("party_id").asText(), what.get("entry").asText(),
                        Adjudication.Decision.of(what.get("decision").asText()), request.reason(), request.requestedBy());
            } catch (AdjudicationRefusedException e) {
                throw new FourEyes.Refused("request " + request.id() + " cannot take effect: " + e.getMessage());
            }
            if (!now.entryHash().equals(what.get("entry_hash").asText())) {
                throw new FourEyes.Refused("the listing of " + now.entry() + " has changed since request "
                        + request.id() + " was made: reject it and decide again on the listing as it reads now");
            }
            made[0] = parties.record(now, request.id(), by.strip());
            return ScreeningJson.adjudication(made[0]);
        });
        return made[0];
    }

    /** Rejects a pending no-match: the hit stays. */
    public static Request reject(ScreeningService service, long requestId, String by, String reason) {
        return Request.of(new FourEyes(service.ledger(), FourEyes.ADJUDICATION).reject(requestId, by, reason));
    }

    /** Every adjudication (only {@code party}'s when given), newest first, with its status. */
    public static List<Listed> list(ScreeningService service, String party) {
        PartyScreening parties = new PartyScreening(service);
        Map<String, Adjudication> latest = parties.store().latestAdjudications(party);
        List<Listed> out = new ArrayList<>();
        for (Adjudication a : parties.store().adjudications(party)) out.add(new Listed(a, status(parties, a, latest)));
        return out;
    }

    /**
     * The requests not (yet) in force, newest first: pending, and with {@code rejectedToo} the rejected ones (an
     * approved request shows as its adjudication). Only {@code party}'s when given.
     */
    public static List<Request> requests(ScreeningService service, String party, boolean rejectedToo) {
        List<Request> out = new ArrayList<>();
        for (ApprovalRequest r : new FourEyes(service.ledger(), FourEyes.ADJUDICATION).all()) {
            if (r.status() == ApprovalRequest.Status.APPROVED || (!rejectedToo && !r.pending())) continue;
            Request q = Request.of(r);
            if (party == null || party.equals(q.partyId())) out.add(q);
        }
        return out;
    }

    /** Requests first (pending before they take effect), then the adjudications. */
    public static ArrayNode json(List<Request> requests, List<Listed> listed) {
        ArrayNode a = Json.array();
        requests.forEach(r -> a.add(r.json()));
        listed.forEach(l -> a.add(l.json()));
        return a;
    }

    /** An adjudication with the request that made it effective and its approver (null for a one-step decision). */
    public static ObjectNode adjudicationJson(Adjudication a) {
        return ScreeningJson.adjudication(a);
    }

    private static String ref(String party, String entry) {
        return party + " " + entry;
    }

    private static JsonNode what(ApprovalRequest r) {
        try {
            return JSON.readTree(r.payloadJson());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("request " + r.id() + " holds no readable JSON", e);
        }
    }

    private static String status(PartyScreening parties, Adjudication a, Map<String, Adjudication> latest) {
        if (latest.get(a.pairKey()).id() != a.id()) return "superseded";
        Optional<String> now = parties.screener().listingHash(new ListCode(a.list()), a.entityId());
        if (now.isEmpty()) return "delisted";
        if (a.decision() == Adjudication.Decision.NO_MATCH && !now.get().equals(a.entryHash())) return "lapsed";
        return "in-force";
    }
}

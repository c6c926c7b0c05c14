package org.clearance.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clearance.app.json.Json;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.parties.Adjudication;
import org.clearance.ledger.parties.Party;
import org.clearance.ledger.parties.PartyScreening;
import org.clearance.ledger.parties.StoredHit;

/**
 * The screening review queue: the kept parties' hits that wait for an officer's decision, i.e. with no adjudication in
 * force (never decided, or a "no match" whose listing has changed since) and no four-eyes request pending. The screened name is shown beside the
 * listed entry and the name it matched.
 */
public final class ReviewQueue {

    private ReviewQueue() {
    }

    /** A hit waiting for a decision: the party as kept, and the hit of its latest screening. */
    public record Pending(Party party, StoredHit hit, String why) {
        public String entry() {
            return hit.list() + ":" + hit.entityId();
        }

        public ObjectNode json() {
            ObjectNode o = Json.object();
            o.put("party_id", party.id());
            o.put("party_name", party.name());
            o.put("party_country", party.country());
            o.put("entry", entry());
            o.put("entry_name", hit.entryName());
            o.put("matched_name", hit.matchedName());
            o.put("score", hit.score());
            o.put("list_version", hit.versionId());
            o.put("why", why);
            return o;
        }
    }

    public static List<Pending> pending(ScreeningService service) {
        PartyScreening parties = new PartyScreening(service);
        Map<String, Adjudication> latest = parties.store().latestAdjudications(null);
        List<Pending> out = new ArrayList<>();
        Map<String, Party> byId = new java.util.HashMap<>();
        for (Party p : parties.store().all()) byId.put(p.id(), p);
        // a no-match waiting for a second officer is in the approvals, not in the queue
        java.util.Set<String> requested = new java.util.HashSet<>();
        for (Adjudicate.Request r : Adjudicate.requests(service, null, false)) requested.add(r.partyId() + " " + r.entry());
        for (Map.Entry<String, List<StoredHit>> e : parties.store().hits().entrySet()) {
            Party party = byId.get(e.getKey());
            if (party == null) continue;
            for (StoredHit h : e.getValue()) {
                if (requested.contains(party.id() + " " + h.list() + ":" + h.entityId())) continue;
                Adjudication a = latest.get(party.id() + "\u001f" + h.list() + "\u001f" + h.entityId());
                if (a == null) out.add(new Pending(party, h, "not yet decided"));
                else if (a.decision() == Adjudication.Decision.NO_MATCH && !a.entryHash().equals(h.entryHash())) {
                    out.add(new Pending(party, h, "the listing changed since it was decided not a match"));
                }
            }
        }
        return out;
    }

    public static ArrayNode json(List<Pending> pending) {
        ArrayNode a = Json.array();
        pending.forEach(p -> a.add(p.json()));
        return a;
    }
}

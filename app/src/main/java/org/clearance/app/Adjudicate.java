package org.clearance.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clearance.app.json.Json;
import org.clearance.app.json.ScreeningJson;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.parties.Adjudication;
import org.clearance.ledger.parties.PartyScreening;
import org.clearance.screening.list.ListCode;

/**
 * An officer's decisions on kept parties: recording one (a no-match suppresses the pair until the listing changes; a
 * match is final) and listing them with the status each has now.
 */
public final class Adjudicate {

    private Adjudicate() {
    }

    /** An adjudication and its status now: in-force, superseded, lapsed or delisted. */
    public record Listed(Adjudication adjudication, String status) {
        public ObjectNode json() {
            ObjectNode o = ScreeningJson.adjudication(adjudication);
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

    /** Records a decision; bad input (an unknown party or entry) is {@link BadInput}. */
    public static Adjudication record(ScreeningService service, String party, String entry, Adjudication.Decision d,
                                      String reason, String by) {
        PartyScreening parties = new PartyScreening(service);
        return BadInput.from(() -> parties.adjudicate(party, entry, d, reason, by));
    }

    /** Every adjudication (only {@code party}'s when given), newest first, with its status. */
    public static List<Listed> list(ScreeningService service, String party) {
        PartyScreening parties = new PartyScreening(service);
        Map<String, Adjudication> latest = parties.store().latestAdjudications(party);
        List<Listed> out = new ArrayList<>();
        for (Adjudication a : parties.store().adjudications(party)) out.add(new Listed(a, status(parties, a, latest)));
        return out;
    }

    public static ArrayNode json(List<Listed> listed) {
        ArrayNode a = Json.array();
        listed.forEach(l -> a.add(l.json()));
        return a;
    }

    private static String status(PartyScreening parties, Adjudication a, Map<String, Adjudication> latest) {
        if (latest.get(a.pairKey()).id() != a.id()) return "superseded";
        Optional<String> now = parties.screener().listingHash(new ListCode(a.list()), a.entityId());
        if (now.isEmpty()) return "delisted";
        if (a.decision() == Adjudication.Decision.NO_MATCH && !now.get().equals(a.entryHash())) return "lapsed";
        return "in-force";
    }
}

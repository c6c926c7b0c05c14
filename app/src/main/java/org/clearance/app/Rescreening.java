package org.clearance.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.clearance.app.json.Json;
import org.clearance.app.json.ScreeningJson;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.parties.PartyScreening;
import org.clearance.ledger.parties.Rescreen;

/**
 * Re-screens every kept party after list imports and reports only what the list changes did; the report's JSON and
 * its changes as JSON lines (one per change, for other systems).
 */
public final class Rescreening {

    private Rescreening() {
    }

    public static Rescreen.Report run(ScreeningService service) {
        return Rescreen.run(new PartyScreening(service));
    }

    /** One compact JSON line per change. */
    public static void writeChanges(Rescreen.Report r, Writer out) throws IOException {
        for (Rescreen.Change c : r.changes()) {
            out.write(Json.compact(change(c)));
            out.write('\n');
        }
    }

    public static ObjectNode json(Rescreen.Report r) {
        ObjectNode o = Json.object();
        ArrayNode feeds = Json.array();
        for (Rescreen.FeedStep f : r.feeds()) {
            ObjectNode s = Json.object();
            s.put("format", f.feed().code());
            if (f.from() == null) s.putNull("from_version");
            else s.put("from_version", f.from());
            s.put("to_version", f.to());
            s.put("up_to_date", f.upToDate());
            s.put("added", f.added());
            s.put("removed", f.removed());
            s.put("changed", f.changed());
            feeds.add(s);
        }
        o.set("feeds", feeds);
        o.put("parties_screened", r.partiesScreened());
        o.put("list_versions", r.listVersions());
        ArrayNode changes = Json.array();
        r.changes().forEach(c -> changes.add(change(c)));
        o.set("changes", changes);
        return o;
    }

    public static ObjectNode change(Rescreen.Change c) {
        ObjectNode o = Json.object();
        o.put("change", c.kind().code());
        o.put("party_id", c.party().id());
        o.put("party_name", c.party().name());
        o.put("party_country", c.party().country());
        o.put("list", c.list());
        o.put("entity_id", c.entityId());
        o.put("entry_name", c.entryName());
        o.put("format", c.feed().code());
        if (c.fromVersion() == null) o.putNull("from_version");
        else o.put("from_version", c.fromVersion());
        o.put("to_version", c.toVersion());
        o.set("fields", Json.strings(c.fields()));
        if (c.hit() != null) o.set("hit", ScreeningJson.hit(c.hit(), false));
        if (c.before() != null) {
            ObjectNode b = Json.object();
            b.put("matched_name", c.before().matchedName());
            b.put("score", c.before().score());
            b.put("list_version", c.before().versionId());
            o.set("before", b);
        }
        return o;
    }
}

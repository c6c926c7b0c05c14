package org.clearance.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.clearance.app.json.Json;
import org.clearance.ledger.lists.ListVersion;
import org.clearance.ledger.parties.Adjudication;
import org.clearance.ledger.parties.ScreenedHit;
import org.clearance.ledger.parties.Screened;
import org.clearance.screening.list.Address;
import org.clearance.screening.list.ListDiff;
import org.clearance.screening.list.ListEntry;
import org.clearance.screening.match.FeatureScore;
import org.clearance.screening.match.ScreeningHit;
import org.clearance.screening.match.ScreeningResult;
import org.clearance.screening.match.Thresholds;

/** The wire format of screening answers, list versions and list diffs. */
public final class ScreeningJson {
    private ScreeningJson() {
    }

    /** The answer to {@code screen NAME --json}. */
    public static ObjectNode result(ScreeningResult r, Thresholds thresholds, List<ListVersion> versions) {
        ObjectNode o = Json.object();
        o.put("query", r.query().name());
        if (r.query().country() != null) o.put("country", r.query().country());
        if (r.query().type() != org.clearance.screening.list.EntityType.UNKNOWN) o.put("type", r.query().type().code());
        o.put("threshold", r.query().threshold() != null ? r.query().threshold() : thresholds.defaultThreshold());
        ObjectNode t = Json.object();
        t.put("default", thresholds.defaultThreshold());
        ObjectNode byType = Json.object();
        thresholds.byType().forEach((k, v) -> byType.put(k.code(), v));
        t.set("by_type", byType);
        ObjectNode byList = Json.object();
        thresholds.byList().forEach((k, v) -> byList.put(k.code(), v));
        t.set("by_list", byList);
        t.put("overridden", r.query().threshold() != null);
        o.set("thresholds", t);
        o.put("algorithm", r.algorithm());
        ArrayNode forms = Json.array();
        r.forms().forEach(f -> forms.add(f.text() + " (" + f.route() + ")"));
        o.set("normalized", forms);
        o.set("list_versions", versions(versions));
        ArrayNode hits = Json.array();
        for (ScreeningHit h : r.hits()) hits.add(hit(h, true));
        o.set("hits", hits);
        return o;
    }

    /**
     * One hit. The compact form (batch lines) carries what the batch contract names plus the version and whether
     * the party is blocked; the full form adds what a shipment decision cites.
     */
    public static ObjectNode hit(ScreeningHit h, boolean full) {
        ObjectNode o = Json.object();
        o.put("basis", "name");
        o.put("list", h.list().code());
        o.put("entity_id", h.entityId());
        o.put("name", h.entry().name());
        o.put("matched_name", h.matchedName());
        o.put("matched_alias_kind", h.matched().kind().name().toLowerCase(java.util.Locale.ROOT));
        o.put("score", h.score());
        o.put("list_version", h.version().id());
        o.put("blocked", h.blocked());
        if (full) {
            ListEntry e = h.entry();
            o.put("threshold", h.threshold());
            o.put("list_version_label", h.version().label());
            o.put("type", e.type().code());
            o.set("programs", Json.strings(e.programs()));
            o.put("license_requirement", e.licenseRequirement());
            o.put("license_policy", e.licensePolicy());
            o.put("fr_citation", e.frCitation());
            ArrayNode fn = Json.array();
            e.footnotes().forEach(fn::add);
            o.set("footnotes", fn);
            ArrayNode addresses = Json.array();
            for (Address a : e.addresses()) {
                ObjectNode ad = Json.object();
                ad.put("address", a.text());
                ad.put("country", a.country());
                addresses.add(ad);
            }
            o.set("addresses", addresses);
        }
        o.set("features", features(h.features()));
        return o;
    }

    /** The answer to {@code screen NAME --json} for a kept party: the hits with the decisions in force, the suppressed. */
    public static ObjectNode screened(Screened s, Thresholds thresholds, List<ListVersion> versions, boolean kept) {
        ObjectNode o = result(s.result(), thresholds, versions);
        ObjectNode out = Json.object();
        out.put("party_id", s.partyId());
        out.put("kept", kept);
        out.setAll(o);
        ArrayNode hits = Json.array();
        for (ScreenedHit h : s.hits()) hits.add(hit(h, true));
        out.set("hits", hits);
        ArrayNode suppressed = Json.array();
        for (ScreenedHit h : s.suppressed()) suppressed.add(hit(h, false));
        out.set("suppressed", suppressed);
        return out;
    }

    /**
     * A hit on a kept party: the scored hit (or, for a pair adjudicated a match that no longer reaches the threshold,
     * the entry with a null score) and {@code adjudicated} (match, no-match or null), {@code entry_changed_since_adjudicated}
     * and the decision in force.
     */
    public static ObjectNode hit(ScreenedHit h, boolean full) {
        ObjectNode o;
        if (h.screening() != null) {
            o = hit(h.screening(), full);
        } else {
            o = Json.object();
            o.put("basis", "name");
            o.put("list", h.list().code());
            o.put("entity_id", h.entityId());
            o.put("name", h.entry().name());
            o.put("matched_name", (String) null);
            o.putNull("score");
            o.put("list_version", h.version().id());
            o.put("blocked", h.blocked());
            o.put("note", "adjudicated a match; the name no longer reaches the threshold, and a match is final");
        }
        o.put("adjudicated", h.state());
        o.put("entry_changed_since_adjudicated", h.entryChanged());
        if (h.adjudication() != null) o.set("adjudication", adjudication(h.adjudication()));
        return o;
    }

    public static ObjectNode adjudication(Adjudication a) {
        ObjectNode o = Json.object();
        o.put("id", a.id());
        o.put("party_id", a.partyId());
        o.put("entry", a.entry());
        o.put("entry_name", a.entryName());
        o.put("decision", a.decision().code());
        o.put("reason", a.reason());
        o.put("decided_by", a.decidedBy());
        o.put("decided_at", a.decidedAt().toString());
        o.put("entry_hash", a.entryHash());
        o.put("list_version", a.versionId());
        if (a.requestId() == null) o.putNull("request");
        else o.put("request", a.requestId());
        o.put("approved_by", a.approvedBy());
        return o;
    }

    public static ArrayNode features(List<FeatureScore> features) {
        ArrayNode a = Json.array();
        for (FeatureScore f : features) {
            ObjectNode o = Json.object();
            o.put("name", f.name());
            o.put("contribution", f.contribution());
            o.set("compared", Json.value(sorted(f.compared())));
            a.add(o);
        }
        return a;
    }

    private static Map<String, Object> sorted(Map<String, Object> m) {
        return new java.util.TreeMap<>(m);
    }

    public static ArrayNode versions(List<ListVersion> versions) {
        ArrayNode a = Json.array();
        for (ListVersion v : versions) a.add(version(v));
        return a;
    }

    public static ObjectNode version(ListVersion v) {
        ObjectNode o = Json.object();
        o.put("id", v.id());
        o.put("format", v.feed().code());
        o.put("published", v.published().toString());
        o.put("imported_at", v.importedAt().toString());
        o.put("content_hash", v.contentHash());
        o.put("source", v.source());
        o.put("entries", v.entryCount());
        o.put("aliases", v.aliasCount());
        o.put("addresses", v.addressCount());
        o.put("warnings", v.warningCount());
        o.put("coverage", v.coverage().code());
        o.put("source_lists", v.listCount());
        return o;
    }

    /**
     * What an answer says about the lists it screened against, as objects: kind (list-stale, list-subset,
     * list-sample), the version's label, publication date and coverage, the age in days on the answer's date, and the
     * sentence that the answer's {@code warnings} array also carries.
     */
    public static ArrayNode listWarnings(List<org.clearance.ledger.lists.ListWarning> warnings) {
        ArrayNode a = Json.array();
        for (org.clearance.ledger.lists.ListWarning w : warnings) {
            ObjectNode o = Json.object();
            o.put("kind", w.kind().code());
            if (w.version() != null) {
                o.put("list_version", w.version().ref().label());
                o.put("format", w.version().feed().code());
                o.put("published", w.version().published().toString());
                o.put("coverage", w.version().coverage().code());
                o.put("age_days", w.ageDays());
            }
            o.put("as_of", w.asOf().toString());
            o.put("message", w.message());
            a.add(o);
        }
        return a;
    }

    public static ObjectNode diff(ListVersion from, ListVersion to, ListDiff d) {
        ObjectNode o = Json.object();
        o.set("from", version(from));
        o.set("to", version(to));
        ArrayNode added = Json.array();
        d.added().forEach(e -> added.add(entry(e)));
        ArrayNode removed = Json.array();
        d.removed().forEach(e -> removed.add(entry(e)));
        ArrayNode changed = Json.array();
        for (ListDiff.Change c : d.changed()) {
            ObjectNode ch = entry(c.after());
            ch.set("fields", Json.strings(c.fields()));
            changed.add(ch);
        }
        o.set("added", added);
        o.set("removed", removed);
        o.set("changed", changed);
        return o;
    }

    private static ObjectNode entry(ListEntry e) {
        ObjectNode o = Json.object();
        o.put("list", e.list().code());
        o.put("entity_id", e.entityId());
        o.put("name", e.name());
        o.put("type", e.type().code());
        return o;
    }
}

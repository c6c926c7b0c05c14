package org.clearance.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clearance.app.json.Json;
import org.clearance.decision.Tri;
import org.clearance.determination.DeterminationRules;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.parties.Screened;
import org.clearance.ownership.Holding;
import org.clearance.ownership.OwnershipFinding;
import org.clearance.ownership.OwnershipScreening;
import org.clearance.ownership.SourcedHolding;

/**
 * The ownership step as screening and the shipment check take it: the pack's ownership rules over the database's
 * ownership data on one date (the holdings in force then). {@link #NONE} when nothing is to be read.
 */
public final class OwnershipCheck {

    public static final OwnershipCheck NONE = new OwnershipCheck(null, null);

    private final OwnershipScreening screening;
    private final LocalDate date;

    private OwnershipCheck(OwnershipScreening screening, LocalDate date) {
        this.screening = screening;
        this.date = date;
    }

    /** The pack's ownership rules over the service's ownership data, on {@code date}. */
    public static OwnershipCheck of(ScreeningService service, RuleData data, LocalDate date) {
        DeterminationRules rules = data.pack().section(DeterminationRules.class);
        if (rules == null || rules.ownershipRules().isEmpty()) return NONE;
        return new OwnershipCheck(OwnershipScreening.open(service, rules.ownershipRules()), date);
    }

    public LocalDate date() {
        return date;
    }

    public boolean active() {
        return screening != null && screening.hasData();
    }

    /** The findings for one screened party (none when there is no ownership data). */
    public List<OwnershipFinding> of(Screened s) {
        if (!active()) return List.of();
        return screening.evaluate(s.partyId(), s.query().name(),
                s.query().country(), date);
    }

    private final java.util.concurrent.ConcurrentHashMap<String, List<org.clearance.determination.PartyHit>> hits =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The shipment check's hits for one screened party on a shipment's date (remembered per party and date). */
    public List<org.clearance.determination.PartyHit> partyHits(Screened s, LocalDate on) {
        if (!active() || s == null) return List.of();
        String key = s.partyId() + "\u0000" + s.query().name() + "\u0000" + s.query().country() + "\u0000" + on;
        return hits.computeIfAbsent(key, k -> {
            List<org.clearance.determination.PartyHit> out = new ArrayList<>();
            for (OwnershipFinding f : screening.evaluate(s.partyId(), s.query().name(), s.query().country(), on)) {
                if (f.caught() == Tri.FALSE) continue;
                for (OwnershipFinding.Hit h : f.hits()) {
                    var e = h.owner().entry();
                    out.add(new org.clearance.determination.PartyHit(e.list().code(), e.entityId(), h.matchedName(),
                            java.math.BigDecimal.valueOf(h.score()), h.owner().version().label(), e.licenseRequirement(),
                            e.licensePolicy(), e.frCitation(), e.footnotes(), e.blocked(), null,
                            org.clearance.determination.PartyHit.OWNERSHIP, f.rule().id(),
                            h.definite() && f.caught() == Tri.TRUE, h.proven() && f.caught() == Tri.TRUE, f.low(), chain(h)));
                }
            }
            return List.copyOf(out);
        });
    }

    /** The first path of a hit as a sentence: "SDN:36 —50%→ Caribe Holdings SA —60%→ Caribe Logistics [kyc#1]". */
    static String chain(OwnershipFinding.Hit h) {
        if (h.paths().isEmpty()) return null;
        List<SourcedHolding> path = h.paths().get(0);
        StringBuilder sb = new StringBuilder();
        for (SourcedHolding s : path) sb.append(s.holding().owner().name()).append(" —").append(s.holding().percent().label()).append("→ ");
        sb.append(path.get(path.size() - 1).holding().owned().name());
        List<String> versions = path.stream().map(s -> s.version().label()).distinct().toList();
        sb.append(" [").append(String.join(", ", versions)).append("]");
        if (h.paths().size() > 1) sb.append(" and ").append(h.paths().size() - 1).append(" more path").append(h.paths().size() > 2 ? "s" : "");
        return sb.toString();
    }

    /** The ownership versions read, for the answer. */
    public String versionsLabel() {
        if (screening == null) return null;
        return String.join(", ", screening.versions().stream().map(v -> v.label()).toList());
    }

    /** The hits a finding makes, as screening JSON: basis ownership, list, entity_id, matched_name, score, percent, via. */
    public static void hits(List<OwnershipFinding> findings, ArrayNode out) {
        for (OwnershipFinding f : findings) {
            if (f.caught() == Tri.FALSE) continue;
            for (OwnershipFinding.Hit h : f.hits()) out.add(hit(f, h));
        }
    }

    static ObjectNode hit(OwnershipFinding f, OwnershipFinding.Hit h) {
        ObjectNode o = Json.object();
        o.put("basis", "ownership");
        o.put("list", h.owner().entry().list().code());
        o.put("entity_id", h.owner().entry().entityId());
        o.put("name", h.owner().entry().name());
        o.put("matched_name", h.matchedName());
        o.put("score", h.score());
        o.put("percent", f.low());
        if (f.high().compareTo(f.low()) != 0) o.put("percent_high", f.high());
        o.put("rule", f.rule().id());
        o.put("caught", f.caught().name().toLowerCase(java.util.Locale.ROOT));
        o.put("definite", h.definite());
        o.put("proven", h.proven());
        o.put("owner_link", h.owner().how());
        o.put("list_version", h.owner().version().id());
        o.put("blocked", h.owner().entry().blocked());
        ArrayNode via = Json.array();
        for (List<SourcedHolding> path : h.paths()) {
            ArrayNode p = Json.array();
            for (SourcedHolding s : path) p.add(link(s));
            via.add(p);
        }
        o.set("via", via);
        return o;
    }

    static ObjectNode link(SourcedHolding s) {
        Holding h = s.holding();
        ObjectNode o = Json.object();
        o.put("owner", h.owner().name());
        o.put("owned", h.owned().name());
        if (!h.percent().stated()) o.putNull("percent");
        else if (h.percent().exact()) o.put("percent", h.percent().low());
        else o.put("percent", h.percent().text());
        o.put("source", h.source());
        o.put("as_of", h.asOf().toString());
        o.put("version", s.version().label());
        return o;
    }

    /** The findings as the screening JSON's {@code ownership} member: per rule, caught, the share, questions, notes. */
    public static ArrayNode findings(List<OwnershipFinding> findings) {
        ArrayNode a = Json.array();
        for (OwnershipFinding f : findings) {
            ObjectNode o = Json.object();
            o.put("rule", f.rule().id());
            o.put("has_data", f.hasData());
            o.put("caught", f.caught().name().toLowerCase(java.util.Locale.ROOT));
            o.put("percent", f.low());
            o.put("percent_high", f.high());
            o.set("questions", Json.strings(f.questions()));
            o.set("notes", Json.strings(f.notes()));
            a.add(o);
        }
        return a;
    }

    /** Text lines for a terminal answer. */
    public static List<String> lines(List<OwnershipFinding> findings) {
        List<String> out = new ArrayList<>();
        for (OwnershipFinding f : findings) {
            if (!f.hasData()) continue;
            String share = f.low().compareTo(f.high()) == 0 ? plain(f.low()) + "%" : plain(f.low()) + "–" + plain(f.high()) + "%";
            out.add(f.rule().name() + ": " + switch (f.caught()) {
                case TRUE -> "caught";
                case UNKNOWN -> "undecided";
                case FALSE -> "not caught";
            } + " (share held by persons it counts: " + share + ")");
            for (OwnershipFinding.Hit h : f.hits()) {
                out.add(String.format(java.util.Locale.ROOT, "  %.3f  %-6s %-12s %s%s", h.score(), h.owner().entry().list().code(),
                        h.owner().entry().entityId(), h.owner().entry().name(), h.definite() ? "" : "  [possible]"));
                for (List<SourcedHolding> path : h.paths()) {
                    StringBuilder sb = new StringBuilder("         via ");
                    for (SourcedHolding s : path) {
                        sb.append(s.holding().owner().name()).append(" —").append(s.holding().percent().label()).append("→ ");
                    }
                    sb.append(path.get(path.size() - 1).holding().owned().name());
                    out.add(sb.toString());
                }
            }
            for (String q : f.questions()) out.add("  question: " + q);
            for (String n : f.notes()) out.add("  note: " + n);
        }
        return out;
    }

    private static String plain(java.math.BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}

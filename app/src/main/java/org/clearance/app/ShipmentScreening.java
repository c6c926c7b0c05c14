package org.clearance.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clearance.app.json.Json;
import org.clearance.determination.PartyHit;
import org.clearance.determination.PartyRole;
import org.clearance.determination.Shipment;
import org.clearance.geography.Country;
import org.clearance.ledger.parties.PartyQuery;
import org.clearance.ledger.parties.PartyScreening;
import org.clearance.ledger.parties.ScreenedHit;
import org.clearance.ledger.parties.Screened;
import org.clearance.screening.list.Countries;
import org.clearance.screening.list.EntityType;

/**
 * The bridge from party screening to the shipment decision: screens the named end user, ultimate consignee and
 * purchaser, and hands their hits to the determination as {@link PartyHit}s carrying the decision in force (a pair
 * adjudicated a no-match goes as {@code no-match}: shown, not counted). Also says, for the answer, what was screened
 * against which list versions, or why nothing was.
 */
public final class ShipmentScreening {

    /** How the parties' hits were obtained. */
    public enum Source {
        SCREENED, HITS_FILE, NOT_PERFORMED
    }

    /** One party's screening and its hits as the determination takes them (computed once, reused by a batch). */
    public record Result(Screened screened, List<PartyHit> hits) {
        public static Result of(Screened s) {
            List<PartyHit> hits = new ArrayList<>();
            for (ScreenedHit h : s.hits()) hits.add(partyHit(h, h.state()));
            for (ScreenedHit h : s.suppressed()) hits.add(partyHit(h, "no-match"));
            return new Result(s, List.copyOf(hits));
        }
    }

    /** A screened party of the shipment. */
    public record ScreenedParty(PartyRole role, Result result) {
        public Screened screened() {
            return result.screened();
        }
    }

    /** What the answer says about screening. */
    public record Summary(Source source, String note, String listVersions, String algorithm, List<ScreenedParty> parties) {

        public static Summary notPerformed(String why) {
            return new Summary(Source.NOT_PERFORMED, why, null, null, List.of());
        }

        public static Summary hitsFile(String file) {
            return new Summary(Source.HITS_FILE, "hits supplied in " + file + "; the parties were not screened by this check",
                    null, null, List.of());
        }

        public ObjectNode json() {
            ObjectNode o = Json.object();
            o.put("performed", source == Source.SCREENED);
            o.put("source", source.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            if (note != null) o.put("note", note);
            if (listVersions != null) o.put("list_versions", listVersions);
            if (algorithm != null) o.put("algorithm", algorithm);
            ArrayNode a = Json.array();
            for (ScreenedParty p : parties) {
                ObjectNode po = Json.object();
                po.put("role", p.role().code());
                po.put("party_id", p.screened().partyId());
                po.put("name", p.screened().query().name());
                po.put("country", p.screened().query().country());
                po.put("hits", p.screened().hits().size());
                long owned = p.result().hits().stream().filter(PartyHit::isOwnership).count();
                if (owned > 0) po.put("ownership_hits", owned);
                po.put("suppressed", p.screened().suppressed().size());
                a.add(po);
            }
            o.set("parties", a);
            return o;
        }

        /** The lines a text answer shows under its screening heading. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            if (source != Source.SCREENED) {
                out.add(note);
                return out;
            }
            out.add("against " + listVersions + " (" + algorithm + ")");
            for (ScreenedParty p : parties) {
                Screened s = p.screened();
                StringBuilder sb = new StringBuilder(p.role().label()).append(" \"").append(s.query().name())
                        .append("\" (party ").append(s.partyId()).append("): ");
                if (s.hits().isEmpty()) sb.append("no hits");
                else sb.append(s.hits().size()).append(s.hits().size() == 1 ? " hit" : " hits");
                long owned = p.result().hits().stream().filter(PartyHit::isOwnership).count();
                if (owned > 0) sb.append(", ").append(owned).append(owned == 1 ? " ownership hit" : " ownership hits");
                if (!s.suppressed().isEmpty()) sb.append(", ").append(s.suppressed().size()).append(" adjudicated not the party");
                out.add(sb.toString());
            }
            return out;
        }
    }

    private ShipmentScreening() {
    }

    /** The party ids the user gave for each role (null: derived from the name and country). */
    public record Ids(String endUser, String consignee, String purchaser) {
        public static final Ids DERIVED = new Ids(null, null, null);

        public String of(PartyRole role) {
            return switch (role) {
                case END_USER -> endUser;
                case CONSIGNEE -> consignee;
                case PURCHASER -> purchaser;
            };
        }
    }

    /** Screens every named party of the shipment (end user and consignee in their country, or the destination). */
    public static List<ScreenedParty> screen(PartyScreening parties, Shipment s, Ids ids,
                                      java.util.function.UnaryOperator<String> fieldName) {
        return screen(q -> Result.of(parties.screen(q)), s, ids, fieldName);
    }

    /** As above, with the ownership step's hits on the shipment's date joining each party's name hits. */
    public static List<ScreenedParty> screen(PartyScreening parties, Shipment s, Ids ids,
                                      java.util.function.UnaryOperator<String> fieldName, OwnershipCheck ownership) {
        return screen(q -> Result.of(parties.screen(q)), s, ids, fieldName, ownership);
    }

    /** Through any screening function, with the ownership step ({@link OwnershipCheck#NONE}: none). */
    public static List<ScreenedParty> screen(java.util.function.Function<PartyQuery, Result> parties, Shipment s, Ids ids,
                                      java.util.function.UnaryOperator<String> fieldName, OwnershipCheck ownership) {
        List<ScreenedParty> out = screen(parties, s, ids, fieldName);
        if (!ownership.active()) return out;
        List<ScreenedParty> with = new ArrayList<>(out.size());
        for (ScreenedParty p : out) {
            List<PartyHit> extra = ownership.partyHits(p.screened(), s.date());
            if (extra.isEmpty()) {
                with.add(p);
            } else {
                List<PartyHit> all = new ArrayList<>(p.result().hits());
                all.addAll(extra);
                with.add(new ScreenedParty(p.role(), new Result(p.screened(), List.copyOf(all))));
            }
        }
        return with;
    }

    /** As above, through any screening function (a batch caches each distinct party). */
    public static List<ScreenedParty> screen(java.util.function.Function<PartyQuery, Result> parties, Shipment s, Ids ids,
                                      java.util.function.UnaryOperator<String> fieldName) {
        List<ScreenedParty> out = new ArrayList<>();
        screen(parties, out, PartyRole.END_USER, s.endUser(), s.destination(), ids, fieldName);
        screen(parties, out, PartyRole.CONSIGNEE, s.consignee(), s.destination(), ids, fieldName);
        screen(parties, out, PartyRole.PURCHASER, s.purchaser(), null, ids, fieldName);
        return out;
    }

    private static void screen(java.util.function.Function<PartyQuery, Result> parties, List<ScreenedParty> out, PartyRole role,
                               org.clearance.determination.Party party, Country fallback, Ids ids,
                               java.util.function.UnaryOperator<String> fieldName) {
        if (party.name() == null || party.name().isBlank()) return;
        Country c = party.country() != null ? party.country() : fallback;
        try {
            out.add(new ScreenedParty(role, parties.apply(new PartyQuery(ids.of(role), party.name().strip(),
                    screeningCountry(c), EntityType.UNKNOWN, null))));
        } catch (org.clearance.screening.match.InvalidQueryException e) {
            throw new org.clearance.yaml.InputException(null, fieldName.apply(role.code()), e.getMessage());
        }
    }

    /** The ISO alpha-2 code the screening compares with listed countries: a region's country (UA-43 → UA). */
    public static String screeningCountry(Country c) {
        if (c == null) return null;
        String code = c.isRegion() ? c.parent() : c.code();
        return Countries.code(code) != null ? code : null;
    }

    public static boolean anyNamed(Shipment s) {
        return named(s.endUser()) || named(s.consignee()) || named(s.purchaser());
    }

    private static boolean named(org.clearance.determination.Party p) {
        return p.name() != null && !p.name().isBlank();
    }

    /** The hits by role, as the determination takes them. */
    public static Map<PartyRole, List<PartyHit>> hits(List<ScreenedParty> screened) {
        Map<PartyRole, List<PartyHit>> out = new EnumMap<>(PartyRole.class);
        for (ScreenedParty p : screened) {
            if (!p.result().hits().isEmpty()) out.put(p.role(), p.result().hits());
        }
        return out;
    }

    public static PartyHit partyHit(ScreenedHit h, String state) {
        var e = h.entry();
        return new PartyHit(h.list().code(), h.entityId(), h.matchedName(),
                h.score() == null ? null : BigDecimal.valueOf(h.score()), h.version().label(), e.licenseRequirement(),
                e.licensePolicy(), e.frCitation(), e.footnotes(), h.blocked(), state);
    }
}

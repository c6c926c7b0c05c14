package org.clearance.ledger.parties;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clearance.ledger.ScreeningService;
import org.clearance.screening.list.ListCode;
import org.clearance.screening.match.Query;
import org.clearance.screening.match.Screener;
import org.clearance.screening.match.ScreeningHit;
import org.clearance.screening.match.ScreeningResult;

/**
 * Screening of parties Clearance keeps, with officers' decisions applied. A no-match suppresses its pair while the
 * listing reads as it did when decided: the pair is removed before the best hits are chosen, so it never crowds out
 * another. When the listing changes the pair comes back, marked as changed since adjudicated. A match is final: the
 * pair is reported on every screening while the party stays listed, whatever the name scores.
 *
 * <p>{@link #screen} only reads (the index and the decisions loaded when this was made) and may run on many threads;
 * {@link #keep} and {@link #adjudicate} write through the service's one connection and belong to one thread.
 */
public final class PartyScreening {

    private final ScreeningService service;
    private final Screener screener;
    private final PartyStore store;
    /** Party id → listing key → the decision in force. */
    private final Map<String, Map<String, Adjudication>> decisions = new HashMap<>();

    public PartyScreening(ScreeningService service) {
        this.service = service;
        this.screener = service.screener();
        this.store = new PartyStore(service.ledger().connection());
        for (Adjudication a : store.latestAdjudications(null).values()) {
            decisions.computeIfAbsent(a.partyId(), k -> new HashMap<>()).put(key(a.list(), a.entityId()), a);
        }
    }

    public PartyStore store() {
        return store;
    }

    public Screener screener() {
        return screener;
    }

    private static String key(String list, String entityId) {
        return Screener.listingKey(new ListCode(list), entityId);
    }

    /** Screens a party with the decisions on it applied; keeps nothing (see {@link #keep}). */
    public Screened screen(PartyQuery q) {
        String partyId = q.partyId();
        Map<String, Adjudication> onParty = decisions.getOrDefault(partyId, Map.of());
        Set<String> suppressedKeys = new HashSet<>();
        Map<String, String> hashes = new HashMap<>();
        for (Map.Entry<String, Adjudication> d : onParty.entrySet()) {
            Adjudication a = d.getValue();
            Optional<String> now = screener.listingHash(new ListCode(a.list()), a.entityId());
            now.ifPresent(h -> hashes.put(d.getKey(), h));
            if (a.decision() == Adjudication.Decision.NO_MATCH && now.isPresent() && now.get().equals(a.entryHash())) {
                suppressedKeys.add(d.getKey());
            }
        }
        ScreeningResult r = screener.screen(new Query(q.name(), q.country(), q.type(), q.threshold()),
                suppressedKeys.isEmpty() ? e -> false : e -> suppressedKeys.contains(Screener.listingKey(e)));
        List<ScreenedHit> hits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScreeningHit h : r.hits()) {
            String k = Screener.listingKey(h.entry());
            seen.add(k);
            Adjudication a = onParty.get(k);
            String hash = hashes.computeIfAbsent(k, x -> screener.listingHash(h.list(), h.entityId()).orElseThrow());
            boolean changed = a != null && a.decision() == Adjudication.Decision.NO_MATCH && !a.entryHash().equals(hash);
            hits.add(new ScreenedHit(h.entry(), h.version(), h, a, changed, hash));
        }
        // A match is final: report the pair while the party is listed, even if the name no longer reaches the threshold.
        for (Map.Entry<String, Adjudication> d : onParty.entrySet()) {
            Adjudication a = d.getValue();
            if (a.decision() != Adjudication.Decision.MATCH || seen.contains(d.getKey())) continue;
            List<Screener.Listed> copies = screener.listing(new ListCode(a.list()), a.entityId());
            if (copies.isEmpty()) continue;
            Screener.Listed first = copies.get(copies.size() - 1);
            hits.add(new ScreenedHit(first.entry(), first.version(), null, a, false, hashes.get(d.getKey())));
        }
        Map<String, ScreenedHit> suppressed = new LinkedHashMap<>();
        for (ScreeningHit h : r.suppressed()) {
            String k = Screener.listingKey(h.entry());
            ScreenedHit prior = suppressed.get(k);
            if (prior == null || h.score() > prior.score()) {
                suppressed.put(k, new ScreenedHit(h.entry(), h.version(), h, onParty.get(k), false, hashes.get(k)));
            }
        }
        return new Screened(q, partyId, r, hits, new ArrayList<>(suppressed.values()));
    }

    /** The list versions of the index, as kept with each screening: "SDN@2024-05-03#1, CSL@2023-11-16#3". */
    public String versionsLabel() {
        return service.versions().stream().map(v -> v.ref().label()).collect(Collectors.joining(", "));
    }

    /** Keeps the party, the screening with its list versions, and its hits as the party's latest. */
    public void keep(Screened s) {
        keepAll(List.of(s));
    }

    /** Keeps many screenings in one transaction. */
    public void keepAll(List<Screened> screenings) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String versions = versionsLabel();
        List<PartyStore.ScreeningRecord> records = new ArrayList<>(screenings.size());
        for (Screened s : screenings) {
            PartyQuery q = s.query();
            Party party = new Party(s.partyId(), q.name(), q.country(), q.type(), q.threshold(), now, now);
            List<StoredHit> stored = new ArrayList<>();
            for (ScreenedHit h : s.hits()) {
                stored.add(new StoredHit(s.partyId(), h.list().code(), h.entityId(), h.version().id(), h.listingHash(),
                        h.entry().name(), h.matchedName(), h.score() == null ? 0 : h.score()));
            }
            records.add(new PartyStore.ScreeningRecord(party, s.result().algorithm(), versions, q.threshold(), stored,
                    s.suppressed().size()));
        }
        store.recordScreenings(records);
    }

    /**
     * A decision checked against the kept parties, the current lists and the decisions in force, ready to record: the
     * listed entry resolved (from a unique prefix of its id too) with its content hash, name and list version.
     */
    public record Resolved(String partyId, ListCode list, String entityId, Adjudication.Decision decision,
                           String reason, String by, String entryHash, String entryName, long versionId) {
        /** "EL:e610a2b6a9a3…". */
        public String entry() {
            return list.code() + ":" + entityId;
        }
    }

    /**
     * Records an officer's decision on a kept party and a listed entry of the current lists, named by its list and
     * id (or a unique prefix of a long id), with the listing's content hash. A pair adjudicated a match takes no
     * further decision.
     */
    public Adjudication adjudicate(String partyId, String entry, Adjudication.Decision decision, String reason, String by) {
        return record(resolve(partyId, entry, decision, reason, by), null, null);
    }

    /** Checks a decision without recording it (see {@link #adjudicate}); refusals are {@link AdjudicationRefusedException}. */
    public Resolved resolve(String partyId, String entry, Adjudication.Decision decision, String reason, String by) {
        if (store.find(partyId).isEmpty()) {
            throw new AdjudicationRefusedException("no kept party '" + partyId + "': screen it first (clearance screen "
                    + "NAME --party-id " + partyId + ") or see clearance adjudications list");
        }
        int colon = entry == null ? -1 : entry.indexOf(':');
        if (colon <= 0 || colon == entry.length() - 1) {
            throw new AdjudicationRefusedException("--entry '" + entry + "': expected LIST:ENTITY_ID, e.g. SDN:36216 or EL:0f5c31");
        }
        ListCode list = new ListCode(entry.substring(0, colon));
        String entityId = entry.substring(colon + 1).strip();
        if (screener.listing(list, entityId).isEmpty()) {
            List<String> ids = screener.entityIdsStartingWith(list, entityId, 2);
            if (ids.size() != 1) {
                throw new AdjudicationRefusedException("--entry " + entry + ": " + (ids.isEmpty()
                        ? "no such entry in the current lists (" + versionsLabel() + ")"
                        : "the id is the start of more than one entry (" + String.join(", ", ids) + ", …); give more of it"));
            }
            entityId = ids.get(0);
        }
        if (reason == null || reason.isBlank()) throw new AdjudicationRefusedException("--reason: say why");
        if (by == null || by.isBlank()) throw new AdjudicationRefusedException("--by: say who decides");
        Adjudication prior = decisions.getOrDefault(partyId, Map.of()).get(key(list.code(), entityId));
        if (prior != null && prior.decision() == Adjudication.Decision.MATCH) {
            throw new AdjudicationRefusedException("party " + partyId + " was adjudicated a match with " + prior.entry()
                    + " by " + prior.decidedBy() + " on " + prior.decidedAt() + "; a match is final");
        }
        List<Screener.Listed> copies = screener.listing(list, entityId);
        Screener.Listed latest = copies.get(copies.size() - 1);
        return new Resolved(partyId, list, entityId, decision, reason.strip(), by.strip(),
                screener.listingHash(list, entityId).orElseThrow(), latest.entry().name(), latest.version().id());
    }

    /**
     * Records a resolved decision (in the caller's transaction when one is open on the service's connection); one made
     * effective by an approved request names it and its approver.
     */
    public Adjudication record(Resolved r, Long requestId, String approvedBy) {
        Adjudication a = store.addAdjudication(r.partyId(), r.list().code(), r.entityId(), r.decision(), r.reason(),
                r.by(), r.entryHash(), r.entryName(), r.versionId(), requestId, approvedBy);
        decisions.computeIfAbsent(r.partyId(), k -> new HashMap<>()).put(key(r.list().code(), r.entityId()), a);
        return a;
    }
}

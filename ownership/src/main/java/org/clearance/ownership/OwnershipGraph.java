package org.clearance.ownership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.screening.name.JaroWinkler;

/**
 * The current holdings as a graph, indexed for screening: owned parties by key (party id, list reference, or folded
 * name with country), by party id and by folded name, and the folded names by word for fuzzy links. Read-only once
 * built; any number of threads may use it.
 */
public final class OwnershipGraph {

    /** Folded names at or above this Jaro–Winkler similarity are a possible link (docs/interpretations.md#ownership-links). */
    public static final double FUZZY = 0.92;
    /** A word shared by more names than this is too common to find fuzzy candidates by. */
    private static final int COMMON_WORD = 2000;

    private final Map<String, List<SourcedHolding>> byOwned = new HashMap<>();
    private final Map<String, Set<String>> byPartyId = new HashMap<>();
    private final Map<String, Set<String>> byName = new HashMap<>();
    private final Map<String, List<String>> namesByWord = new HashMap<>();
    private final int size;

    private OwnershipGraph(List<SourcedHolding> holdings) {
        Set<String> names = new HashSet<>();
        for (SourcedHolding s : holdings) {
            HoldingParty owned = s.holding().owned();
            String key = owned.key();
            byOwned.computeIfAbsent(key, k -> new ArrayList<>(2)).add(s);
            if (owned.partyId() != null) byPartyId.computeIfAbsent(owned.partyId(), k -> new HashSet<>(2)).add(key);
            String simple = HoldingParty.simpleName(owned.name());
            byName.computeIfAbsent(simple, k -> new HashSet<>(2)).add(key);
            if (names.add(simple)) {
                for (String w : simple.split(" ")) if (w.length() > 1) namesByWord.computeIfAbsent(w, k -> new ArrayList<>(2)).add(simple);
            }
        }
        this.size = holdings.size();
    }

    public static OwnershipGraph of(List<SourcedHolding> holdings) {
        return new OwnershipGraph(holdings);
    }

    public int size() {
        return size;
    }

    /**
     * How a screened party is linked to an owned party of the data: {@code definite} for a party id or the exact
     * folded name (with the country where both give one), else a fuzzy name with its score.
     */
    public record Start(String key, HoldingParty owned, double score, boolean definite, boolean proven, String how) {
    }

    /** The owned parties of the data the screened party is (definitely or possibly). */
    public List<Start> startsFor(String partyId, String name, String country) {
        List<Start> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (partyId != null) {
            for (String key : byPartyId.getOrDefault(partyId, Set.of())) {
                if (seen.add(key)) out.add(new Start(key, party(key), 1.0, true, true, "party id " + partyId));
            }
        }
        if (name == null) return out;
        String simple = HoldingParty.simpleName(name);
        for (String key : byName.getOrDefault(simple, Set.of())) {
            HoldingParty owned = party(key);
            if (owned.partyId() != null && partyId != null && !owned.partyId().equals(partyId)
                    && !owned.partyId().startsWith("ftm:")) continue;   // another kept party of the same name
            if (owned.country() != null && country != null && !owned.country().equals(country)) continue;
            if (seen.add(key)) out.add(new Start(key, owned, 1.0, true, false, "the same name"
                    + (owned.country() != null && country != null ? " and country" : "")));
        }
        if (!out.isEmpty()) return out;
        for (String candidate : candidates(simple)) {
            if (candidate.equals(simple)) continue;
            double score = JaroWinkler.similarity(simple, candidate);
            if (score < FUZZY) continue;
            for (String key : byName.get(candidate)) {
                HoldingParty owned = party(key);
                if (owned.country() != null && country != null && !owned.country().equals(country)) continue;
                if (seen.add(key)) out.add(new Start(key, owned, Math.round(score * 1000) / 1000.0, false, false,
                        "a similar name (" + String.format(java.util.Locale.ROOT, "%.3f", score) + ")"));
            }
        }
        return out;
    }

    private Set<String> candidates(String simple) {
        List<String> best = null;
        for (String w : simple.split(" ")) {
            List<String> c = namesByWord.get(w);
            if (c != null && c.size() <= COMMON_WORD && (best == null || c.size() < best.size())) best = c;
        }
        return best == null ? Set.of() : new HashSet<>(best);
    }

    private HoldingParty party(String key) {
        return byOwned.get(key).get(0).holding().owned();
    }

    private final java.util.concurrent.ConcurrentHashMap<String, String> nodes = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The node an owner is in the graph: the owned party it is by party id, reference, or folded name (an owner without
     * a country joins an owned party of the same name in any country, preferring one without); else a node of its own.
     */
    public String nodeOf(HoldingParty owner) {
        String own = owner.key();
        if (byOwned.containsKey(own)) return own;
        return nodes.computeIfAbsent(own + "\u0000" + owner.name(), k -> {
            if (owner.partyId() != null) {
                Set<String> keys = byPartyId.get(owner.partyId());
                if (keys != null && !keys.isEmpty()) return keys.iterator().next();
            }
            Set<String> named = byName.get(HoldingParty.simpleName(owner.name()));
            if (named == null) return own;
            String best = null;
            for (String key : new java.util.TreeSet<>(named)) {
                HoldingParty p = party(key);
                if (owner.country() != null && p.country() != null && !owner.country().equals(p.country())) continue;
                if (owner.partyId() != null && p.partyId() != null && !owner.partyId().equals(p.partyId())) continue;
                if (best == null || p.country() == null) best = key;
            }
            return best != null ? best : own;
        });
    }

    /** The holdings of the party with this key that are in force on {@code date}. */
    public List<SourcedHolding> owners(String key, LocalDate date) {
        List<SourcedHolding> all = byOwned.get(key);
        if (all == null) return List.of();
        List<SourcedHolding> out = new ArrayList<>(all.size());
        for (SourcedHolding s : all) if (s.holding().inForce(date)) out.add(s);
        return out;
    }
}

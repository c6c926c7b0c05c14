package org.clearance.screening.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.screening.list.Alias;
import org.clearance.screening.list.AliasKind;
import org.clearance.screening.list.Countries;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.list.ListCode;
import org.clearance.screening.list.ListEntry;
import org.clearance.screening.name.NameNormalizer;
import org.clearance.screening.name.NativeNames;
import org.clearance.screening.name.NormalizedName;

/**
 * Screens names against the lists it was built from, in memory. Build once (about a second for all shipped lists),
 * then call {@link #screen} from any number of threads.
 *
 * <p>A query goes: normalise to one or more forms ({@link NameNormalizer}); expand each token into the list terms it
 * resembles ({@link Vocabulary#expand}); gather candidate names from those terms' postings, weighting each by the
 * terms' rarity, and keep the best {@value #CANDIDATES} (never a scan of the whole list); align and score each
 * candidate ({@link NameAlignment}); add the context features (country, entity type, weak alias); keep per entry
 * the best-scoring name; report those at or above their threshold, best first.
 */
public final class Screener {

    static final int CANDIDATES = 64;
    private static final int MAX_HITS = 50;

    private final ListEntry[] entries;
    /** The entries as listed, before native names were added: what content hashes are taken of. */
    private final ListEntry[] listed;
    private final ListVersionRef[] entryVersions;
    /** "LIST/entityId" to the entries (one per feed that carries the party). */
    private final Map<String, int[]> byListing;
    /** The entry's type, or for lists that give none (Entity List, DPL) the type its name shows. */
    private final EntityType[] types;
    private final IndexedNames names;
    private final Vocabulary vocabulary;
    private final Map<String, int[]> byCompact;
    private final Thresholds thresholds;
    private final NameNormalizer normalizer = NameNormalizer.standard();
    private final List<ListVersionRef> versions;
    private final ThreadLocal<CandidateAccumulator> scratch;

    private Screener(List<ScreeningList> lists, Thresholds thresholds, NativeNames natives) {
        this.thresholds = thresholds;
        List<ListEntry> listed = new ArrayList<>();
        List<ListVersionRef> vs = new ArrayList<>();
        List<ListVersionRef> versionList = new ArrayList<>();
        for (ScreeningList l : lists) {
            versionList.add(l.version());
            for (ListEntry e : l.entries()) {
                listed.add(e);
                vs.add(l.version());
            }
        }
        this.versions = List.copyOf(versionList);
        // Normalising ~30,000 names is most of the build: do it on every core, then index in order.
        List<EntryForms> prepared = listed.parallelStream().map(e -> prepare(e, natives)).toList();
        this.entries = prepared.stream().map(EntryForms::entry).toArray(ListEntry[]::new);
        this.entryVersions = vs.toArray(ListVersionRef[]::new);
        this.listed = listed.toArray(ListEntry[]::new);
        Map<String, int[]> byKey = new HashMap<>(entries.length * 2);
        for (int e = 0; e < entries.length; e++) {
            int[] prior = byKey.get(listingKey(entries[e]));
            int[] now = prior == null ? new int[1] : java.util.Arrays.copyOf(prior, prior.length + 1);
            now[now.length - 1] = e;
            byKey.put(listingKey(entries[e]), now);
        }
        this.byListing = byKey;
        this.types = new EntityType[entries.length];
        for (int e = 0; e < entries.length; e++) {
            EntryForms p = prepared.get(e);
            types[e] = TypeInference.of(entries[e], p.forms().isEmpty() || p.forms().get(0).isEmpty() ? null : p.forms().get(0).get(0));
        }
        this.names = new IndexedNames();
        Vocabulary.Builder vocab = new Vocabulary.Builder();
        Map<String, List<Integer>> compact = new HashMap<>();
        for (int e = 0; e < entries.length; e++) {
            EntryForms p = prepared.get(e);
            Set<NormalizedName> seen = new HashSet<>();
            for (int a = 0; a < p.names().size(); a++) {
                for (NormalizedName form : p.forms().get(a)) {
                    if (!seen.add(form)) continue;
                    String[] tokens = form.tokens().length > NameAlignment.MAX_TOKENS
                            ? java.util.Arrays.copyOf(form.tokens(), NameAlignment.MAX_TOKENS) : form.tokens();
                    int name = names.add(e, a, p.names().get(a), form.compact(), form.route());
                    int[] tokenTerms = new int[tokens.length];
                    for (int t = 0; t < tokens.length; t++) tokenTerms[t] = vocab.add(tokens[t], false, name);
                    int[] pairTerms = new int[Math.max(0, tokens.length - 1)];
                    for (int t = 0; t + 1 < tokens.length; t++) pairTerms[t] = vocab.add(tokens[t] + tokens[t + 1], true, name);
                    names.setTerms(name, tokenTerms, pairTerms);
                    compact.computeIfAbsent(form.compact(), k -> new ArrayList<>(1)).add(name);
                }
            }
        }
        this.vocabulary = vocab.build(names.size());
        this.byCompact = new HashMap<>(compact.size() * 2);
        compact.forEach((k, v) -> byCompact.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        int nameCount = names.size();
        this.scratch = ThreadLocal.withInitial(() -> new CandidateAccumulator(nameCount));
    }

    /** An entry with its native names added, its names in order, and each name's normalised forms. */
    private record EntryForms(ListEntry entry, List<Alias> names, List<List<NormalizedName>> forms) {
    }

    private EntryForms prepare(ListEntry entry, NativeNames natives) {
        List<Alias> all = new ArrayList<>(entry.names());
        List<List<NormalizedName>> forms = new ArrayList<>(all.size());
        Set<NativeNames.Row> rows = new java.util.LinkedHashSet<>();
        for (Alias a : all) {
            List<NormalizedName> f = normalizer.variants(a.name());
            forms.add(f);
            if (!f.isEmpty()) rows.addAll(natives.forNormalized(f.get(0).text()));
        }
        if (rows.isEmpty()) return new EntryForms(entry, all, forms);
        List<Alias> aliases = new ArrayList<>(entry.aliases());
        for (NativeNames.Row r : rows) {
            Alias n = new Alias(r.nativeName(), AliasKind.NATIVE, r.source());
            aliases.add(n);
            all.add(n);
            forms.add(normalizer.variants(n.name()));
        }
        return new EntryForms(entry.withAliases(aliases), all, forms);
    }

    public static Screener build(List<ScreeningList> lists) {
        return new Screener(lists, Thresholds.DEFAULT, NativeNames.standard());
    }

    public static Screener build(List<ScreeningList> lists, Thresholds thresholds) {
        return new Screener(lists, thresholds, NativeNames.standard());
    }

    /** Sets the size of the token-expansion cache (default 50,000 tokens); 0 turns it off. */
    public Screener expansionCache(int tokens) {
        vocabulary.cacheLimit(tokens);
        return this;
    }

    public String algorithm() {
        return Algorithm.NAME;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    public List<ListVersionRef> versions() {
        return versions;
    }

    public int entryCount() {
        return entries.length;
    }

    public int nameCount() {
        return names.size();
    }

    public ScreeningResult screen(Query query) {
        return screen(query, e -> false);
    }

    /** One feed's copy of a listed party: the entry as listed and the list version it is in. */
    public record Listed(ListEntry entry, ListVersionRef version) {
    }

    /** "EL/abc123": a listed party, whichever feed carries it. */
    public static String listingKey(ListEntry e) {
        return listingKey(e.list(), e.entityId());
    }

    public static String listingKey(ListCode list, String entityId) {
        return list.code() + "/" + entityId;
    }

    /**
     * Every copy of a listed party in the index (the SDN file and the CSL both carry SDN parties), in the order the
     * lists were given; empty when the party is not listed.
     */
    public List<Listed> listing(ListCode list, String entityId) {
        int[] at = byListing.get(listingKey(list, entityId));
        if (at == null) return List.of();
        List<Listed> out = new ArrayList<>(at.length);
        for (int e : at) out.add(new Listed(listed[e], entryVersions[e]));
        return out;
    }

    /**
     * The ids of {@code list} that start with {@code prefix}, at most {@code limit}: how a user may name an entry by
     * the first characters of a long CSL id.
     */
    public List<String> entityIdsStartingWith(ListCode list, String prefix, int limit) {
        String key = listingKey(list, prefix);
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (String k : byListing.keySet()) {
            if (k.startsWith(key)) {
                out.add(k.substring(list.code().length() + 1));
                if (out.size() >= limit) break;
            }
        }
        return List.copyOf(out);
    }

    /**
     * The content hash of a listed party across every feed that carries it: the sha256 of the one copy's
     * {@link ListEntry#contentHash()}, or of the sorted copies' hashes joined. It changes when any copy changes, is
     * added or is removed; empty when the party is not listed. Adjudications and kept hits record it.
     */
    public java.util.Optional<String> listingHash(ListCode list, String entityId) {
        List<Listed> copies = listing(list, entityId);
        if (copies.isEmpty()) return java.util.Optional.empty();
        if (copies.size() == 1) return java.util.Optional.of(copies.get(0).entry().contentHash());
        List<String> hashes = new ArrayList<>();
        for (Listed l : copies) hashes.add(l.version().feed().code() + ":" + l.entry().contentHash());
        java.util.Collections.sort(hashes);
        return java.util.Optional.of(ListEntry.sha256(String.join("\n", hashes)));
    }

    /**
     * Screens a name, leaving out the listed parties {@code suppressed} names (pairs an officer adjudicated as not the
     * party). They are removed before the best hits are chosen, so they never crowd out others, and are returned apart.
     */
    public ScreeningResult screen(Query query, java.util.function.Predicate<ListEntry> suppressed) {
        if (query.name() == null || !NameNormalizer.hasLetter(query.name())) {
            throw new InvalidQueryException("the name '" + (query.name() == null ? "" : query.name())
                    + "' has no letters; there is nothing to screen");
        }
        String country = null;
        if (query.country() != null) {
            country = Countries.code(query.country());
            if (country == null) {
                throw new InvalidQueryException("unknown country '" + query.country()
                        + "': expected an ISO 3166 alpha-2 code such as CN or RU");
            }
        }
        List<NormalizedName> forms = normalizer.variants(query.name());
        double floor = thresholds.lowest(query);
        Map<Integer, Best> best = new HashMap<>();
        for (NormalizedName form : forms) {
            QueryForm q = new QueryForm(form, vocabulary);
            for (int name : candidates(q)) {
                NameAlignment.Scores s = NameAlignment.score(q, names, name, vocabulary, false);
                Alias alias = names.aliasOf(name);
                double base = nameScore(s) + (alias.kind() == AliasKind.WEAK ? Algorithm.WEAK_ALIAS : 0)
                        + (s.numbersDisagree() ? Algorithm.NUMBERS_DISAGREE : 0)
                        + (s.queryNumberUnmatched() ? Algorithm.QUERY_NUMBER_UNMATCHED : 0);
                Best b = best.get(names.entry(name));
                if (b == null || base > b.base) best.put(names.entry(name), new Best(name, q, base));
            }
        }
        // One hit per listed party: the SDN file and the CSL both carry SDN rows under the same ent_num.
        Map<String, ScreeningHit> hits = new LinkedHashMap<>();
        List<ScreeningHit> left = new ArrayList<>();
        for (Map.Entry<Integer, Best> be : best.entrySet()) {
            Best b = be.getValue();
            if (b.base + Algorithm.COUNTRY_AGREES < floor) continue;
            ScreeningHit hit = hit(be.getKey(), b, query, country);
            if (hit.score() < hit.threshold()) continue;
            if (suppressed.test(hit.entry())) {
                left.add(hit);
                continue;
            }
            String key = hit.list() + "/" + hit.entityId();
            ScreeningHit prior = hits.get(key);
            if (prior == null || hit.score() > prior.score()
                    || hit.score() == prior.score() && hit.version().published().isAfter(prior.version().published())) {
                hits.put(key, hit);
            }
        }
        List<ScreeningHit> out = withoutCrossFeedCopies(new ArrayList<>(hits.values()));
        out.sort(Comparator.comparingDouble(ScreeningHit::score).reversed()
                .thenComparing(h -> h.list().code()).thenComparing(ScreeningHit::entityId));
        if (out.size() > MAX_HITS) out = out.subList(0, MAX_HITS);
        return new ScreeningResult(query, forms, Algorithm.NAME, out, left);
    }

    private record Best(int name, QueryForm form, double base) {
    }

    /**
     * The DPL has no ids, so the DPL file and the CSL's copy of it give the same party different ids (a row hash
     * and the CSL {@code _id}). When both are loaded, a DPL hit from the CSL whose name a hit from the DPL file
     * also has is the same party: the DPL file's hit is kept.
     */
    private List<ScreeningHit> withoutCrossFeedCopies(List<ScreeningHit> hits) {
        Set<String> fromOwnFeed = new HashSet<>();
        for (ScreeningHit h : hits) {
            if (h.list().equals(org.clearance.screening.list.ListCode.DPL) && h.version().feed() == org.clearance.screening.list.Feed.DPL) {
                fromOwnFeed.add(normalizer.normalize(h.entry().name()).text());
            }
        }
        if (fromOwnFeed.isEmpty()) return hits;
        List<ScreeningHit> out = new ArrayList<>(hits.size());
        for (ScreeningHit h : hits) {
            boolean copy = h.list().equals(org.clearance.screening.list.ListCode.DPL)
                    && h.version().feed() != org.clearance.screening.list.Feed.DPL
                    && fromOwnFeed.contains(normalizer.normalize(h.entry().name()).text());
            if (!copy) out.add(h);
        }
        return out;
    }

    private static double nameScore(NameAlignment.Scores s) {
        return Algorithm.NAME_SIMILARITY * s.plainPhonetic() + Algorithm.RARE_TOKEN_WEIGHTING * s.weightedPhonetic();
    }

    private ScreeningHit hit(int entryIndex, Best b, Query query, String country) {
        ListEntry entry = entries[entryIndex];
        Alias alias = names.aliasOf(b.name);
        NameAlignment.Scores s = NameAlignment.score(b.form, names, b.name, vocabulary, true);
        List<FeatureScore> features = new ArrayList<>();
        Map<String, Object> aligned = new LinkedHashMap<>();
        aligned.put("query", b.form.name.text());
        aligned.put("query_route", b.form.name.route());
        aligned.put("name", names.text(b.name, vocabulary));
        aligned.put("name_route", names.route(b.name));
        aligned.put("pairs", s.pairs());
        aligned.put("unmatched_query", s.unmatchedQuery());
        aligned.put("unmatched_name", s.unmatchedName());
        aligned.put("similarity", round(s.plainRaw()));
        if (s.compactEqual()) aligned.put("same_letters", true);
        features.add(new FeatureScore("name_similarity", Algorithm.NAME_SIMILARITY * s.plainRaw(), aligned));
        features.add(new FeatureScore("rare_token_weighting", Algorithm.RARE_TOKEN_WEIGHTING * s.weightedRaw(),
                ordered("weighted_similarity", round(s.weightedRaw()), "matched_information", round(s.matchedInformation()),
                        "query_information", round(b.form.totalWeight()))));
        double phonetic = Algorithm.NAME_SIMILARITY * (s.plainPhonetic() - s.plainRaw())
                + Algorithm.RARE_TOKEN_WEIGHTING * (s.weightedPhonetic() - s.weightedRaw());
        if (phonetic > 0) {
            features.add(new FeatureScore("phonetic_agreement", phonetic,
                    ordered("similarity_with_phonetic", round(s.plainPhonetic()))));
        }
        if (alias.kind() == AliasKind.WEAK) {
            features.add(new FeatureScore("weak_alias", Algorithm.WEAK_ALIAS, ordered("alias", alias.name())));
        }
        Set<String> countries = entry.allCountries();
        if (country != null && !countries.isEmpty()) {
            boolean agrees = countries.contains(country);
            features.add(new FeatureScore("country", agrees ? Algorithm.COUNTRY_AGREES : Algorithm.COUNTRY_CONFLICTS,
                    ordered("query", country, "listed", List.copyOf(countries))));
        }
        if (s.numbersDisagree()) {
            features.add(new FeatureScore("numbers_disagree", Algorithm.NUMBERS_DISAGREE,
                    ordered("query_unmatched", s.unmatchedQuery(), "name_unmatched", s.unmatchedName())));
        }
        if (s.queryNumberUnmatched()) {
            features.add(new FeatureScore("query_number_unmatched", Algorithm.QUERY_NUMBER_UNMATCHED,
                    ordered("query_unmatched", s.unmatchedQuery())));
        }
        EntityType listedType = types[entryIndex];
        if (query.type().conflictsWith(listedType)) {
            features.add(new FeatureScore("entity_type", Algorithm.TYPE_CONFLICTS,
                    ordered("query", query.type().code(), "listed", listedType.code()
                            + (entry.type() == EntityType.UNKNOWN ? " (inferred from a legal form or an organisation word)" : ""))));
        }
        if (alias.kind() == AliasKind.NATIVE) {
            features.add(new FeatureScore("native_name", 0.0, ordered("source", alias.source())));
        }
        double sum = 0;
        for (FeatureScore f : features) sum += f.contribution();
        double score = Math.max(0, Math.min(1, sum));
        score = Math.round(score * 10000) / 10000.0;
        List<FeatureScore> rounded = features.stream()
                .map(f -> new FeatureScore(f.name(), round(f.contribution()), f.compared())).toList();
        return new ScreeningHit(entry, entryVersions[entryIndex], alias, score, rounded,
                thresholds.forHit(query, entry.list(), entry.type()));
    }

    /** Key-value pairs in the order given, so explanations read the same every time. */
    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) m.put((String) keyValues[i], keyValues[i + 1]);
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** The names most worth scoring: those sharing the most (rarity-weighted) resembling terms with the query. */
    private int[] candidates(QueryForm q) {
        CandidateAccumulator sc = scratch.get();
        sc.reset();
        int[] sameLetters = byCompact.get(q.compact);
        if (sameLetters != null) for (int name : sameLetters) sc.add(name, 1000f);
        for (int i = 0; i < q.tokens.length; i++) {
            accumulate(sc, q.singles[i], q.weights[i]);
            if (i + 1 < q.tokens.length) accumulate(sc, q.pairs[i], q.weights[i] + q.weights[i + 1]);
        }
        return sc.top(CANDIDATES);
    }

    private void accumulate(CandidateAccumulator sc, Vocabulary.Expansion x, float weight) {
        for (int k = 0; k < x.terms().length; k++) {
            float contribution = weight * x.similarities()[k];
            for (int name : vocabulary.postings(x.terms()[k])) sc.add(name, contribution);
        }
    }

    /** The entry types the index holds, for reports. */
    public Map<EntityType, Integer> typeCounts() {
        Map<EntityType, Integer> m = new java.util.EnumMap<>(EntityType.class);
        for (ListEntry e : entries) m.merge(e.type(), 1, Integer::sum);
        return m;
    }
}

package org.clearance.geography;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.clearance.law.DatedSeries;
import org.clearance.law.DatedValue;

/**
 * Countries, their names and aliases, the destinations the EAR treats as part of another (Hong Kong follows China),
 * and the country groups with their dated membership.
 */
public final class Geography {

    private final Map<String, Country> byCode = new LinkedHashMap<>();
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, List<String>> ambiguous = new HashMap<>();
    private final Map<String, DatedSeries<String>> treatedAs;
    private final Map<String, CountryGroup> groups;
    /** Dates on which some group's membership changes, sorted; group sets are cached per period between them. */
    private final LocalDate[] periods;
    private final java.util.List<java.util.concurrent.ConcurrentHashMap<String, Set<String>>> groupsByPeriod;
    /** Places resolved per period: nothing a {@link Located} holds changes between two change dates. */
    private final java.util.List<java.util.concurrent.ConcurrentHashMap<String, Located>> locatedByPeriod;
    private final java.util.concurrent.ConcurrentHashMap<String, Country> resolved = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each country's position in {@link #byCode}, for {@link Located#index()}. */
    private final Map<String, Integer> ordinals = new HashMap<>();

    public Geography(Collection<Country> countries, Map<String, List<String>> ambiguousNames,
                     Map<String, DatedSeries<String>> treatedAs, Collection<CountryGroup> groups) {
        for (Country c : countries) {
            if (byCode.put(c.code(), c) != null) throw new IllegalArgumentException("duplicate country code " + c.code());
            ordinals.put(c.code(), ordinals.size());
            index(c.code(), c.code());
            index(c.name(), c.code());
            c.aliases().forEach(a -> index(a, c.code()));
        }
        ambiguousNames.forEach((name, candidates) -> ambiguous.put(key(name), List.copyOf(candidates)));
        this.treatedAs = Map.copyOf(treatedAs);
        Map<String, CountryGroup> g = new LinkedHashMap<>();
        groups.forEach(x -> g.put(x.id(), x));
        this.groups = g;
        java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>();
        groups.forEach(x -> x.changes().values().forEach(v -> dates.add(v.from())));
        treatedAs.values().forEach(series -> series.values().forEach(v -> dates.add(v.from())));
        this.periods = dates.toArray(LocalDate[]::new);
        this.groupsByPeriod = new ArrayList<>();
        this.locatedByPeriod = new ArrayList<>();
        for (int i = 0; i <= periods.length; i++) {
            groupsByPeriod.add(new java.util.concurrent.ConcurrentHashMap<>());
            locatedByPeriod.add(new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    private void index(String name, String code) {
        String previous = byName.put(key(name), code);
        if (previous != null && !previous.equals(code)) {
            throw new IllegalArgumentException("the name '" + name + "' is given to both " + previous + " and " + code
                    + "; list it under ambiguous instead");
        }
    }

    /** Case, accents, punctuation and spacing do not matter: "côte d'ivoire" finds CI. */
    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").strip();
        return s;
    }

    /**
     * Resolves a code or a name.
     *
     * @throws UnknownCountryException when the name is unknown or could mean two countries
     */
    public Country resolve(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) throw new UnknownCountryException("empty country");
        Country cached = resolved.get(codeOrName);
        if (cached != null) return cached;
        Country c = resolveUncached(codeOrName);
        if (resolved.size() < 100_000) resolved.put(codeOrName, c);
        return c;
    }

    private Country resolveUncached(String codeOrName) {
        String k = key(codeOrName);
        List<String> candidates = ambiguous.get(k);
        if (candidates != null) {
            List<String> labels = candidates.stream().map(c -> byCode.get(c).label()).toList();
            throw new UnknownCountryException("'" + codeOrName + "' could mean " + String.join(" or ", labels)
                    + "; give the ISO code");
        }
        String code = byName.get(k);
        if (code == null) {
            String upper = codeOrName.strip().toUpperCase(Locale.ROOT);
            if (byCode.containsKey(upper)) code = upper;
        }
        if (code == null) {
            throw new UnknownCountryException("unknown country '" + codeOrName
                    + "'; give an ISO 3166-1 alpha-2 code (e.g. CN) or an ISO 3166-2 region the EAR treats apart (e.g. UA-43)");
        }
        return byCode.get(code);
    }

    public Optional<Country> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Collection<Country> countries() {
        return byCode.values();
    }

    /**
     * The country whose entries apply to a destination on a date: Hong Kong's are China's (from 2020-12-23); a
     * region's are its parent's.
     */
    public String effectiveCode(String code, LocalDate date) {
        Country c = byCode.get(code);
        String base = c != null && c.parent() != null ? c.parent() : code;
        DatedSeries<String> t = treatedAs.get(base);
        if (t != null) {
            Optional<DatedValue<String>> v = t.at(date);
            if (v.isPresent() && v.get().value() != null) return v.get().value();
        }
        return base;
    }

    /** A place with what the rules read of it on a date; one shared instance per country and period. */
    public Located locate(Country country, LocalDate date) {
        int period = period(date);
        Located cached = locatedByPeriod.get(period).get(country.code());
        if (cached != null && cached.country() == country) return cached;
        Integer ordinal = ordinals.get(country.code());
        boolean ours = ordinal != null && byCode.get(country.code()) == country;
        Located l = new Located(country, effectiveCode(country.code(), date), groupsOf(country.code(), date),
                ours ? period * byCode.size() + ordinal : -1);
        if (!ours) return l;
        Located prior = locatedByPeriod.get(period).putIfAbsent(country.code(), l);
        return prior != null ? prior : l;
    }

    /** An upper bound of {@link Located#index()}: every country in every period. */
    public int locatedCapacity() {
        return (periods.length + 1) * byCode.size();
    }

    /** The basis on which a destination follows another (for the answer), if it does. */
    public Optional<DatedValue<String>> treatedAsBasis(String code, LocalDate date) {
        DatedSeries<String> t = treatedAs.get(code);
        return t == null ? Optional.empty() : t.at(date).filter(v -> v.value() != null);
    }

    public Optional<CountryGroup> group(String id) {
        return Optional.ofNullable(groups.get(id));
    }

    public Collection<CountryGroup> groups() {
        return groups.values();
    }

    /** The groups a destination is in on a date (through the country whose entries apply to it). */
    public Set<String> groupsOf(String code, LocalDate date) {
        int period = period(date);
        return groupsByPeriod.get(period).computeIfAbsent(code, c -> {
            String effective = effectiveCode(c, date);
            Set<String> out = new TreeSet<>();
            for (CountryGroup g : groups.values()) if (g.contains(effective, date)) out.add(g.id());
            // sorted for display, hashed for the many membership tests
            return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(out));
        });
    }

    /** 0 before the first change date, i after the i-th. */
    private int period(LocalDate date) {
        return org.clearance.law.Periods.indexOf(periods, date) + 1;
    }

    public List<String> ambiguousNames() {
        return new ArrayList<>(ambiguous.keySet());
    }
}

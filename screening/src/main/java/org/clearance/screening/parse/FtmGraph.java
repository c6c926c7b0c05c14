package org.clearance.screening.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearance.screening.list.Address;
import org.clearance.screening.list.Alias;
import org.clearance.screening.list.AliasKind;
import org.clearance.screening.list.Countries;
import org.clearance.screening.list.EntityLink;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.list.LinkKind;
import org.clearance.screening.list.ListEntry;
import org.clearance.screening.list.ParseWarning;

/**
 * The entities of one FtM stream, read together: a party's entry takes its programs and dates from the
 * {@code Sanction}s that name it and addresses from the {@code Address} entities it refers to, which may stand on
 * any line before or after it.
 */
final class FtmGraph {

    /** The properties that state a party's countries apart from its addresses. */
    private static final List<String> COUNTRY_PROPERTIES = List.of("nationality", "citizenship", "country",
            "jurisdiction", "mainCountry", "flag");

    private final String file;
    private final Collection<FtmEntity> entities;
    private final List<ParseWarning> warnings;
    private final Map<String, List<FtmEntity>> sanctions = new HashMap<>();
    private final Map<String, FtmEntity> addresses = new HashMap<>();

    FtmGraph(String file, Collection<FtmEntity> entities, List<ParseWarning> warnings) {
        this.file = file;
        this.entities = entities;
        this.warnings = warnings;
        for (FtmEntity e : entities) {
            if (e.schema().equals("Sanction")) {
                for (String target : e.values("entity")) sanctions.computeIfAbsent(target, k -> new ArrayList<>()).add(e);
            } else if (e.schema().equals("Address")) {
                addresses.put(e.id(), e);
            }
        }
    }

    /**
     * The parties, in file order. An entity OpenSanctions marks as no target ({@code "target": false}: a relative,
     * an owner or a director named only for context) is not designated and is not screened.
     */
    List<ListEntry> entries() {
        List<ListEntry> out = new ArrayList<>();
        for (FtmEntity e : entities) {
            EntityType type = FtmMapping.partyType(e.schema());
            if (type == null || Boolean.FALSE.equals(e.target())) continue;
            List<String> names = e.values("name");
            if (names.isEmpty()) {
                warnings.add(new ParseWarning(file, e.line(), e.schema() + " " + e.id() + " has no name; entity skipped"));
                continue;
            }
            out.add(entry(e, type, names));
        }
        return out;
    }

    /** The ownership and directorship links, in file order; one without both ends is skipped with a warning. */
    List<EntityLink> links() {
        List<EntityLink> out = new ArrayList<>();
        for (FtmEntity e : entities) {
            LinkKind kind = FtmMapping.linkKind(e.schema());
            if (kind == null) continue;
            List<String> ends = FtmMapping.linkEnds(kind);
            List<String> from = e.values(ends.get(0));
            List<String> to = e.values(ends.get(1));
            if (from.isEmpty() || to.isEmpty()) {
                warnings.add(new ParseWarning(file, e.line(), e.schema() + " " + e.id() + " has no "
                        + (from.isEmpty() ? ends.get(0) : ends.get(1)) + "; link skipped"));
                continue;
            }
            for (String f : from) {
                for (String t : to) {
                    out.add(new EntityLink(e.id(), kind, f, t, e.first("percentage"), e.first("startDate")));
                }
            }
        }
        return out;
    }

    private ListEntry entry(FtmEntity e, EntityType type, List<String> names) {
        String name = e.caption() != null && names.contains(e.caption()) ? e.caption() : names.get(0);
        Set<String> seen = new HashSet<>();
        seen.add(name.toLowerCase(Locale.ROOT));
        List<Alias> aliases = new ArrayList<>();
        addAliases(aliases, seen, names, AliasKind.AKA);
        addAliases(aliases, seen, e.values("alias"), AliasKind.AKA);
        addAliases(aliases, seen, e.values("previousName"), AliasKind.FKA);
        addAliases(aliases, seen, e.values("weakAlias"), AliasKind.WEAK);
        Set<String> countries = new LinkedHashSet<>();
        for (String property : COUNTRY_PROPERTIES) {
            for (String c : e.values(property)) {
                String code = FtmMapping.country(c);
                if (code != null) countries.add(code);
            }
        }
        List<FtmEntity> designations = sanctions.getOrDefault(e.id(), List.of());
        Set<String> programs = new LinkedHashSet<>(e.values("program"));
        String start = null;
        String end = null;
        boolean allEnded = !designations.isEmpty();
        for (FtmEntity s : designations) {
            programs.addAll(s.values("program"));
            for (String d : concat(s.values("startDate"), s.values("listingDate"))) {
                if (start == null || d.compareTo(start) < 0) start = d;
            }
            String ended = s.values("endDate").stream().max(String::compareTo).orElse(null);
            if (ended == null) allEnded = false;
            else if (end == null || ended.compareTo(end) > 0) end = ended;
        }
        List<String> notes = e.values("notes");
        List<String> positions = e.values("position");
        return new ListEntry(FtmMapping.list(e.datasets()), e.id(), type, name, aliases, addresses(e),
                List.copyOf(countries), List.copyOf(programs), positions.isEmpty() ? null : String.join("; ", positions),
                null, null, null, List.of(), start, allEnded ? end : null,
                notes.isEmpty() ? null : String.join("; ", notes), e.first("sourceUrl"));
    }

    private static void addAliases(List<Alias> out, Set<String> seen, List<String> names, AliasKind kind) {
        for (String n : names) if (seen.add(n.toLowerCase(Locale.ROOT))) out.add(new Alias(n, kind));
    }

    /**
     * The {@code address} texts, their country read from the last comma-separated part ("Moscow, Russia"), then the
     * {@code Address} entities referred to by {@code addressEntity} whose text is not already there.
     */
    private List<Address> addresses(FtmEntity e) {
        List<Address> out = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        for (String a : e.values("address")) {
            if (!texts.add(a)) continue;
            int comma = a.lastIndexOf(',');
            out.add(new Address(a, Countries.code(comma < 0 ? a : a.substring(comma + 1))));
        }
        for (String ref : e.values("addressEntity")) {
            FtmEntity a = addresses.get(ref);
            if (a == null) continue;
            String text = a.first("full");
            if (text == null) {
                List<String> parts = new ArrayList<>();
                for (String p : List.of("street", "city", "postalCode", "region")) parts.addAll(a.values(p));
                text = parts.isEmpty() ? null : String.join(", ", parts);
            }
            if (text != null && texts.add(text)) out.add(new Address(text, FtmMapping.country(a.first("country"))));
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

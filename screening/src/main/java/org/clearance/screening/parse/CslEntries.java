package org.clearance.screening.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.screening.list.Address;
import org.clearance.screening.list.Alias;
import org.clearance.screening.list.AliasKind;
import org.clearance.screening.list.Countries;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.list.Feed;
import org.clearance.screening.list.ListCode;
import org.clearance.screening.list.ListEntry;
import org.clearance.screening.list.ParseWarning;
import org.clearance.screening.list.ParsedList;

/**
 * The entries of a Consolidated Screening List publication, from its records in file order, whether the CSV or the
 * JSON carried them: list code from {@code source}, entity id, Entity List names and aliases (see
 * {@link EntityListText}), addresses with their trailing ISO country, nationalities, footnotes. A record without
 * source or name, with an unknown source, or repeating an earlier (list, id) is skipped with a warning.
 */
final class CslEntries {

    /** The columns an entry is made from. */
    static final List<String> COLUMNS = List.of("_id", "source", "entity_number", "type", "programs", "name", "title",
            "addresses", "federal_register_notice", "start_date", "end_date", "license_requirement", "license_policy",
            "remarks", "source_list_url", "alt_names", "nationalities", "citizenships");
    private static final Pattern TRAILING_COUNTRY = Pattern.compile(",\\s*([A-Z]{2})\\s*$");

    private final String file;
    private final List<ListEntry> entries = new ArrayList<>();
    private final List<ParseWarning> warnings = new ArrayList<>();
    private final Set<String> seen = new LinkedHashSet<>();
    private LocalDate latestStart;

    CslEntries(String file) {
        this.file = file;
    }

    void add(CslRecord r) {
        String sourceText = r.value("source");
        String rawName = r.value("name");
        if (sourceText == null || rawName == null) {
            skip(r, "no " + (sourceText == null ? "source" : "name"));
            return;
        }
        ListCode list;
        try {
            list = ListCode.ofCslSource(sourceText);
        } catch (IllegalArgumentException e) {
            skip(r, "unknown source '" + sourceText + "'");
            return;
        }
        String id = entityId(r, list);
        if (!seen.add(list + "/" + id)) {
            warn(r.line(), r.where() + list + " entry " + id + " appears twice; the later " + r.noun() + " is skipped");
            return;
        }
        ListEntry e = entry(r, list, id, rawName);
        entries.add(e);
        LocalDate start = date(e.startDate());
        if (start != null && (latestStart == null || start.isAfter(latestStart))) latestStart = start;
    }

    void skip(CslRecord r, String why) {
        warn(r.line(), r.where() + why + "; " + r.noun() + " skipped");
    }

    void warn(long line, String reason) {
        warnings.add(new ParseWarning(file, line, reason));
    }

    /** The publication: dated by a date in the file name, else by the latest {@code start_date}. */
    ParsedList parsed(Feed feed, byte[] bytes) {
        LocalDate own = Text.dateInName(file);
        return new ParsedList(feed, entries, warnings, new ContentHash().add("main", bytes).hex(),
                own != null ? own : latestStart, List.of(file));
    }

    private static ListEntry entry(CslRecord r, ListCode list, String id, String rawName) {
        List<String> nameParts = EntityListText.splitNameAkas(EntityListText.cleanName(rawName));
        String name = nameParts.isEmpty() ? rawName.strip() : nameParts.get(0);
        Set<String> aliasNames = new LinkedHashSet<>(nameParts.subList(Math.min(1, nameParts.size()), nameParts.size()));
        aliasNames.addAll(EntityListText.aliases(r.value("alt_names")));
        List<Alias> aliases = new ArrayList<>();
        for (String a : aliasNames) if (!a.equalsIgnoreCase(name)) aliases.add(new Alias(a, AliasKind.AKA));
        String bare = EntityListText.withoutParentheses(name);
        if (bare != null && !aliasNames.contains(bare)) aliases.add(new Alias(bare, AliasKind.AKA));
        for (String acronym : EntityListText.parentheticalAcronyms(name)) {
            if (!aliasNames.contains(acronym)) aliases.add(new Alias(acronym, AliasKind.WEAK));
        }
        List<Address> addresses = new ArrayList<>();
        for (String a : Text.split(r.value("addresses"), "; ")) {
            Matcher m = TRAILING_COUNTRY.matcher(a);
            String country = m.find() ? m.group(1) : (a.matches("[A-Z]{2}") ? a : null);
            addresses.add(new Address(a, country));
        }
        List<String> countries = new ArrayList<>();
        for (String field : List.of("nationalities", "citizenships")) {
            for (String c : Text.split(r.value(field), "; ")) {
                String code = Countries.code(c);
                if (code != null && !countries.contains(code)) countries.add(code);
            }
        }
        String requirement = r.value("license_requirement");
        return new ListEntry(list, id, type(r.value("type")), name, aliases, addresses, countries,
                Text.split(r.value("programs"), "; "), r.value("title"), requirement, r.value("license_policy"),
                r.value("federal_register_notice"), EntityListText.footnotes(requirement), r.value("start_date"),
                r.value("end_date"), r.value("remarks"), r.value("source_list_url"));
    }

    /** The OFAC ent_num for OFAC rows (so CSL and SDN-file hits share an id), else the CSL id, else a record hash. */
    private static String entityId(CslRecord r, ListCode list) {
        String number = r.value("entity_number");
        String csl = r.value("_id");
        if (list.equals(ListCode.SDN) && number != null) return number;
        if (csl != null) return csl;
        if (number != null) return number;
        return ContentHash.sha256(r.fingerprint()).substring(0, 16);
    }

    private static EntityType type(String t) {
        if (t == null) return EntityType.UNKNOWN;
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "individual" -> EntityType.INDIVIDUAL;
            case "entity" -> EntityType.ENTITY;
            case "vessel" -> EntityType.VESSEL;
            case "aircraft" -> EntityType.AIRCRAFT;
            default -> EntityType.UNKNOWN;
        };
    }

    private static LocalDate date(String iso) {
        if (iso == null || iso.length() < 10) return null;
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }
}

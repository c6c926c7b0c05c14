package org.clearance.screening.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The trade.gov Consolidated Screening List CSV (28 columns, or 29 with a leading {@code _id} since 2023). Columns
 * are found by header name. Traps handled: a repeated header row, a truncated last row, empty {@code type} for
 * Entity List rows, Entity List alias lists (see {@link EntityListText}), "; "-separated addresses ending with an
 * ISO country code, stray Windows-1252 bytes.
 */
final class CslParser {

    private static final List<String> REQUIRED = List.of("source", "name");
    private static final Pattern TRAILING_COUNTRY = Pattern.compile(",\\s*([A-Z]{2})\\s*$");

    private final ListSource source;
    private final List<ParseWarning> warnings = new ArrayList<>();

    CslParser(ListSource source) {
        this.source = source;
    }

    ParsedList parse() {
        byte[] bytes = source.main();
        String file = source.name();
        CsvReader reader = new CsvReader(Text.decode(bytes), ',');
        CsvReader.Row header = reader.next();
        Map<String, Integer> col = Text.columns(header, REQUIRED, file,
                "the trade.gov Consolidated Screening List CSV (source, entity_number, type, programs, name, ...)");
        List<ListEntry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        LocalDate latestStart = null;
        for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
            if (Text.isBlankRow(row)) continue;
            if (row.fields().equals(header.fields())) {
                warn(row.line(), "the header row is repeated; row skipped");
                continue;
            }
            if (row.unterminated() || row.size() != header.size()) {
                warn(row.line(), "expected " + header.size() + " columns, found " + row.size()
                        + (row.unterminated() ? " (the row ends inside an open quote: truncated?)" : "") + "; row skipped");
                continue;
            }
            String sourceText = get(row, col, "source");
            String rawName = get(row, col, "name");
            if (sourceText == null || rawName == null) {
                warn(row.line(), "no " + (sourceText == null ? "source" : "name") + "; row skipped");
                continue;
            }
            ListCode list;
            try {
                list = ListCode.ofCslSource(sourceText);
            } catch (IllegalArgumentException e) {
                warn(row.line(), "unknown source '" + sourceText + "'; row skipped");
                continue;
            }
            String id = entityId(row, col, list);
            if (!seen.add(list + "/" + id)) {
                warn(row.line(), list + " entry " + id + " appears twice; the later row is skipped");
                continue;
            }
            ListEntry e = entry(row, col, list, id, rawName);
            entries.add(e);
            LocalDate start = date(e.startDate());
            if (start != null && (latestStart == null || start.isAfter(latestStart))) latestStart = start;
        }
        LocalDate own = Text.dateInName(file);
        return new ParsedList(Feed.CSL, entries, warnings, new ContentHash().add("main", bytes).hex(),
                own != null ? own : latestStart, List.of(file));
    }

    private ListEntry entry(CsvReader.Row row, Map<String, Integer> col, ListCode list, String id, String rawName) {
        List<String> nameParts = EntityListText.splitNameAkas(EntityListText.cleanName(rawName));
        String name = nameParts.isEmpty() ? rawName.strip() : nameParts.get(0);
        Set<String> aliasNames = new LinkedHashSet<>(nameParts.subList(Math.min(1, nameParts.size()), nameParts.size()));
        aliasNames.addAll(EntityListText.aliases(get(row, col, "alt_names")));
        List<Alias> aliases = new ArrayList<>();
        for (String a : aliasNames) if (!a.equalsIgnoreCase(name)) aliases.add(new Alias(a, AliasKind.AKA));
        String bare = EntityListText.withoutParentheses(name);
        if (bare != null && !aliasNames.contains(bare)) aliases.add(new Alias(bare, AliasKind.AKA));
        for (String acronym : EntityListText.parentheticalAcronyms(name)) {
            if (!aliasNames.contains(acronym)) aliases.add(new Alias(acronym, AliasKind.WEAK));
        }
        List<Address> addresses = new ArrayList<>();
        for (String a : Text.split(get(row, col, "addresses"), "; ")) {
            Matcher m = TRAILING_COUNTRY.matcher(a);
            String country = m.find() ? m.group(1) : (a.matches("[A-Z]{2}") ? a : null);
            addresses.add(new Address(a, country));
        }
        List<String> countries = new ArrayList<>();
        for (String field : List.of("nationalities", "citizenships")) {
            for (String c : Text.split(get(row, col, field), "; ")) {
                String code = Countries.code(c);
                if (code != null && !countries.contains(code)) countries.add(code);
            }
        }
        String requirement = get(row, col, "license_requirement");
        return new ListEntry(list, id, type(get(row, col, "type")), name, aliases, addresses, countries,
                Text.split(get(row, col, "programs"), "; "), get(row, col, "title"), requirement,
                get(row, col, "license_policy"), get(row, col, "federal_register_notice"),
                EntityListText.footnotes(requirement), get(row, col, "start_date"), get(row, col, "end_date"),
                get(row, col, "remarks"), get(row, col, "source_list_url"));
    }

    /** The OFAC ent_num for OFAC rows (so CSL and SDN-file hits share an id), else the CSL _id, else a row hash. */
    private static String entityId(CsvReader.Row row, Map<String, Integer> col, ListCode list) {
        String number = get(row, col, "entity_number");
        String csl = get(row, col, "_id");
        if (list.equals(ListCode.SDN) && number != null) return number;
        if (csl != null) return csl;
        if (number != null) return number;
        return ContentHash.sha256(String.join("\u001f", row.fields())).substring(0, 16);
    }

    private static String get(CsvReader.Row row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? null : Text.value(row.get(i));
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

    private void warn(long line, String reason) {
        warnings.add(new ParseWarning(source.name(), line, reason));
    }
}

package org.clearance.screening.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * OFAC's legacy CSV files, for the SDN list (sdn.csv, alt.csv, add.csv, sdn_comments.csv) and the non-SDN
 * consolidated list (cons_prim.csv, cons_alt.csv, cons_add.csv, cons_comments.csv). Traps handled: no header; the
 * null marker "-0- "; CRLF; a final record that is the single DOS end-of-file byte 0x1A; remarks cut at the field
 * limit and continued in the comments file; weak AKAs written inside the remarks ({@code a.k.a. 'BNC'}).
 */
final class OfacLegacyParser {

    private static final int COLUMNS = 12;
    private static final Pattern REMARK_ALIAS = Pattern.compile("\\b([afn])\\.k\\.a\\.,? '([^']{2,})'");
    private static final Pattern NATIONALITY = Pattern.compile(
            "\\b(?:nationality|citizen|Nationality|Citizen)\\s+([A-Z][A-Za-z ,.'-]*?)(?=;|\\.$|\\.\\s|$|\\s\\()");

    private final Feed feed;
    private final ListSource source;
    private final List<ParseWarning> warnings = new ArrayList<>();

    OfacLegacyParser(Feed feed, ListSource source) {
        this.feed = feed;
        this.source = source;
    }

    ParsedList parse() {
        boolean sdn = feed == Feed.SDN;
        String altName = sdn ? "alt.csv" : "cons_alt.csv";
        String addName = sdn ? "add.csv" : "cons_add.csv";
        String commentsName = sdn ? "sdn_comments.csv" : "cons_comments.csv";
        ContentHash hash = new ContentHash();
        byte[] main = source.main();
        hash.add("main", main);
        List<String> files = new ArrayList<>(List.of(source.name()));

        Map<String, String> comments = new HashMap<>();
        source.sibling(commentsName).ifPresent(bytes -> {
            hash.add("comments", bytes);
            files.add(source.siblingName(commentsName));
            readRows(bytes, source.siblingName(commentsName), 2, row -> {
                String id = Text.value(row.get(0));
                String more = row.get(1) == null ? null : row.get(1).strip();
                if (id != null && more != null) comments.merge(id, more, (a, b) -> a + b);
            });
        });
        Map<String, List<Alias>> aliases = new HashMap<>();
        source.sibling(altName).ifPresent(bytes -> {
            hash.add("alt", bytes);
            files.add(source.siblingName(altName));
            readRows(bytes, source.siblingName(altName), 5, row -> {
                String id = Text.value(row.get(0));
                String name = Text.value(row.get(3));
                if (id != null && name != null) {
                    aliases.computeIfAbsent(id, k -> new ArrayList<>()).add(new Alias(name, AliasKind.ofOfac(row.get(2))));
                }
            });
        });
        Map<String, List<Address>> addresses = new HashMap<>();
        source.sibling(addName).ifPresent(bytes -> {
            hash.add("add", bytes);
            files.add(source.siblingName(addName));
            readRows(bytes, source.siblingName(addName), 6, row -> {
                String id = Text.value(row.get(0));
                if (id == null) return;
                List<String> parts = new ArrayList<>();
                for (int i = 2; i <= 4; i++) if (Text.value(row.get(i)) != null) parts.add(Text.value(row.get(i)));
                if (parts.isEmpty()) return;
                addresses.computeIfAbsent(id, k -> new ArrayList<>())
                        .add(new Address(String.join(", ", parts), Countries.code(Text.value(row.get(4)))));
            });
        });

        Map<String, ListEntry> entries = new LinkedHashMap<>();
        readRows(main, source.name(), COLUMNS, row -> {
            String id = Text.value(row.get(0));
            String name = Text.value(row.get(1));
            if (id == null || !id.chars().allMatch(Character::isDigit)) {
                warn(source.name(), row.line(), "ent_num '" + row.get(0) + "' is not a number; row skipped");
                return;
            }
            if (name == null) {
                warn(source.name(), row.line(), "entry " + id + " has no name; row skipped");
                return;
            }
            if (entries.containsKey(id)) {
                warn(source.name(), row.line(), "entry " + id + " appears twice; the later row is skipped");
                return;
            }
            String remarks = Text.value(row.get(11));
            if (comments.containsKey(id)) remarks = remarks == null ? comments.get(id) : remarks + comments.get(id);
            List<String> programs = Text.split(Text.value(row.get(3)), "] [");
            List<Alias> names = new ArrayList<>(aliases.getOrDefault(id, List.of()));
            List<String> countries = new ArrayList<>();
            if (remarks != null) {
                Matcher m = REMARK_ALIAS.matcher(remarks);
                while (m.find()) names.add(new Alias(m.group(2).strip(), AliasKind.WEAK));
                Matcher n = NATIONALITY.matcher(remarks);
                while (n.find()) {
                    String code = Countries.code(n.group(1));
                    if (code != null && !countries.contains(code)) countries.add(code);
                }
            }
            ListCode list = sdn ? ListCode.SDN : consolidatedList(programs);
            entries.put(id, new ListEntry(list, id, type(row.get(2)), name, names, addresses.getOrDefault(id, List.of()),
                    countries, programs, Text.value(row.get(4)), null, null, null, List.of(), null, null, remarks,
                    null));
        });
        return new ParsedList(feed, List.copyOf(entries.values()), warnings, hash.hex(),
                Text.dateInName(source.name()), files);
    }

    private void readRows(byte[] bytes, String file, int columns, java.util.function.Consumer<CsvReader.Row> sink) {
        CsvReader reader = new CsvReader(Text.decode(bytes), ',');
        for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
            if (Text.isBlankRow(row)) continue; // blank lines and the trailing 0x1A end-of-file byte
            if (row.unterminated()) {
                warn(file, row.line(), "the row ends inside an open quote (truncated file?); row skipped");
                continue;
            }
            if (row.size() != columns) {
                warn(file, row.line(), "expected " + columns + " columns, found " + row.size() + "; row skipped");
                continue;
            }
            sink.accept(row);
        }
    }

    private void warn(String file, long line, String reason) {
        warnings.add(new ParseWarning(file, line, reason));
    }

    private static EntityType type(String raw) {
        String t = Text.value(raw);
        if (t == null) return EntityType.ENTITY;
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "individual" -> EntityType.INDIVIDUAL;
            case "vessel" -> EntityType.VESSEL;
            case "aircraft" -> EntityType.AIRCRAFT;
            default -> EntityType.ENTITY;
        };
    }

    /**
     * The CSL abbreviation of a non-SDN consolidated entry, from its programs: the Palestinian Legislative Council
     * list (NS-PLC), the Chinese Military-Industrial Complex list (CMIC-EO13959), the Sectoral Sanctions
     * Identifications (UKRAINE-EO13662 directives), Foreign Sanctions Evaders (FSE-*), the CAPTA list (561-Related);
     * the rest are menu-based sanctions (NS-MBS).
     */
    static ListCode consolidatedList(List<String> programs) {
        String all = String.join(" ", programs).toUpperCase(Locale.ROOT);
        if (all.contains("NS-PLC")) return new ListCode("PLC");
        if (all.contains("CMIC")) return new ListCode("CMIC");
        if (all.contains("UKRAINE-EO13662")) return new ListCode("SSI");
        if (all.contains("FSE-")) return new ListCode("FSE");
        if (all.contains("561")) return new ListCode("CAP");
        return new ListCode("NS-MBS");
    }
}

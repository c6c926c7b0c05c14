package org.clearance.screening.parse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearance.screening.list.Address;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.list.Feed;
import org.clearance.screening.list.ListCode;
import org.clearance.screening.list.ListEntry;
import org.clearance.screening.list.ParseWarning;
import org.clearance.screening.list.ParsedList;

/**
 * The BIS Denied Persons List: tab-separated, every field quoted, a header row. The list has no ids, so an entry's id
 * is a stable hash of its name, street address and effective date (one person listed at two addresses is two
 * rows). The file's own date is its latest {@code Last_Update} that is not in the future (the 2022 file carries
 * typos such as 3017-08-22).
 */
final class DplParser {

    private static final List<String> REQUIRED = List.of("name", "street_address", "city", "state", "country",
            "postal_code", "effective_date", "expiration_date", "last_update", "fr_citation");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final ListSource source;
    private final LocalDate today;
    private final List<ParseWarning> warnings = new ArrayList<>();

    DplParser(ListSource source, LocalDate today) {
        this.source = source;
        this.today = today;
    }

    ParsedList parse() {
        byte[] bytes = source.main();
        String file = source.name();
        CsvReader reader = new CsvReader(Text.decode(bytes), '\t');
        CsvReader.Row header = reader.next();
        Map<String, Integer> col = Text.columns(header, REQUIRED, file,
                "the tab-separated BIS Denied Persons List (Name, Street_Address, City, ...)");
        List<ListEntry> entries = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        LocalDate latest = null;
        for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
            if (Text.isBlankRow(row)) continue;
            if (row.unterminated() || row.size() != header.size()) {
                warnings.add(new ParseWarning(file, row.line(), "expected " + header.size() + " columns, found "
                        + row.size() + "; row skipped"));
                continue;
            }
            String name = get(row, col, "name");
            if (name == null) {
                warnings.add(new ParseWarning(file, row.line(), "no name; row skipped"));
                continue;
            }
            String street = get(row, col, "street_address");
            String effective = isoDate(get(row, col, "effective_date"));
            String id = ContentHash.sha256(name.toUpperCase(Locale.ROOT) + "\u001f" + street + "\u001f" + effective)
                    .substring(0, 16);
            if (!ids.add(id)) {
                warnings.add(new ParseWarning(file, row.line(), "duplicate of an earlier row; row skipped"));
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String f : List.of("street_address", "city", "state", "postal_code", "country")) {
                String v = get(row, col, f);
                if (v != null) parts.add(v);
            }
            String country = get(row, col, "country");
            List<Address> addresses = parts.isEmpty() ? List.of()
                    : List.of(new Address(String.join(", ", parts), country != null && country.length() == 2 ? country : null));
            entries.add(new ListEntry(ListCode.DPL, id, EntityType.UNKNOWN, name, List.of(), addresses, List.of(),
                    List.of(), null, null, null, get(row, col, "fr_citation"), List.of(), effective,
                    isoDate(get(row, col, "expiration_date")), get(row, col, "action"), null));
            try {
                String update = get(row, col, "last_update");
                LocalDate d = update == null ? null : LocalDate.parse(update);
                if (d != null && !d.isAfter(today) && (latest == null || d.isAfter(latest))) latest = d;
            } catch (RuntimeException ignored) {
                // an unreadable update date does not date the file
            }
        }
        LocalDate own = Text.dateInName(file);
        return new ParsedList(Feed.DPL, entries, warnings, new ContentHash().add("main", bytes).hex(),
                own != null ? own : latest, List.of(file));
    }

    private static String get(CsvReader.Row row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? null : Text.value(row.get(i));
    }

    private static String isoDate(String usDate) {
        if (usDate == null) return null;
        try {
            return LocalDate.parse(usDate, US_DATE).toString();
        } catch (RuntimeException e) {
            return usDate;
        }
    }
}

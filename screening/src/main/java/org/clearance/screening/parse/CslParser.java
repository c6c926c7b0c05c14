package org.clearance.screening.parse;

import java.util.List;
import java.util.Map;
import org.clearance.screening.list.Feed;
import org.clearance.screening.list.ParsedList;

/**
 * The trade.gov Consolidated Screening List CSV (28 columns, or 29 with a leading {@code _id} since 2023). Columns
 * are found by header name. Traps handled here: a repeated header row, a truncated last row, stray Windows-1252
 * bytes; the rest (empty {@code type} for Entity List rows, Entity List alias lists, "; "-separated addresses ending
 * with an ISO country code) is the same for the JSON and lives in {@link CslEntries}.
 */
final class CslParser {

    private static final List<String> REQUIRED = List.of("source", "name");

    private final ListSource source;

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
        CslEntries entries = new CslEntries(file);
        for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
            if (Text.isBlankRow(row)) continue;
            if (row.fields().equals(header.fields())) {
                entries.warn(row.line(), "the header row is repeated; row skipped");
                continue;
            }
            if (row.unterminated() || row.size() != header.size()) {
                entries.warn(row.line(), "expected " + header.size() + " columns, found " + row.size()
                        + (row.unterminated() ? " (the row ends inside an open quote: truncated?)" : "") + "; row skipped");
                continue;
            }
            entries.add(new CslRecord.CsvRow(row, col));
        }
        return entries.parsed(Feed.CSL, bytes);
    }
}

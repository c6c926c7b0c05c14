package org.clearance.screening.parse;

import org.clearance.screening.list.Feed;
import org.clearance.screening.list.ListFileException;
import org.clearance.screening.list.ParsedList;

/**
 * The trade.gov Consolidated Screening List JSON: the bulk {@code consolidated.json}, an object whose
 * {@code results} array holds one object per party, or a response of the CSL search API, which adds {@code total}
 * and {@code sources_used}. Each result becomes exactly the entry its CSV row would (see {@link CslRecord.JsonResult}).
 * A file that is not JSON, or has no {@code results} array, is refused; a result that is not an object, lacks
 * {@code source} or {@code name}, or has a field of the wrong shape is skipped with a warning naming its index. A
 * search API page that holds fewer results than its {@code total} is read with a warning: it is not the whole list.
 */
final class CslJsonParser {

    private static final String EXPECTED = "expected the trade.gov Consolidated Screening List JSON: an object with a "
            + "'results' array of parties (source, name, alt_names, addresses, ...)";

    private final ListSource source;

    CslJsonParser(ListSource source) {
        this.source = source;
    }

    ParsedList parse() {
        byte[] bytes = source.main();
        String file = source.name();
        JsonValue root;
        try {
            root = JsonReader.read(Text.decode(bytes), 1);
        } catch (JsonReader.Malformed e) {
            throw new ListFileException(file, e.getMessage() + "; " + EXPECTED);
        }
        if (!(root instanceof JsonValue.JsonObject top)) {
            throw new ListFileException(file, "the file holds " + root.kind() + " at the top; " + EXPECTED);
        }
        if (!(top.get("results") instanceof JsonValue.JsonArray results)) {
            JsonValue r = top.get("results");
            throw new ListFileException(file, (r == null ? "no 'results' member" : "'results' is " + r.kind())
                    + " in the top-level object; " + EXPECTED);
        }
        CslEntries entries = new CslEntries(file);
        for (int i = 0; i < results.elements().size(); i++) {
            JsonValue v = results.elements().get(i);
            if (!(v instanceof JsonValue.JsonObject result)) {
                entries.warn(results.line(), "results[" + i + "]: " + v.kind() + ", not an object; result skipped");
                continue;
            }
            CslRecord.JsonResult record;
            try {
                record = CslRecord.JsonResult.of(result, i);
            } catch (IllegalArgumentException e) {
                entries.warn(result.line(), "results[" + i + "]: " + e.getMessage() + "; result skipped");
                continue;
            }
            entries.add(record);
        }
        if (top.get("total") instanceof JsonValue.JsonNumber total && !total.text().equals(String.valueOf(results.elements().size()))) {
            entries.warn(top.line(), "the file holds " + results.elements().size() + " of " + total.text()
                    + " results (a page of the search API?): what it lacks is not screened");
        }
        return entries.parsed(Feed.CSL_JSON, bytes);
    }
}

package org.clearance.fetch;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.clearance.screening.list.Feed;

/**
 * Whether a downloaded body can be the format expected, before it is parsed: publishers and proxies answer errors
 * and moved pages with a 200 and an HTML page, which a lenient parser would read as a list with no entries. None
 * of the list formats starts with '<'. An OFAC legacy file starts with a record whose first field is the entry's
 * number; the CSL JSON with '{' or '['. The parsers then check the CSV and DPL headers by name.
 */
final class FormatCheck {

    private static final Pattern OFAC_FIRST_RECORD = Pattern.compile("^\\d+,");

    private FormatCheck() {
    }

    /** Why the body cannot be a file of this format, or empty. An empty body passes (the import policy refuses it). */
    static Optional<String> problem(Feed format, byte[] body, String contentType) {
        String head = head(body);
        if (head.isEmpty()) return Optional.empty();
        boolean html = head.startsWith("<") || contentType != null
                && contentType.toLowerCase(Locale.ROOT).contains("html");
        if (html) {
            return Optional.of("the server sent a web page (" + (contentType == null ? "no content type" : contentType)
                    + ", starting \"" + abbreviate(head) + "\"), not " + describe(format));
        }
        return switch (format) {
            case SDN, CONS -> OFAC_FIRST_RECORD.matcher(head).find() ? Optional.empty()
                    : Optional.of("the first record starts \"" + abbreviate(head) + "\", not with an entry number as "
                    + describe(format) + " does");
            case CSL_JSON -> head.startsWith("{") || head.startsWith("[") ? Optional.empty()
                    : Optional.of("the body starts \"" + abbreviate(head) + "\", not with a JSON object or array");
            default -> Optional.empty();
        };
    }

    private static String head(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1);
        if (s.startsWith("\u00ef\u00bb\u00bf")) s = s.substring(3);   // a UTF-8 byte-order mark, read as Latin-1
        return s.stripLeading();
    }

    private static String abbreviate(String head) {
        String line = head.lines().findFirst().orElse("").strip();
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }

    static String describe(Feed format) {
        return switch (format) {
            case SDN -> "OFAC's legacy sdn.csv";
            case CONS -> "OFAC's legacy cons_prim.csv";
            case CSL -> "the Consolidated Screening List CSV";
            case CSL_JSON -> "the Consolidated Screening List JSON";
            case DPL -> "the Denied Persons List text file";
            case FTM -> "a FollowTheMoney entity file";
        };
    }
}

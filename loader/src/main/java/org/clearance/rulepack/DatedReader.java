package org.clearance.rulepack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.clearance.law.Citation;
import org.clearance.law.Confidence;
import org.clearance.law.DatedSeries;
import org.clearance.law.DatedValue;
import org.clearance.law.RuleHeader;
import org.clearance.law.RuleStatus;
import org.clearance.yaml.StrictNode;

/**
 * Reads the pieces every pack file shares: citations (required on every dated value), confidence tags, dated
 * series keyed by effective date in ascending order, and rule headers.
 */
final class DatedReader {

    private static final Set<String> CITE_KEYS = Set.of("cfr", "fr", "href");
    private static final Set<String> STATUS_KEYS = Set.of("status", "cite", "confidence", "note", "interpretation");

    private DatedReader() {
    }

    static Citation citation(StrictNode node) {
        node.allowOnly(CITE_KEYS);
        String cfr = node.optionalNonNull("cfr").map(StrictNode::text).orElse(null);
        String fr = node.optionalNonNull("fr").map(StrictNode::text).orElse(null);
        String href = node.optionalNonNull("href").map(StrictNode::text).orElse(null);
        if (cfr == null && fr == null) {
            throw node.error("a citation needs a CFR paragraph (cfr) or a Federal Register document (fr)");
        }
        if (href != null && !href.startsWith("https://") && !href.startsWith("http://")) {
            throw node.optional("href").orElseThrow().error("expected a link starting with https://");
        }
        return new Citation(cfr, fr, href);
    }

    static Confidence confidence(StrictNode node) {
        String s = node.text();
        try {
            return Confidence.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw node.error("unknown confidence '" + s + "'; expected primary, quoted, secondary or unconfirmed");
        }
    }

    /** A mapping of effective dates to values, each read by {@code value}; dates must ascend. */
    static <T> DatedSeries<T> series(StrictNode node, Function<StrictNode, DatedValue<T>> value) {
        Map<String, StrictNode> entries = node.entries();
        if (entries.isEmpty()) throw node.error("needs at least one dated value");
        List<DatedValue<T>> values = new ArrayList<>();
        LocalDate previous = null;
        for (Map.Entry<String, StrictNode> e : entries.entrySet()) {
            StrictNode entry = e.getValue();
            LocalDate date = StrictNode.parseDate(e.getKey(), entry::error);
            if (previous != null && !date.isAfter(previous)) {
                throw entry.error("dates out of order: " + date + " follows " + previous + "; list them in ascending order");
            }
            previous = date;
            values.add(value.apply(entry));
        }
        return new DatedSeries<>(values);
    }

    static LocalDate dateOf(StrictNode entry) {
        String path = entry.path();
        String key = path.substring(path.lastIndexOf('.') + 1);
        return StrictNode.parseDate(key, entry::error);
    }

    static DatedValue<RuleStatus> status(StrictNode entry) {
        entry.allowOnly(STATUS_KEYS);
        return statusFields(entry);
    }

    /** The status fields of an entry whose other keys the caller has checked. */
    static DatedValue<RuleStatus> statusFields(StrictNode entry) {
        StrictNode s = entry.require("status");
        RuleStatus status;
        try {
            status = RuleStatus.valueOf(s.text().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw s.error("unknown status '" + s.text() + "'; expected in_force, stayed, not_enforced or repealed");
        }
        return new DatedValue<>(dateOf(entry), status, citation(entry.require("cite")),
                confidence(entry.require("confidence")),
                entry.optionalNonNull("interpretation").map(StrictNode::text).orElse(null),
                entry.optionalNonNull("note").map(StrictNode::text).orElse(null));
    }

    static RuleHeader header(StrictNode root, String source) {
        return new RuleHeader(
                ruleId(root.require("id")),
                root.require("title").text(),
                root.require("text").text().strip(),
                series(root.require("status"), DatedReader::status),
                root.optionalNonNull("interpretations").map(StrictNode::textList).orElse(List.of()),
                source);
    }

    private static String ruleId(StrictNode node) {
        String id = node.text();
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9.:_-]*")) {
            throw node.error("invalid rule id '" + id + "': letters, digits, '.', ':', '_' and '-' only");
        }
        return id;
    }
}

package org.clearance.screening.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.match.Query;
import org.clearance.screening.match.Screener;
import org.clearance.screening.match.ScreeningHit;
import org.clearance.screening.match.ScreeningList;
import org.clearance.screening.match.ListVersionRef;
import org.clearance.screening.parse.ShippedLists;
import org.clearance.screening.list.ParsedList;

/**
 * Runs the labelled evaluation set against a screener at its default thresholds. A positive case is found when an
 * entry it expects is among the hits; a negative case raises a false alert when it gets any hit. Reports recall
 * (positives) and false-alert rate (negatives) per kind, and every miss and every false alert.
 */
public final class Evaluation {

    /** One labelled case and what the screener answered. */
    public record Outcome(String kind, String query, Set<String> expected, boolean positive, boolean found,
                          boolean top1, String topHit, double topScore) {
    }

    /** Per kind: how many cases and how many were found (positives) or alerted (negatives). */
    public record KindResult(String kind, boolean positive, int cases, int hits, int top1) {
        public double rate() {
            return cases == 0 ? 0 : (double) hits / cases;
        }
    }

    private Evaluation() {
    }

    public static Screener shippedScreener() {
        List<ScreeningList> lists = new ArrayList<>();
        long id = 1;
        for (ShippedLists.Shipped s : ShippedLists.all()) {
            ParsedList p = s.parse();
            lists.add(new ScreeningList(new ListVersionRef(id++, p.feed(), s.published(), p.contentHash()), p.entries()));
        }
        return Screener.build(lists);
    }

    public static List<String[]> cases() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (var in = Evaluation.class.getResourceAsStream("/evaluation/cases.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    public static List<Outcome> run(Screener screener, List<String[]> cases) {
        List<Outcome> out = new ArrayList<>(cases.size());
        for (String[] c : cases) {
            String country = c[2].isEmpty() ? null : c[2];
            EntityType type = c[3].isEmpty() ? EntityType.UNKNOWN : EntityType.ofQuery(c[3]);
            boolean positive = !c[4].equals("-");
            Set<String> expected = positive ? Set.of(c[4].split("\\|")) : Set.of();
            List<ScreeningHit> hits = screener.screen(new Query(c[1], country, type, null)).hits();
            boolean found = false;
            for (ScreeningHit h : hits) if (expected.contains(h.list() + ":" + h.entityId())) found = true;
            boolean top1 = !hits.isEmpty() && expected.contains(hits.get(0).list() + ":" + hits.get(0).entityId());
            String top = hits.isEmpty() ? "" : hits.get(0).list() + ":" + hits.get(0).entityId() + " " + hits.get(0).matchedName();
            out.add(new Outcome(c[0], c[1], expected, positive, positive ? found : !hits.isEmpty(), top1, top,
                    hits.isEmpty() ? 0 : hits.get(0).score()));
        }
        return out;
    }

    public static Map<String, KindResult> summarise(List<Outcome> outcomes) {
        Map<String, KindResult> m = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            KindResult k = m.getOrDefault(o.kind(), new KindResult(o.kind(), o.positive(), 0, 0, 0));
            m.put(o.kind(), new KindResult(o.kind(), o.positive(), k.cases() + 1, k.hits() + (o.found() ? 1 : 0),
                    k.top1() + (o.top1() ? 1 : 0)));
        }
        return m;
    }

    public static String summaryTsv(Map<String, KindResult> summary) {
        StringBuilder sb = new StringBuilder("# kind\tpolarity\tcases\tfound_or_alerted\trate\ttop1\n");
        for (KindResult k : summary.values()) {
            sb.append(k.kind()).append('\t').append(k.positive() ? "positive" : "negative").append('\t')
                    .append(k.cases()).append('\t').append(k.hits()).append('\t')
                    .append(String.format(Locale.ROOT, "%.4f", k.rate())).append('\t').append(k.top1()).append('\n');
        }
        return sb.toString();
    }

    public static String outcomesTsv(List<Outcome> outcomes) {
        StringBuilder sb = new StringBuilder("# kind\tresult\tquery\texpected\ttop hit\ttop score\n");
        for (Outcome o : outcomes) {
            String result = o.positive() ? (o.found() ? (o.top1() ? "found" : "found-not-top") : "MISS")
                    : (o.found() ? "FALSE-ALERT" : "clear");
            sb.append(o.kind()).append('\t').append(result).append('\t').append(o.query()).append('\t')
                    .append(String.join("|", o.expected())).append('\t').append(o.topHit()).append('\t')
                    .append(String.format(Locale.ROOT, "%.4f", o.topScore())).append('\n');
        }
        return sb.toString();
    }

    public static void write(Path dir, String name, List<Outcome> outcomes) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + "-summary.tsv"), summaryTsv(summarise(outcomes)));
        Files.writeString(dir.resolve(name + "-cases.tsv"), outcomesTsv(outcomes));
    }

    /** The committed baseline: kind → rate. */
    public static Map<String, Double> baseline() throws IOException {
        Map<String, Double> m = new LinkedHashMap<>();
        try (var in = Evaluation.class.getResourceAsStream("/evaluation/baseline-summary.tsv")) {
            if (in == null) return m;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                m.put(f[0], Double.parseDouble(f[3]) / Double.parseDouble(f[2])); // exact, from the counts
            }
        }
        return m;
    }
}

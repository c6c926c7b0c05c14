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
    public record Outcome(String id, EvaluationSplit.Part part, String kind, String query, Set<String> expected,
                          boolean positive, boolean found, boolean top1, String topHit, double topScore,
                          boolean sdnPerson) {
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
        return Screener.build(shippedLists());
    }

    public static List<ScreeningList> shippedLists() {
        List<ScreeningList> lists = new ArrayList<>();
        long id = 1;
        for (ShippedLists.Shipped s : ShippedLists.all()) {
            ParsedList p = s.parse();
            lists.add(new ScreeningList(new ListVersionRef(id++, p.feed(), s.published(), p.contentHash()), p.entries()));
        }
        return lists;
    }

    /** The case files of the set: the first generator's, then issue 17's. */
    static final List<String> CASE_FILES = List.of("/evaluation/cases.tsv", "/evaluation/cases-issue17.tsv");

    /** Every case of every case file, as its columns (kind, query, country, type, expected, note). */
    public static List<String[]> cases() throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String file : CASE_FILES) {
            try (var in = Evaluation.class.getResourceAsStream(file)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (String line : text.split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    out.add(line.split("\t", -1));
                }
            }
        }
        return out;
    }

    public static List<Outcome> run(Screener screener, List<ScreeningList> lists, List<String[]> cases) {
        Set<String> sdnPersons = new java.util.HashSet<>();
        for (ScreeningList l : lists) {
            for (var e : l.entries()) {
                if (e.type() == EntityType.INDIVIDUAL && e.list().code().equals("SDN")) sdnPersons.add("SDN:" + e.entityId());
            }
        }
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
            String id = EvaluationSplit.caseId(c);
            boolean sdnPerson = expected.stream().anyMatch(sdnPersons::contains);
            out.add(new Outcome(id, EvaluationSplit.part(id), c[0], c[1], expected, positive,
                    positive ? found : !hits.isEmpty(), top1, top, hits.isEmpty() ? 0 : hits.get(0).score(), sdnPerson));
        }
        return out;
    }

    /** Per kind, and per class of issue 17 (several kinds), of one part of the set. */
    public static Map<String, KindResult> summarise(List<Outcome> outcomes) {
        Map<String, KindResult> m = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            count(m, o.kind(), o);
            if (o.positive() && o.sdnPerson()) count(m, EvaluationSplit.SDN_PERSONS, o);
        }
        return m;
    }

    private static void count(Map<String, KindResult> m, String kind, Outcome o) {
        KindResult k = m.getOrDefault(kind, new KindResult(kind, o.positive(), 0, 0, 0));
        m.put(kind, new KindResult(kind, o.positive(), k.cases() + 1, k.hits() + (o.found() ? 1 : 0),
                k.top1() + (o.top1() ? 1 : 0)));
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

    /** Case by case: for the development part only (the held-out part is never written case by case). */
    public static String outcomesTsv(List<Outcome> outcomes) {
        StringBuilder sb = new StringBuilder("# id\tkind\tresult\tquery\texpected\ttop hit\ttop score\n");
        for (Outcome o : outcomes) {
            if (o.part() != EvaluationSplit.Part.DEVELOPMENT) throw new IllegalArgumentException("held-out case " + o.id());
            String result = o.positive() ? (o.found() ? (o.top1() ? "found" : "found-not-top") : "MISS")
                    : (o.found() ? "FALSE-ALERT" : "clear");
            sb.append(o.id()).append('\t').append(o.kind()).append('\t').append(result).append('\t').append(o.query())
                    .append('\t').append(String.join("|", new java.util.TreeSet<>(o.expected()))).append('\t')
                    .append(o.topHit()).append('\t').append(String.format(Locale.ROOT, "%.4f", o.topScore())).append('\n');
        }
        return sb.toString();
    }

    public static List<Outcome> part(List<Outcome> all, EvaluationSplit.Part part) {
        return all.stream().filter(o -> o.part() == part).toList();
    }

    /**
     * Writes {@code NAME-development-summary.tsv}, {@code NAME-development-cases.tsv} and
     * {@code NAME-heldout-summary.tsv} (no cases file for the held-out part).
     */
    public static void write(Path dir, String name, List<Outcome> outcomes) throws IOException {
        Files.createDirectories(dir);
        List<Outcome> dev = part(outcomes, EvaluationSplit.Part.DEVELOPMENT);
        Files.writeString(dir.resolve(name + "-development-summary.tsv"), summaryTsv(summarise(dev)));
        Files.writeString(dir.resolve(name + "-development-cases.tsv"), outcomesTsv(dev));
        Files.writeString(dir.resolve(name + "-heldout-summary.tsv"),
                summaryTsv(summarise(part(outcomes, EvaluationSplit.Part.HELD_OUT))));
    }

    /** A committed summary ({@code baseline-development}, {@code baseline-heldout}): kind → rate. */
    public static Map<String, Double> baseline(String name) throws IOException {
        Map<String, Double> m = new LinkedHashMap<>();
        try (var in = Evaluation.class.getResourceAsStream("/evaluation/" + name + "-summary.tsv")) {
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

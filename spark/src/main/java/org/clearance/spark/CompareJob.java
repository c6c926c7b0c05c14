package org.clearance.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.clearance.app.BatchRows;
import org.clearance.app.DateComparison;
import org.clearance.app.RuleData;
import org.clearance.app.json.Json;
import scala.Tuple2;

/**
 * {@code spark compare}: every row of an order book decided as if shipped on one date and on another, under the rules
 * of each (the question behind every "what did the new rule catch?" review). The output holds the rows whose verdict,
 * license requirement or review policy changes, each with the rules whose findings differ, and the rows that could not
 * be decided, in input order; {@code _clearance.json} counts every row (rows = unchanged + changed + errors), the
 * transitions between verdicts and how often each rule made a difference.
 */
final class CompareJob {

    record Options(String input, String inputFormat, String output, LocalDate from, LocalDate to, String database,
                   boolean noScreening, Path rulePack, Path catalog, List<Path> overlays) implements Serializable {
    }

    /** What a run found. */
    record Summary(long rows, long unchanged, long changed, long errors, Map<String, Long> transitions,
                   Map<String, Long> rules, String listVersions, long partiesScreened, double seconds) {
    }

    /** One output row: its index (for order), whether it changed, its record, the transition and rules it counts. */
    record Compared(long index, boolean changed, boolean error, String record, String transition, List<String> rules)
            implements Serializable {
    }

    private CompareJob() {
    }

    static Summary run(SparkSession spark, Options o) {
        long start = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        RuleBundle bundle = RuleBundle.read(o.rulePack(), o.catalog(), o.overlays());
        RuleData driverData = new RuleData(o.rulePack(), o.catalog());
        // both dates must be inside the pack's coverage: a bad date is the user's error, not every row's
        try {
            for (LocalDate d : List.of(o.from(), o.to())) driverData.pack().requireCovered(d);
        } catch (org.clearance.law.DateOutOfCoverageException e) {
            throw new org.clearance.app.BadInput("--from/--to: " + e.getMessage());
        }
        Broadcast<RuleBundle> rules = sc.broadcast(bundle);

        CheckJob.Options asCheck = new CheckJob.Options(o.input(), o.inputFormat(), o.output(), "jsonl", o.database(),
                o.noScreening(), o.rulePack(), o.catalog(), o.overlays(), false);
        CheckJob.Input in = CheckJob.read(spark, sc, asCheck);
        ExecutorRules.Shape shape = new ExecutorRules.Shape(in.index(), false, o.input(), LocalDate.now());
        CheckJob.Screened screened = o.noScreening() ? CheckJob.Screened.NONE
                : CheckJob.screen(sc, rules, shape, in.lines(), o.database());
        Broadcast<java.util.HashMap<String, String[][]>> hits = screened.hits();
        String inputName = in.inputName();
        LocalDate from = o.from();
        LocalDate to = o.to();

        JavaRDD<Compared> compared = in.lines().mapPartitions((Iterator<CheckJob.Line> it) -> {
            BatchRows rows = CheckJob.rows(rules.value(), shape, hits);
            List<Compared> out = new ArrayList<>();
            while (it.hasNext()) {
                Compared c = compare(rows, it.next(), inputName, from, to);
                if (c != null) out.add(c);
            }
            return out.iterator();
        }).cache();

        // the counts in one pass over the cached rows; then the records of the rows worth reading, in input order
        Map<String, Long> counts = compared.mapPartitions((Iterator<Compared> it) -> {
            Map<String, Long> m = new TreeMap<>();
            while (it.hasNext()) {
                Compared c = it.next();
                m.merge(c.error() ? "errors" : c.changed() ? "changed" : "unchanged", 1L, Long::sum);
                if (c.changed()) {
                    m.merge("transition\u0000" + c.transition(), 1L, Long::sum);
                    for (String r : c.rules()) m.merge("rule\u0000" + r, 1L, Long::sum);
                }
            }
            return List.of(m).iterator();
        }).reduce(CompareJob::sum);
        JavaRDD<String> records = compared.filter(c -> c.changed() || c.error())
                .mapToPair(c -> new Tuple2<>(c.index(), c.record())).sortByKey().values();
        spark.createDataset(records.rdd(), Encoders.STRING()).write().mode("errorifexists").text(o.output());
        compared.unpersist();

        Map<String, Long> transitions = new LinkedHashMap<>();
        Map<String, Long> ruleCounts = new LinkedHashMap<>();
        counts.forEach((k, v) -> {
            if (k.startsWith("transition\u0000")) transitions.put(k.substring(11), v);
            else if (k.startsWith("rule\u0000")) ruleCounts.put(k.substring(5), v);
        });
        long unchanged = counts.getOrDefault("unchanged", 0L);
        long changed = counts.getOrDefault("changed", 0L);
        long errors = counts.getOrDefault("errors", 0L);
        Summary s = new Summary(unchanged + changed + errors, unchanged, changed, errors, transitions, ruleCounts,
                screened.listVersions(), screened.parties(), (System.nanoTime() - start) / 1e9);
        writeSummary(sc, o, s, driverData, spark.sparkContext().master());
        return s;
    }

    private static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> m = new TreeMap<>(a);
        b.forEach((k, v) -> m.merge(k, v, Long::sum));
        return m;
    }

    private static Compared compare(BatchRows rows, CheckJob.Line line, String inputName, LocalDate from, LocalDate to)
            throws java.io.IOException {
        String[] cells;
        try {
            cells = line.cells() != null ? line.cells() : CsvCells.of(line.text());
        } catch (CsvCells.BadLine e) {
            DateComparison.Result bad = new DateComparison.Result(null, line.line(), null, null, List.of(),
                    inputName + " line " + line.line() + ": " + e.getMessage());
            return new Compared(line.index(), false, true, record(bad, from, to), null, List.of());
        }
        if (CsvCells.blank(cells)) return null;
        DateComparison.Result r = DateComparison.compare(rows, cells, line.line(), from, to);
        boolean changed = r.changed();
        return new Compared(line.index(), changed, r.error() != null,
                changed || r.error() != null ? record(r, from, to) : null,
                changed ? r.transition() : null,
                r.differences().stream().map(DateComparison.Difference::rule).distinct().toList());
    }

    private static String record(DateComparison.Result r, LocalDate from, LocalDate to) throws java.io.IOException {
        StringWriter w = new StringWriter(512);
        try (JsonGenerator g = Json.compactGenerator(w)) {
            g.setRootValueSeparator(null);
            DateComparison.write(g, r, from, to);
        }
        return w.toString();
    }

    private static void writeSummary(JavaSparkContext sc, Options o, Summary s, RuleData data, String master) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("job", "compare");
        root.put("input", o.input());
        root.put("input_format", o.inputFormat());
        root.put("from", o.from().toString());
        root.put("to", o.to().toString());
        root.put("master", master);
        root.put("finished", Instant.now().toString());
        root.put("seconds", Math.round(s.seconds() * 1000) / 1000.0);
        ObjectNode pack = root.putObject("rule_pack");
        pack.put("id", data.pack().info().id());
        pack.put("hash", data.pack().info().hash());
        var overlays = root.putArray("overlays");
        o.overlays().forEach(p -> overlays.add(p.toString()));
        if (s.listVersions() == null) root.putNull("list_versions");
        else root.put("list_versions", s.listVersions());
        root.put("parties_screened", s.partiesScreened());
        ObjectNode counts = root.putObject("counts");
        counts.put("rows", s.rows());
        counts.put("unchanged", s.unchanged());
        counts.put("changed", s.changed());
        counts.put("errors", s.errors());
        ObjectNode transitions = counts.putObject("transitions");
        s.transitions().forEach(transitions::put);
        ObjectNode rules = counts.putObject("rules");
        s.rules().forEach(rules::put);
        root.put("disclaimer", "Decision support, not legal advice.");
        CheckJob.writeSummary(sc, o.output(), root);
    }
}

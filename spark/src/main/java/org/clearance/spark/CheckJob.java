package org.clearance.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.clearance.app.BatchRows;
import org.clearance.app.Database;
import org.clearance.app.RuleData;
import org.clearance.app.ShipmentScreening;
import org.clearance.app.json.Json;
import org.clearance.determination.LicenseVerdict;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.parties.PartyQuery;
import org.clearance.ledger.parties.PartyScreening;
import org.clearance.yaml.InputException;
import scala.Tuple2;

/**
 * {@code spark check}: every row of an order book decided as {@code check --batch} decides it, on a Spark cluster.
 * The rows keep their input order and line numbers (a CSV's header and blank lines are counted, as on the command
 * line); the rule data is broadcast and loaded once per executor; each distinct named party is screened once, on the
 * driver against the given database (and kept there, as the command line keeps them), and its hits broadcast to the
 * executors; each row's record is written by the same code as the command line's, so it is the same bytes.
 */
final class CheckJob {

    /** What the user asked for. */
    record Options(String input, String inputFormat, String output, String outputFormat, String database,
                   boolean noScreening, Path rulePack, Path catalog, List<Path> overlays, boolean explain)
            implements Serializable {
    }

    /** What a run did, as written to {@code _clearance.json} beside the output. */
    record Summary(long rows, long decided, long errors, Map<String, Long> verdicts, String rulePackId,
                   String rulePackHash, String listVersions, long partiesScreened, double seconds) {
    }

    /** One input row: its index among the input's lines or records, its line number, and its text or cells. */
    record Line(long index, int line, String text, String[] cells) implements Serializable {
    }

    private CheckJob() {
    }

    static Summary run(SparkSession spark, Options o) {
        long start = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        RuleBundle bundle = RuleBundle.read(o.rulePack(), o.catalog(), o.overlays());
        RuleData driverData = new RuleData(o.rulePack(), o.catalog());
        Broadcast<RuleBundle> rules = sc.broadcast(bundle);

        Input in = read(spark, sc, o);
        JavaRDD<Line> lines = in.lines();
        ExecutorRules.Shape shape = new ExecutorRules.Shape(in.index(), o.explain(), o.input(), LocalDate.now());

        Screened screened = o.noScreening() ? Screened.NONE : screen(sc, rules, shape, lines, o.database());
        Broadcast<HashMap<String, String[][]>> hits = screened.hits();
        String listVersions = screened.listVersions();
        long screenedParties = screened.parties();

        LongAccumulator decided = sc.sc().longAccumulator("decided");
        LongAccumulator errors = sc.sc().longAccumulator("errors");
        Map<LicenseVerdict, LongAccumulator> verdicts = new java.util.EnumMap<>(LicenseVerdict.class);
        for (LicenseVerdict v : LicenseVerdict.values()) verdicts.put(v, sc.sc().longAccumulator("verdict " + v));
        Broadcast<HashMap<String, String[][]>> screenedHits = hits;
        String inputName = in.inputName();
        JavaRDD<Row> records = lines.mapPartitions((Iterator<Line> it) -> {
            BatchRows rows = rows(rules.value(), shape, screenedHits);
            List<Row> out = new ArrayList<>();
            while (it.hasNext()) {
                Line line = it.next();
                Row r = decide(rows, line, inputName);
                if (r == null) continue;
                LicenseVerdict v = r.isNullAt(3) ? null : LicenseVerdict.valueOf(r.getString(3));
                if (v == null) errors.add(1);
                else {
                    decided.add(1);
                    verdicts.get(v).add(1);
                }
                out.add(r);
            }
            return out.iterator();
        });
        write(spark, records, o);

        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        verdicts.forEach((v, a) -> {
            if (a.value() > 0) counts.put(v.name(), a.value());
        });
        Summary summary = new Summary(decided.value() + errors.value(), decided.value(), errors.value(), counts,
                driverData.pack().info().id(), driverData.pack().info().hash(), listVersions, screenedParties,
                (System.nanoTime() - start) / 1e9);
        writeSummary(sc, o, summary, spark.sparkContext().master());
        return summary;
    }

    /** The rows of the input and their layout. */
    record Input(JavaRDD<Line> lines, int[] index, String inputName) {
    }

    static Input read(SparkSession spark, JavaSparkContext sc, Options o) {
        if ("csv".equals(o.inputFormat())) {
            JavaRDD<String> text = sc.textFile(o.input());
            // the header is the first line that is not blank; the lines before it are counted, as on the command line
            List<String> head = text.take(1024);
            int h = 0;
            String[] header = null;
            for (; h < head.size(); h++) {
                String[] cells = CsvCells.of(head.get(h));
                if (!CsvCells.blank(cells)) {
                    header = cells;
                    break;
                }
            }
            if (header == null) {
                throw new InputException(o.input(), null, "no header row in the first " + head.size()
                        + " lines; expected a header row: " + BatchRows.COLUMNS);
            }
            int[] index = BatchRows.header(header, o.input(), h + 1);
            long headerIndex = h;
            JavaRDD<Line> lines = text.zipWithIndex().filter(t -> t._2() > headerIndex)
                    .map(t -> new Line(t._2(), Math.toIntExact(t._2() + 1), t._1(), null));
            return new Input(lines, index, o.input());
        }
        Dataset<Row> df = "jsonl".equals(o.inputFormat())
                ? spark.read().option("primitivesAsString", "true").json(o.input())
                : spark.read().parquet(o.input());
        String[] columns = df.columns();
        int[] index = BatchRows.header(columns, o.input(), 1);
        JavaRDD<Line> lines = df.toJavaRDD().zipWithIndex().map((Tuple2<Row, Long> t) -> {
            Row r = t._1();
            String[] cells = new String[columns.length];
            for (int i = 0; i < columns.length; i++) cells[i] = r.isNullAt(i) ? "" : String.valueOf(r.get(i)).strip();
            return new Line(t._2(), Math.toIntExact(t._2() + 1), null, cells);
        });
        return new Input(lines, index, o.input());
    }

    static String[] cellsOrNull(Line line) {
        if (line.cells() != null) return line.cells();
        try {
            return CsvCells.of(line.text());
        } catch (CsvCells.BadLine e) {
            return null;
        }
    }

    /** A row's record, as check --batch writes it (null for a blank line, which it skips). */
    private static Row decide(BatchRows rows, Line line, String inputName) throws IOException {
        String[] cells;
        try {
            cells = line.cells() != null ? line.cells() : CsvCells.of(line.text());
        } catch (CsvCells.BadLine e) {
            return RowFactory.create(line.index(), null, line.line(), null,
                    errorRecord(line.line(), inputName + " line " + line.line() + ": " + e.getMessage()));
        }
        if (CsvCells.blank(cells)) return null;
        StringWriter w = new StringWriter(256);
        LicenseVerdict v;
        try (JsonGenerator g = Json.compactGenerator(w)) {
            g.setRootValueSeparator(null);
            v = rows.write(cells, line.line(), g);
        }
        return RowFactory.create(line.index(), rows.id(cells), line.line(), v == null ? null : v.name(), w.toString());
    }

    private static String errorRecord(int line, String message) throws IOException {
        StringWriter w = new StringWriter(128);
        try (JsonGenerator g = Json.compactGenerator(w)) {
            g.writeStartObject();
            g.writeNullField("id");
            g.writeNumberField("line", line);
            g.writeStringField("error", message);
            g.writeEndObject();
        }
        return w.toString();
    }

    private static final StructType RECORDS = new StructType()
            .add("index", DataTypes.LongType, false)
            .add("id", DataTypes.StringType, true)
            .add("line", DataTypes.IntegerType, false)
            .add("verdict", DataTypes.StringType, true)
            .add("record", DataTypes.StringType, false);

    private static void write(SparkSession spark, JavaRDD<Row> records, Options o) {
        Dataset<Row> df = spark.createDataFrame(records, RECORDS);
        if ("parquet".equals(o.outputFormat())) {
            df.write().mode("errorifexists").parquet(o.output());
        } else {
            df.select("record").as(Encoders.STRING()).write().mode("errorifexists").text(o.output());
        }
    }

    /** The hits of the distinct parties screened on the driver (broadcast), the list versions, how many parties. */
    record Screened(Broadcast<HashMap<String, String[][]>> hits, String listVersions, long parties) {
        static final Screened NONE = new Screened(null, null, 0);
    }

    /**
     * Screens each distinct party the rows name once, on the driver against {@code database} (keeping them there, as
     * the command line keeps them), and broadcasts their hits; nothing when the input names no party.
     */
    static Screened screen(JavaSparkContext sc, Broadcast<RuleBundle> rules, ExecutorRules.Shape shape,
                           JavaRDD<Line> lines, String database) {
        if (!BatchRows.namesParties(shape.index())) return Screened.NONE;
        List<String> keys = lines.mapPartitions((Iterator<Line> it) -> {
            BatchRows rows = ExecutorRules.unscreened(rules.value(), shape);
            List<String> out = new ArrayList<>();
            while (it.hasNext()) {
                String[] cells = cellsOrNull(it.next());
                if (cells == null || CsvCells.blank(cells)) continue;
                for (PartyQuery q : rows.parties(cells)) out.add(PartyHits.key(q));
            }
            return out.iterator();
        }).distinct().collect();
        try (ScreeningService service = Database.open(database)) {
            PartyScreening parties = new PartyScreening(service);
            HashMap<String, String[][]> hits = new HashMap<>(keys.size() * 2);
            List<org.clearance.ledger.parties.Screened> kept = new ArrayList<>(keys.size());
            for (String key : keys) {
                org.clearance.ledger.parties.Screened s = parties.screen(PartyHits.query(key));
                kept.add(s);
                hits.put(key, PartyHits.encode(ShipmentScreening.Result.of(s).hits()));
            }
            parties.keepAll(kept);
            return new Screened(sc.broadcast(hits), parties.versionsLabel(), keys.size());
        }
    }

    /** The decider of a partition's rows: with the driver's hits when the parties were screened. */
    static BatchRows rows(RuleBundle bundle, ExecutorRules.Shape shape, Broadcast<HashMap<String, String[][]>> hits) {
        return hits == null ? ExecutorRules.unscreened(bundle, shape)
                : ExecutorRules.screened(bundle, shape, hits.id(), hits.value());
    }

    private static void writeSummary(JavaSparkContext sc, Options o, Summary s, String master) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("job", "check");
        root.put("input", o.input());
        root.put("input_format", o.inputFormat());
        root.put("output_format", o.outputFormat());
        root.put("master", master);
        root.put("finished", Instant.now().toString());
        root.put("seconds", Math.round(s.seconds() * 1000) / 1000.0);
        ObjectNode pack = root.putObject("rule_pack");
        pack.put("id", s.rulePackId());
        pack.put("hash", s.rulePackHash());
        root.putArray("overlays").addAll(o.overlays().stream()
                .map(p -> (com.fasterxml.jackson.databind.JsonNode) json.getNodeFactory().textNode(p.toString())).toList());
        if (s.listVersions() == null) root.putNull("list_versions");
        else root.put("list_versions", s.listVersions());
        root.put("parties_screened", s.partiesScreened());
        ObjectNode counts = root.putObject("counts");
        counts.put("rows", s.rows());
        counts.put("decided", s.decided());
        counts.put("errors", s.errors());
        ObjectNode verdicts = counts.putObject("verdicts");
        s.verdicts().forEach(verdicts::put);
        root.put("disclaimer", "Decision support, not legal advice.");
        writeSummary(sc, o.output(), root);
    }

    /** {@code _clearance.json} in the output directory, beside the parts. */
    static void writeSummary(JavaSparkContext sc, String output, ObjectNode root) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(output, "_clearance.json");
        try {
            FileSystem fs = target.getFileSystem(sc.hadoopConfiguration());
            try (OutputStream out = fs.create(target, true)) {
                out.write(json.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}

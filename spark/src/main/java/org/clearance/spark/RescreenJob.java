package org.clearance.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.clearance.app.Database;
import org.clearance.app.Screen;
import org.clearance.app.json.Json;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.parties.PartyScreening;
import scala.Tuple2;

/**
 * {@code spark rescreen}: every counterparty of a parties file (the columns of {@code screen --batch}: id,name,country)
 * screened against the database's latest list versions with the adjudications in force, each distinct row once
 * (deduplicated, then joined back to its rows), and, against a previous run's output, the hits added, changed and
 * gone per party. The parties are screened on the executors: each executor JVM opens the database once and builds the
 * screening index from it (the same index every command builds), so the driver ships no names and no hits.
 * Nothing is kept in the database: this is an analysis; {@code rescreen} keeps what it screens.
 */
final class RescreenJob {

    record Options(String parties, String database, String baseline, String output) implements Serializable {
    }

    record Summary(long rows, long distinct, long withHits, long errors, long partiesChanged, long added, long changed,
                   long gone, String listVersions, double seconds) {
    }

    /** One screening row: where it was, its cells. */
    record Row(long index, int line, List<String> cells) implements Serializable {
        String key() {
            return String.join("\u0000", cells);
        }
    }

    /** Per executor JVM and database: the screening of the list versions a job asked for, and its connection. */
    private record Opened(String versions, ScreeningService service, PartyScreening parties) {
    }

    private static final Map<String, Opened> SCREENING = new ConcurrentHashMap<>();

    /** The screening for {@code database} at {@code versions}, opened once per executor JVM; a newer import reopens it. */
    private static PartyScreening screening(String database, String versions) {
        return SCREENING.compute(String.valueOf(database), (k, open) -> {
            if (open != null && open.versions().equals(versions)) return open;
            if (open != null) open.service().close();
            ScreeningService service = Database.open(database);
            PartyScreening parties = new PartyScreening(service);
            if (!parties.versionsLabel().equals(versions)) {
                service.close();
                throw new IllegalStateException("the lists in " + database + " changed during the job: the driver saw "
                        + versions + ", this executor " + parties.versionsLabel());
            }
            return new Opened(versions, service, parties);
        }).parties();
    }

    private RescreenJob() {
    }

    /**
     * Closes the screenings opened in this JVM. In local mode the executors run inside the driver's JVM, and a
     * database left open there would outlive the job (and make the next open wait for it), so the driver closes
     * them when a job ends; a cluster's executors close theirs when their JVM ends.
     */
    static void closeOpened() {
        for (String k : List.copyOf(SCREENING.keySet())) {
            Opened o = SCREENING.remove(k);
            if (o != null) o.service().close();
        }
    }

    static Summary run(SparkSession spark, Options o) {
        try {
            return runJob(spark, o);
        } finally {
            closeOpened();
        }
    }

    private static Summary runJob(SparkSession spark, Options o) {
        long start = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String versions;
        try (ScreeningService service = Database.open(o.database())) {
            versions = new PartyScreening(service).versionsLabel();
        }
        String database = o.database();

        JavaRDD<Row> rows = rows(sc, o.parties()).cache();
        // each distinct row once, on the executors; then back to every row that has it
        JavaPairRDD<String, String> screened = rows.map(Row::key).distinct().mapPartitions((Iterator<String> it) -> {
            PartyScreening parties = screening(database, versions);
            List<Tuple2<String, String>> out = new ArrayList<>();
            while (it.hasNext()) {
                String key = it.next();
                List<String> cells = Arrays.asList(key.split("\u0000", -1));
                // the line is only written for a row in error, and such a record is made again below with its own line
                ObjectNode record = Screen.record(parties, cells, 0, null, null, org.clearance.app.OwnershipCheck.NONE, s -> { });
                out.add(new Tuple2<>(key, Json.compact(record)));
            }
            return out.iterator();
        }).mapToPair(t -> t);
        long distinct = screened.count();

        // no accumulators here: sorting samples its input first, so a transformation's side effects would count twice
        JavaPairRDD<Long, String> records = rows.mapToPair(r -> new Tuple2<>(r.key(), r)).join(screened)
                .mapToPair(t -> {
                    Row r = t._2()._1();
                    String record = t._2()._2();
                    JsonNode node = JSON.readTree(record);
                    if (node.has("error")) {
                        // the same record with the row's own line
                        ObjectNode withLine = Json.object();
                        withLine.set("id", node.get("id"));
                        withLine.put("line", r.line());
                        withLine.set("error", node.get("error"));
                        record = Json.compact(withLine);
                    }
                    return new Tuple2<>(r.index(), record);
                }).sortByKey().cache();
        Map<String, Long> kinds = records.values().map(record -> {
            JsonNode node = JSON.readTree(record);
            return node.has("error") ? "errors" : node.path("hits").isEmpty() ? "clear" : "with hits";
        }).countByValue();
        String partiesDir = o.output() + "/parties";
        spark.createDataset(records.values().rdd(), Encoders.STRING()).write().mode("errorifexists").text(partiesDir);
        long rowCount = kinds.values().stream().mapToLong(Long::longValue).sum();

        long[] change = {0, 0, 0, 0};
        if (o.baseline() != null) change = changes(spark, sc, records.values(), o.baseline() + "/parties", o.output() + "/changes");
        rows.unpersist();
        records.unpersist();

        Summary s = new Summary(rowCount, distinct, kinds.getOrDefault("with hits", 0L), kinds.getOrDefault("errors", 0L),
                change[0], change[1], change[2],
                change[3], versions, (System.nanoTime() - start) / 1e9);
        writeSummary(sc, o, s, spark.sparkContext().master());
        return s;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The rows of a screen --batch file: a byte-order mark and a header row (first cell "id") skipped, blank lines too. */
    private static JavaRDD<Row> rows(JavaSparkContext sc, String path) {
        JavaRDD<String> text = sc.textFile(path);
        List<String> head = text.take(1024);
        long header = -1;
        for (int i = 0; i < head.size(); i++) {
            String line = i == 0 && head.get(i).startsWith("\uFEFF") ? head.get(i).substring(1) : head.get(i);
            if (line.isBlank()) continue;
            if (cells(line).get(0).strip().equalsIgnoreCase("id")) header = i;
            break;
        }
        long skip = header;
        return text.zipWithIndex().filter(t -> t._2() != skip).flatMap(t -> {
            String line = t._2() == 0 && t._1().startsWith("\uFEFF") ? t._1().substring(1) : t._1();
            if (line.isBlank()) return java.util.Collections.emptyIterator();
            return List.of(new Row(t._2(), Math.toIntExact(t._2() + 1), cells(line))).iterator();
        });
    }

    private static List<String> cells(String line) {
        try {
            return Arrays.asList(CsvCells.of(line));
        } catch (CsvCells.BadLine e) {
            return List.of(line);
        }
    }

    /**
     * The hits added, changed (the listed name, the matched name, the score, blocked or the decision in force differ)
     * and gone for each party, this run against the baseline's; one JSON line per party with any, in party-id order.
     * Returns {parties changed, added, changed, gone}.
     */
    private static long[] changes(SparkSession spark, JavaSparkContext sc, JavaRDD<String> now, String baseline,
                                  String output) {
        JavaPairRDD<String, String> before = byParty(sc.textFile(baseline));
        JavaPairRDD<String, String> after = byParty(now);
        JavaRDD<String> lines = before.fullOuterJoin(after).flatMap(t -> {
            String party = t._1();
            Optional<String> was = t._2()._1();
            Optional<String> is = t._2()._2();
            ObjectNode diff = diff(party, was.isPresent() ? JSON.readTree(was.get()) : null,
                    is.isPresent() ? JSON.readTree(is.get()) : null);
            if (diff == null) return java.util.Collections.emptyIterator();
            return List.of(new Tuple2<>(party, Json.compact(diff))).iterator();
        }).mapToPair(t -> t).sortByKey().values().cache();
        spark.createDataset(lines.rdd(), Encoders.STRING()).write().mode("errorifexists").text(output);
        long[] counts = lines.map(l -> {
            JsonNode n = JSON.readTree(l);
            return new long[] {1, n.path("added").size(), n.path("changed").size(), n.path("gone").size()};
        }).fold(new long[4], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]});
        lines.unpersist();
        return counts;
    }

    /** Good records by party id (a party on several rows counts once). */
    private static JavaPairRDD<String, String> byParty(JavaRDD<String> records) {
        return records.flatMap(line -> {
            JsonNode n = JSON.readTree(line);
            if (!n.hasNonNull("party_id")) return java.util.Collections.emptyIterator();
            return List.of(new Tuple2<>(n.get("party_id").asText(), line)).iterator();
        }).mapToPair(t -> t).reduceByKey((a, b) -> a);
    }

    static ObjectNode diff(String party, JsonNode before, JsonNode after) {
        Map<String, JsonNode> was = hits(before);
        Map<String, JsonNode> is = hits(after);
        ArrayNode added = Json.array();
        ArrayNode changed = Json.array();
        ArrayNode gone = Json.array();
        for (Map.Entry<String, JsonNode> e : is.entrySet()) {
            JsonNode old = was.get(e.getKey());
            if (old == null) added.add(e.getValue());
            else if (!same(old, e.getValue())) {
                ObjectNode c = Json.object();
                c.set("before", old);
                c.set("after", e.getValue());
                changed.add(c);
            }
        }
        for (Map.Entry<String, JsonNode> e : was.entrySet()) if (!is.containsKey(e.getKey())) gone.add(e.getValue());
        if (added.isEmpty() && changed.isEmpty() && gone.isEmpty()) return null;
        ObjectNode o = Json.object();
        o.put("party_id", party);
        JsonNode any = after != null ? after : before;
        o.set("id", any.get("id"));
        o.put("in_baseline", before != null);
        o.put("in_this_run", after != null);
        o.set("added", added);
        o.set("changed", changed);
        o.set("gone", gone);
        return o;
    }

    private static Map<String, JsonNode> hits(JsonNode record) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (record == null) return out;
        for (JsonNode h : record.path("hits")) out.put(h.path("list").asText() + ":" + h.path("entity_id").asText(), h);
        return out;
    }

    /**
     * Scores that moved less than this are the same: the index weighs tokens by how rare they are in the lists, so
     * every new list version moves many scores in the third or fourth decimal without any change a reviewer acts on.
     */
    static final double SCORE_MOVE = 0.01;

    /** The same hit for a reviewer: a new list version alone (same entry, same match, same decision) is not a change. */
    private static boolean same(JsonNode a, JsonNode b) {
        for (String f : List.of("name", "matched_name", "blocked", "adjudicated", "entry_changed_since_adjudicated")) {
            if (!Objects.equals(a.get(f), b.get(f))) return false;
        }
        JsonNode x = a.get("score");
        JsonNode y = b.get("score");
        if (x == null || y == null || x.isNull() || y.isNull()) return Objects.equals(x, y);
        return Math.abs(x.asDouble() - y.asDouble()) < SCORE_MOVE;
    }

    private static void writeSummary(JavaSparkContext sc, Options o, Summary s, String master) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("job", "rescreen");
        root.put("parties", o.parties());
        root.put("master", master);
        root.put("finished", Instant.now().toString());
        root.put("seconds", Math.round(s.seconds() * 1000) / 1000.0);
        root.put("list_versions", s.listVersions());
        if (o.baseline() == null) root.putNull("baseline");
        else root.put("baseline", o.baseline());
        ObjectNode counts = root.putObject("counts");
        counts.put("rows", s.rows());
        counts.put("distinct", s.distinct());
        counts.put("with_hits", s.withHits());
        counts.put("errors", s.errors());
        if (o.baseline() != null) {
            counts.put("parties_changed", s.partiesChanged());
            counts.put("added", s.added());
            counts.put("changed", s.changed());
            counts.put("gone", s.gone());
        }
        root.put("disclaimer", "Decision support, not legal advice.");
        CheckJob.writeSummary(sc, o.output(), root);
    }
}

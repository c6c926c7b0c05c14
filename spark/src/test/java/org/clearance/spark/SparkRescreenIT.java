package org.clearance.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spark rescreen} (issue 15): every party of a file screened as {@code screen --batch --no-keep} screens it,
 * record for record; then, after a new SDN version that removes some listed names and renames another, the hits gone,
 * added and changed against the first run, party by party; a second run against the new lists reports nothing.
 */
class SparkRescreenIT {

    private static final Path SDN = Path.of("../lists/ofac-sdn-2024-05-03/sdn.csv");
    /** SDN entries (ent_num) the edited version drops, and the one it renames. */
    private static final Set<String> REMOVED = Set.of("11483", "11494", "11499");
    private static final String RENAMED = "11500";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static Path parties;
    private static String database;
    private static Map<String, String> sdnNames = new HashMap<>();

    @BeforeAll
    static void partiesFromTheListAndElsewhere() throws IOException {
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("^(\\d+),\"([^\"]+)\"");
        for (String line : Files.readAllLines(SDN, StandardCharsets.ISO_8859_1)) {
            java.util.regex.Matcher m = row.matcher(line);
            if (m.find()) sdnNames.put(m.group(1), m.group(2));
        }
        List<String> listed = new ArrayList<>(sdnNames.values());
        listed.sort(null);
        parties = tmp.resolve("parties.csv");
        SplittableRandom random = new SplittableRandom(20261208L);
        try (Writer w = Files.newBufferedWriter(parties, StandardCharsets.UTF_8)) {
            w.write("\uFEFFid,name,country\n");
            for (String ent : REMOVED) w.write("gone-" + ent + ",\"" + sdnNames.get(ent) + "\",\n");
            w.write("renamed,\"" + sdnNames.get(RENAMED) + "\",\n");
            for (int i = 0; i < 1500; i++) {
                if (i % 400 == 0) w.write("\n");
                String name = random.nextInt(5) == 0 ? listed.get(random.nextInt(listed.size()))
                        : "Trading Partner " + random.nextInt(1500) + " Ltd";
                String id = random.nextInt(3) == 0 ? "" : "c" + i;   // a given id names one party
                w.write(id + ",\"" + name + "\"," + (random.nextInt(6) == 0 ? "CN" : "") + "\n");
            }
            w.write("bad,,\n");
            w.write("one,two,three,four\n");
        }
        database = "jdbc:h2:file:" + tmp.resolve("db").resolve("clearance");
    }

    @Test
    void screens_as_screen_batch_then_reports_what_a_new_list_version_changed() throws IOException {
        // 1. the shipped lists: the job's records are screen --batch --no-keep's, byte for byte
        Path first = tmp.resolve("first");
        assertThat(spark("--parties", parties.toString(), "--output", first.toString())).isZero();
        List<String> expected = screenBatch();
        List<String> records = SparkCheckIT.records(first.resolve("parties"));
        assertThat(records).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) assertThat(records.get(i)).as("record %d", i).isEqualTo(expected.get(i));
        JsonNode s1 = summary(first);
        assertThat(s1.at("/counts/rows").asLong()).isEqualTo(expected.size());
        assertThat(s1.at("/counts/errors").asLong()).isEqualTo(expected.stream().filter(l -> l.contains("\"error\"")).count())
                .isGreaterThanOrEqualTo(2);
        assertThat(s1.at("/counts/distinct").asLong()).isLessThan(expected.size());
        assertThat(s1.at("/counts/with_hits").asLong()).isGreaterThan(50);

        // 2. a new SDN version: three entries removed, one renamed beyond recognition
        Path edited = tmp.resolve("sdn-edited").resolve("sdn.csv");
        Files.createDirectories(edited.getParent());
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(SDN, StandardCharsets.ISO_8859_1)) {
            String ent = line.split(",", 2)[0];
            if (REMOVED.contains(ent)) continue;
            if (ent.equals(RENAMED)) line = line.replace(sdnNames.get(RENAMED), "ZYXWV QUORTEL HOLDINGS");
            lines.add(line);
        }
        Files.write(edited, lines, StandardCharsets.ISO_8859_1);
        StringWriter err = new StringWriter();
        int imported = org.clearance.cli.Main.run(new String[] {"lists", "import", edited.toString(), "--format", "sdn",
                "--published", "2024-05-04", "--database", database}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(imported).as(err.toString()).isZero();

        Path second = tmp.resolve("second");
        assertThat(spark("--parties", parties.toString(), "--output", second.toString(), "--baseline", first.toString()))
                .isZero();
        Map<String, JsonNode> changes = new HashMap<>();
        for (String l : SparkCheckIT.records(second.resolve("changes"))) {
            JsonNode n = JSON.readTree(l);
            changes.put(n.path("id").asText(), n);
        }
        for (String ent : REMOVED) {
            JsonNode c = changes.get("gone-" + ent);
            assertThat(c).as("the party named as removed entry %s", ent).isNotNull();
            assertThat(c.path("gone").findValuesAsText("entity_id")).contains(ent);
        }
        assertThat(changes.get("renamed").path("gone").findValuesAsText("entity_id")).contains(RENAMED);
        // what changed, party by party, is what the command line's records before and after say
        List<String> after = screenBatch();
        Map<String, String> oracle = oracle(expected, after);
        Map<String, String> reported = new HashMap<>();
        for (JsonNode c : changes.values()) reported.put(c.path("party_id").asText(), keys(c));
        assertThat(reported).isEqualTo(oracle);
        JsonNode s2 = summary(second);
        assertThat(s2.at("/counts/parties_changed").asLong()).isEqualTo(changes.size());
        assertThat(s2.path("list_versions").asText()).contains("SDN@2024-05-04");
        // the job's records are still screen --batch's on the new lists
        assertThat(SparkCheckIT.records(second.resolve("parties"))).isEqualTo(after);

        // 3. nothing changed since: nothing reported
        Path third = tmp.resolve("third");
        assertThat(spark("--parties", parties.toString(), "--output", third.toString(), "--baseline", second.toString()))
                .isZero();
        assertThat(SparkCheckIT.records(third.resolve("changes"))).isEmpty();
        assertThat(summary(third).at("/counts/parties_changed").asLong()).isZero();
    }

    @Test
    void a_baseline_without_parties_is_refused_naming_the_option() {
        StringWriter err = new StringWriter();
        int status = SparkCommand.run(new String[] {"rescreen", "--parties", parties.toString(), "--output",
                tmp.resolve("never").toString(), "--baseline", tmp.resolve("nowhere").toString(), "--master", "local[1]",
                "--database", database}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--baseline");
    }

    /** Written apart from the job: per party id, "added … | changed … | gone …" of hit keys, between two runs' records. */
    private static Map<String, String> oracle(List<String> before, List<String> after) throws IOException {
        Map<String, Map<String, JsonNode>> was = byParty(before);
        Map<String, Map<String, JsonNode>> is = byParty(after);
        Set<String> parties = new java.util.TreeSet<>(was.keySet());
        parties.addAll(is.keySet());
        Map<String, String> out = new HashMap<>();
        for (String p : parties) {
            Map<String, JsonNode> a = was.getOrDefault(p, Map.of());
            Map<String, JsonNode> b = is.getOrDefault(p, Map.of());
            Set<String> added = new java.util.TreeSet<>(b.keySet());
            added.removeAll(a.keySet());
            Set<String> gone = new java.util.TreeSet<>(a.keySet());
            gone.removeAll(b.keySet());
            Set<String> changed = new java.util.TreeSet<>();
            for (String k : a.keySet()) {
                if (!b.containsKey(k)) continue;
                JsonNode x = a.get(k);
                JsonNode y = b.get(k);
                boolean moved = Math.abs(x.path("score").asDouble() - y.path("score").asDouble()) >= 0.01;
                if (moved || !x.path("name").equals(y.path("name")) || !x.path("matched_name").equals(y.path("matched_name"))
                        || !x.path("blocked").equals(y.path("blocked"))) {
                    changed.add(k);
                }
            }
            if (!added.isEmpty() || !gone.isEmpty() || !changed.isEmpty()) {
                out.put(p, "added " + added + " | changed " + changed + " | gone " + gone);
            }
        }
        return out;
    }

    private static Map<String, Map<String, JsonNode>> byParty(List<String> records) throws IOException {
        Map<String, Map<String, JsonNode>> out = new HashMap<>();
        for (String l : records) {
            JsonNode n = JSON.readTree(l);
            if (!n.hasNonNull("party_id") || out.containsKey(n.get("party_id").asText())) continue;
            Map<String, JsonNode> hits = new HashMap<>();
            for (JsonNode h : n.path("hits")) hits.put(h.path("list").asText() + ":" + h.path("entity_id").asText(), h);
            out.put(n.get("party_id").asText(), hits);
        }
        return out;
    }

    private static String keys(JsonNode change) {
        Set<String> added = new java.util.TreeSet<>();
        Set<String> changed = new java.util.TreeSet<>();
        Set<String> gone = new java.util.TreeSet<>();
        change.path("added").forEach(h -> added.add(h.path("list").asText() + ":" + h.path("entity_id").asText()));
        change.path("changed").forEach(c -> changed.add(c.at("/after/list").asText() + ":" + c.at("/after/entity_id").asText()));
        change.path("gone").forEach(h -> gone.add(h.path("list").asText() + ":" + h.path("entity_id").asText()));
        return "added " + added + " | changed " + changed + " | gone " + gone;
    }

    private static int spark(String... args) {
        List<String> all = new ArrayList<>(List.of("rescreen", "--master", "local[2]", "--database", database));
        all.addAll(List.of(args));
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        int status = SparkCommand.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();
        System.out.print(out);
        return status;
    }

    private static List<String> screenBatch() throws IOException {
        Path out = tmp.resolve("screen-" + System.nanoTime() + ".jsonl");
        StringWriter err = new StringWriter();
        int status = org.clearance.cli.Main.run(new String[] {"screen", "--batch", parties.toString(), "--no-keep",
                "--output", out.toString(), "--database", database}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(status).as(err.toString()).isZero();
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    private static JsonNode summary(Path dir) throws IOException {
        return JSON.readTree(dir.resolve("_clearance.json").toFile());
    }
}

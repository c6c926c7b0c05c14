package org.clearance.analysis.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.clearance.app.BadInput;
import org.clearance.rulepack.RulePackLoader;
import org.clearance.yaml.Documents;
import org.clearance.yaml.InputException;
import org.clearance.yaml.ResourceTree;

/**
 * The rule pack with a scenario's reforms applied, written as a pack directory of its own and read back by the
 * pack's loader, so that a reformed pack is checked exactly as a pack is (citations, references, dates in order).
 * The files a reform touches are rewritten as JSON (which YAML reads); the others are copied as they are.
 */
final class DerivedPack {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private DerivedPack() {
    }

    /** The pack in {@code source} (null: the bundled one) with the reforms, in a new directory under {@code work}. */
    static Path write(Path source, Scenario scenario, Path work) {
        Path from = source != null ? source : ResourceTree.locate(RulePackLoader.BUNDLED, "pack.yaml");
        Path to = work.resolve("pack");
        copy(from, to);
        for (int i = 0; i < scenario.reforms().size(); i++) {
            Reform r = scenario.reforms().get(i);
            String where = "reforms[" + i + "]";
            try {
                switch (r) {
                    case Reform.ParameterValue p -> parameter(to, p, scenario, where);
                    case Reform.RuleStatusChange s -> status(to, s, scenario, where);
                    case Reform.CountryMove c -> country(to, c, scenario, where);
                    case Reform.RuleAdded a -> added(to, a, scenario, where, i);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            RulePackLoader.load(to);
        } catch (InputException e) {
            throw new BadInput(scenario.file() + ": the rules with the reforms applied do not load: " + e.getMessage());
        }
        return to;
    }

    private static void added(Path pack, Reform.RuleAdded a, Scenario s, String where, int i) throws IOException {
        Path target = a.section().equals("parameters")
                ? pack.resolve("parameters").resolve(a.id() + ".yaml")
                : pack.resolve(a.section()).resolve("scenario-" + i + "-" + a.file().getFileName());
        if (Files.exists(target)) {
            throw new InputException(s.file(), where + ".id", "the pack already has " + a.section() + " " + a.id());
        }
        Files.createDirectories(target.getParent());
        Files.copy(a.file(), target);
    }

    private static void parameter(Path pack, Reform.ParameterValue p, Scenario s, String where) throws IOException {
        Path file = pack.resolve("parameters").resolve(p.parameter() + ".yaml");
        if (!p.parameter().matches("[a-z0-9_./-]+") || p.parameter().contains("..") || !Files.isRegularFile(file)) {
            throw new InputException(s.file(), where + ".parameter", "no parameter '" + p.parameter()
                    + "' in the rule pack (ids are paths under parameters/, e.g. 3a090/tpp_a1)");
        }
        ObjectNode root = (ObjectNode) read(file);
        ObjectNode entry = JSON.createObjectNode();
        if (p.value() == null) entry.putNull("value");
        else entry.put("value", p.value());
        dated(entry, p.cite(), p.confidence(), note(p.note(), s));
        root.set("values", withEntry((ObjectNode) root.get("values"), p.effective(), entry));
        write(file, root);
    }

    private static void status(Path pack, Reform.RuleStatusChange r, Scenario s, String where) throws IOException {
        Path file = ruleFile(pack, r.rule());
        if (file == null) {
            throw new InputException(s.file(), where + ".rule", "no rule '" + r.rule() + "' in the rule pack");
        }
        ObjectNode root = (ObjectNode) read(file);
        if (root.has("status")) {
            ObjectNode entry = JSON.createObjectNode();
            entry.put("status", r.status());
            dated(entry, r.cite(), r.confidence(), note(r.note(), s));
            root.set("status", withEntry((ObjectNode) root.get("status"), r.effective(), entry));
        } else {
            // a determination rule dates its content: the version in force before the date, with the new status
            ObjectNode versions = (ObjectNode) root.get("versions");
            ObjectNode before = null;
            for (Map.Entry<String, JsonNode> e : sorted(versions).entrySet()) {
                if (!LocalDate.parse(e.getKey()).isAfter(r.effective())) before = (ObjectNode) e.getValue();
            }
            if (before == null) {
                throw new InputException(s.file(), where + ".effective", "rule " + r.rule() + " has no version before "
                        + r.effective() + " to take another status");
            }
            ObjectNode entry = before.deepCopy();
            entry.remove(List.of("cite", "confidence", "note", "interpretation"));
            entry.put("status", r.status());
            dated(entry, r.cite(), r.confidence(), note(r.note(), s));
            root.set("versions", withEntry(versions, r.effective(), entry));
        }
        write(file, root);
    }

    private static void country(Path pack, Reform.CountryMove c, Scenario s, String where) throws IOException {
        Path file = pack.resolve("countries/groups.yaml");
        ObjectNode root = (ObjectNode) read(file);
        for (String[] move : new String[][]{{c.from(), "remove", "from"}, {c.to(), "add", "to"}}) {
            if (move[0] == null) continue;
            JsonNode group = root.get(move[0]);
            if (group == null) {
                throw new InputException(s.file(), where + "." + move[2], "no country group '" + move[0] + "'; the pack"
                        + " defines " + String.join(", ", iterable(root.fieldNames())));
            }
            ObjectNode entry = JSON.createObjectNode();
            ArrayNode codes = entry.putArray(move[1]);
            codes.add(c.country());
            dated(entry, c.cite(), c.confidence(), note(c.note(), s));
            ObjectNode membership = (ObjectNode) group.get("membership");
            if (membership.has(c.effective().toString())) {
                throw new InputException(s.file(), where + ".effective", "group " + move[0] + " already changes on "
                        + c.effective() + "; give the reform another date");
            }
            ((ObjectNode) group).set("membership", withEntry(membership, c.effective(), entry));
        }
        write(file, root);
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static String note(String note, Scenario s) {
        return "scenario " + s.id() + (note != null ? ": " + note : "");
    }

    private static void dated(ObjectNode entry, JsonNode cite, String confidence, String note) {
        entry.set("cite", cite.deepCopy());
        entry.put("confidence", confidence);
        entry.put("note", note);
    }

    /** The dated map with {@code entry} at {@code date}, in date order (a date already there is replaced). */
    private static ObjectNode withEntry(ObjectNode dated, LocalDate date, ObjectNode entry) {
        TreeMap<String, JsonNode> all = sorted(dated);
        all.put(date.toString(), entry);
        ObjectNode out = JSON.createObjectNode();
        all.forEach(out::set);
        return out;
    }

    private static TreeMap<String, JsonNode> sorted(ObjectNode dated) {
        TreeMap<String, JsonNode> all = new TreeMap<>();
        dated.fields().forEachRemaining(e -> all.put(e.getKey(), e.getValue()));
        return all;
    }

    private static Path ruleFile(Path pack, String id) throws IOException {
        for (String section : List.of("classification", "determination")) {
            try (Stream<Path> files = Files.list(pack.resolve(section))) {
                for (Path f : files.sorted().toList()) {
                    JsonNode n = read(f);
                    if (n.has("id") && id.equals(n.get("id").asText())) return f;
                }
            }
        }
        return null;
    }

    private static JsonNode read(Path file) {
        return Documents.read(file, file.toString()).raw();
    }

    private static void write(Path file, JsonNode node) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(node));
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

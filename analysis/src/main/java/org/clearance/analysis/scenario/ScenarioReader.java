package org.clearance.analysis.scenario;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clearance.yaml.Documents;
import org.clearance.yaml.InputException;
import org.clearance.yaml.StrictNode;

/**
 * Reads a scenario file (docs/analysis.md#scenario-files) with the pack's strict reader: unknown or duplicate keys,
 * bad dates and numbers, missing fields and citations are errors naming the file and the field.
 */
public final class ScenarioReader {

    private static final Set<String> KEYS = Set.of("id", "title", "proposal", "baseline", "reforms", "evaluate_on",
            "destinations");
    private static final Set<String> PROPOSAL_KEYS = Set.of("title", "href", "note");
    private static final Set<String> BASELINE_KEYS = Set.of("as_of", "overlays");
    private static final Set<String> PARAMETER_KEYS = Set.of("parameter", "value", "effective", "cite", "confidence", "note");
    private static final Set<String> STATUS_KEYS = Set.of("rule", "status", "effective", "cite", "confidence", "note");
    private static final Set<String> REMOVE_KEYS = Set.of("remove", "effective", "cite", "confidence", "note");
    private static final Set<String> COUNTRY_KEYS = Set.of("country", "from", "to", "effective", "cite", "confidence", "note");
    private static final Set<String> ADD_KEYS = Set.of("add", "section", "id");
    private static final Set<String> CITE_KEYS = Set.of("cfr", "fr", "href");
    static final Set<String> STATUSES = Set.of("in_force", "stayed", "not_enforced", "repealed");
    private static final Set<String> CONFIDENCES = Set.of("primary", "quoted", "secondary", "inferred", "unconfirmed");

    private ScenarioReader() {
    }

    public static Scenario read(Path file) {
        StrictNode root = Documents.read(file, file.toString()).allowOnly(KEYS);
        Path dir = file.toAbsolutePath().getParent();
        String id = root.require("id").text();
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) throw root.require("id").error("a scenario id is a lowercase slug");
        Scenario.Proposal proposal = root.optionalNonNull("proposal").map(p -> {
            p.allowOnly(PROPOSAL_KEYS);
            return new Scenario.Proposal(p.require("title").text(), p.optionalNonNull("href").map(StrictNode::text).orElse(null),
                    p.optionalNonNull("note").map(StrictNode::text).orElse(null));
        }).orElse(null);
        StrictNode baseline = root.require("baseline").allowOnly(BASELINE_KEYS);
        LocalDate asOf = baseline.require("as_of").date();
        List<Path> overlays = new ArrayList<>();
        for (StrictNode o : baseline.optionalNonNull("overlays").map(StrictNode::list).orElse(List.of())) {
            Path p = dir.resolve(o.text());
            if (!Files.isRegularFile(p)) throw o.error("no such overlay file: " + p);
            overlays.add(p);
        }
        List<Reform> reforms = new ArrayList<>();
        for (StrictNode r : root.require("reforms").list()) reforms.add(reform(r, dir));
        LocalDate latest = asOf;
        for (Reform r : reforms) {
            if (r.effective().isBefore(asOf)) {
                throw new InputException(file.toString(), "reforms", "reform '" + r.describe() + "' takes effect before"
                        + " the baseline date " + asOf + "; a scenario changes the rules from its baseline on");
            }
            if (r.effective().isAfter(latest)) latest = r.effective();
        }
        StrictNode on = root.optionalNonNull("evaluate_on").orElse(null);
        LocalDate evaluateOn = on == null ? latest : on.date();
        if (evaluateOn.isBefore(asOf)) throw on.error("evaluate_on " + evaluateOn + " is before the baseline date " + asOf);
        List<String> destinations = root.optionalNonNull("destinations").map(StrictNode::textList).orElse(List.of());
        return new Scenario(id, root.require("title").text(), proposal, asOf, overlays, reforms, evaluateOn,
                destinations, file.toString());
    }

    private static Reform reform(StrictNode r, Path dir) {
        if (r.has("parameter")) {
            r.allowOnly(PARAMETER_KEYS);
            StrictNode v = r.optional("value").orElseThrow(() -> r.error("a parameter reform gives a value (null repeals it)"));
            BigDecimal value = v.isNull() ? null : v.nonNegative();
            return new Reform.ParameterValue(r.require("parameter").text(), value, r.require("effective").date(),
                    cite(r), confidence(r), note(r));
        }
        if (r.has("rule")) {
            r.allowOnly(STATUS_KEYS);
            StrictNode s = r.require("status");
            if (!STATUSES.contains(s.text())) throw s.error("unknown status '" + s.text() + "'; expected one of " + STATUSES);
            return new Reform.RuleStatusChange(r.require("rule").text(), s.text(), r.require("effective").date(), cite(r),
                    confidence(r), note(r));
        }
        if (r.has("remove")) {
            r.allowOnly(REMOVE_KEYS);
            return new Reform.RuleStatusChange(r.require("remove").text(), "repealed", r.require("effective").date(),
                    cite(r), confidence(r), note(r));
        }
        if (r.has("country")) {
            r.allowOnly(COUNTRY_KEYS);
            String from = r.optionalNonNull("from").map(StrictNode::text).orElse(null);
            String to = r.optionalNonNull("to").map(StrictNode::text).orElse(null);
            if (from == null && to == null) throw r.error("a country reform names the group it leaves (from), joins (to), or both");
            return new Reform.CountryMove(r.require("country").text(), from, to, r.require("effective").date(), cite(r),
                    confidence(r), note(r));
        }
        if (r.has("add")) {
            r.allowOnly(ADD_KEYS);
            StrictNode s = r.require("section");
            if (!Set.of("classification", "determination", "parameters").contains(s.text())) {
                throw s.error("expected classification, determination or parameters");
            }
            StrictNode a = r.require("add");
            Path file = dir.resolve(a.text());
            if (!Files.isRegularFile(file)) throw a.error("no such file: " + file);
            StrictNode rule = Documents.read(file, file.toString()).requireObject();
            boolean parameter = s.text().equals("parameters");
            String id;
            if (parameter) {
                StrictNode pid = r.require("id");
                if (!pid.text().matches("[a-z0-9_]+(/[a-z0-9_.]+)*")) {
                    throw pid.error("a parameter id is a path under parameters/, e.g. scenario/dram_min");
                }
                id = pid.text();
            } else {
                if (r.has("id")) throw r.require("id").error("id is for a parameter; a rule file gives its own");
                id = rule.require("id").text();
            }
            StrictNode dated = parameter ? rule.require("values")
                    : rule.has("status") ? rule.require("status") : rule.require("versions");
            LocalDate first = null;
            for (String date : dated.entries().keySet()) {
                LocalDate d = StrictNode.parseDate(date, reason -> dated.error(reason));
                if (first == null || d.isBefore(first)) first = d;
            }
            if (first == null) throw dated.error("a rule needs at least one dated status or version");
            return new Reform.RuleAdded(file, s.text(), id, first);
        }
        throw r.error("a reform is one of: parameter, rule (a status), remove, country, add");
    }

    private static com.fasterxml.jackson.databind.JsonNode cite(StrictNode r) {
        StrictNode c = r.require("cite").allowOnly(CITE_KEYS);
        if (!c.has("cfr") && !c.has("fr")) throw c.error("a citation needs cfr or fr (the proposal's reference)");
        return c.raw();
    }

    private static String confidence(StrictNode r) {
        return r.optionalNonNull("confidence").map(c -> {
            if (!CONFIDENCES.contains(c.text())) throw c.error("expected one of " + CONFIDENCES);
            return c.text();
        }).orElse("unconfirmed");
    }

    private static String note(StrictNode r) {
        return r.optionalNonNull("note").map(StrictNode::text).orElse(null);
    }
}

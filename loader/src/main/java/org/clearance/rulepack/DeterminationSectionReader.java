package org.clearance.rulepack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearance.determination.DeterminationRule;
import org.clearance.determination.PolicyCondition;
import org.clearance.determination.ReviewPolicy;
import org.clearance.determination.RuleVersion;
import org.clearance.law.DatedSeries;
import org.clearance.law.DatedValue;
import org.clearance.law.RuleHeader;
import org.clearance.law.RuleStatus;
import org.clearance.yaml.Documents;
import org.clearance.yaml.InputException;
import org.clearance.yaml.ResourceTree;
import org.clearance.yaml.StrictNode;

/**
 * Reads {@code determination/*.yaml}: one rule per file (requirement, policy, exception or advisory), its content dated
 * by {@code versions}, each version with its status and citation.
 */
final class DeterminationSectionReader {

    private static final Set<String> COMMON = Set.of("id", "title", "type", "text", "interpretations", "versions");
    private static final Set<String> VERSION_KEYS = Set.of("status", "when", "policy", "conditions", "question",
            "notification", "cite", "confidence", "note", "interpretation");

    private DeterminationSectionReader() {
    }

    static List<DeterminationRule> rules(Path root, List<Path> files, String display) {
        List<DeterminationRule> rules = new ArrayList<>();
        Map<String, String> conditionOwners = new HashMap<>();
        for (Path file : files) {
            String source = ResourceTree.relative(root, file);
            StrictNode node = Documents.read(file, display + "/" + source).requireObject();
            DeterminationRule rule = rule(node, source);
            // one id, one condition: a license that certifies "us-supply" must not be read against another policy
            for (DatedValue<RuleVersion> v : rule.versions().values()) {
                for (PolicyCondition c : v.value().policyConditions()) {
                    String owner = conditionOwners.putIfAbsent(c.id(), rule.id());
                    if (owner != null && !owner.equals(rule.id())) {
                        throw new InputException(display + "/" + source, "versions." + v.from() + ".conditions",
                                "condition id '" + c.id() + "' is already used by " + owner + "; ids are unique in the pack");
                    }
                }
            }
            rules.add(rule);
        }
        return rules;
    }

    private static DeterminationRule rule(StrictNode node, String source) {
        StrictNode type = node.require("type");
        Set<String> allowed = new HashSet<>(COMMON);
        switch (type.text()) {
            case "requirement" -> allowed.addAll(Set.of("kind", "reason"));
            case "policy" -> allowed.add("overrides");
            case "exception" -> allowed.addAll(Set.of("code", "covers"));
            case "advisory" -> { }
            default -> throw type.error("unknown rule type '" + type.text()
                    + "'; expected requirement, policy, exception or advisory");
        }
        node.allowOnly(allowed);
        String t = type.text();
        List<DatedValue<RuleStatus>> statuses = new ArrayList<>();
        DatedSeries<RuleVersion> versions = DatedReader.series(node.require("versions"), entry -> {
            entry.allowOnly(VERSION_KEYS);
            DatedValue<RuleStatus> status = DatedReader.statusFields(entry);
            statuses.add(status);
            ReviewPolicy policy = entry.optionalNonNull("policy").map(DeterminationSectionReader::policy).orElse(null);
            if (t.equals("policy") && policy == null) throw entry.error("a policy rule gives a policy in each version");
            String question = entry.optionalNonNull("question").map(StrictNode::text).orElse(null);
            if (t.equals("advisory") && question == null) throw entry.error("an advisory gives a question in each version");
            List<String> notification = entry.optionalNonNull("notification").map(n -> notification(n, t)).orElse(List.of());
            // a policy's conditions carry ids that licenses name; an exception's are text for the answer
            boolean policyRule = t.equals("policy");
            List<PolicyCondition> policyConditions = policyRule
                    ? entry.optionalNonNull("conditions").map(DeterminationSectionReader::policyConditions).orElse(List.of())
                    : List.of();
            List<String> conditions = policyRule ? List.of()
                    : entry.optionalNonNull("conditions").map(StrictNode::textList).orElse(List.of());
            return new DatedValue<>(status.from(), new RuleVersion(ShipmentConditionReader.read(entry.require("when")), policy,
                    conditions, question, notification, policyConditions),
                    status.cite(), status.confidence(), status.interpretation(), status.note());
        });
        RuleHeader header = new RuleHeader(node.require("id").text(), node.require("title").text(),
                node.require("text").text().strip(), new DatedSeries<>(statuses),
                node.optionalNonNull("interpretations").map(StrictNode::textList).orElse(List.of()), source);
        return switch (t) {
            case "requirement" -> new DeterminationRule.Requirement(header, kind(node.require("kind")),
                    node.require("reason").text(), versions);
            case "policy" -> new DeterminationRule.Policy(header,
                    node.optionalNonNull("overrides").map(StrictNode::textList).orElse(List.of()), versions);
            case "exception" -> new DeterminationRule.Exception(header, node.require("code").text(),
                    node.require("covers").textList(), versions);
            default -> new DeterminationRule.Advisory(header, versions);
        };
    }

    /**
     * A review policy's conditions: each {@code {id, text}}, the id a lowercase slug ({@code us-supply}) unique within
     * the version, since licenses and certifications name conditions by it.
     */
    private static List<PolicyCondition> policyConditions(StrictNode node) {
        List<PolicyCondition> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (StrictNode c : node.list()) {
            if (!c.isObject()) {
                throw c.error("a review policy's condition is {id, text}: the id (e.g. us-supply) is what licenses "
                        + "and certifications name");
            }
            c.allowOnly(Set.of("id", "text"));
            StrictNode id = c.require("id");
            if (!PolicyCondition.ID.matcher(id.text()).matches()) {
                throw id.error("condition id '" + id.text() + "' is not a lowercase slug (letters and digits joined by "
                        + "single hyphens, e.g. us-supply)");
            }
            if (!ids.add(id.text())) throw id.error("duplicate condition id '" + id.text() + "'");
            StrictNode text = c.require("text");
            if (text.text().isBlank()) throw text.error("a condition's text is required");
            out.add(new PolicyCondition(id.text(), text.text()));
        }
        return out;
    }

    /** The item data an exception's notification carries: a list drawn from {@link RuleVersion#NOTIFICATION_DATA}. */
    private static List<String> notification(StrictNode node, String type) {
        if (!type.equals("exception")) throw node.error("only a license exception can require a notification");
        List<String> data = node.textList();
        for (String d : data) {
            if (!RuleVersion.NOTIFICATION_DATA.contains(d)) {
                throw node.error("unknown notification data '" + d + "'; expected " + String.join(", ", RuleVersion.NOTIFICATION_DATA));
            }
        }
        if (data.isEmpty()) throw node.error("a notification carries at least one item datum; leave the key out otherwise");
        return data;
    }

    private static DeterminationRule.Kind kind(StrictNode node) {
        try {
            return DeterminationRule.Kind.valueOf(node.text().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw node.error("unknown kind '" + node.text() + "'; expected rs_license, headquarters, embargo or end_use");
        }
    }

    static ReviewPolicy policy(StrictNode node) {
        try {
            return ReviewPolicy.valueOf(node.text().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw node.error("unknown policy '" + node.text()
                    + "'; expected presumption_of_approval, case_by_case, presumption_of_denial or policy_of_denial");
        }
    }
}

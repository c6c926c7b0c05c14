package org.clearance.rulepack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clearance.classification.ClassificationRule;
import org.clearance.classification.ClassificationRules;
import org.clearance.classification.ExclusionNote;
import org.clearance.classification.ParagraphRule;
import org.clearance.classification.PointerNote;
import org.clearance.classification.SystemRule;
import org.clearance.classification.TppReading;
import org.clearance.classification.ZParagraphRule;
import org.clearance.law.NotEvaluated;
import org.clearance.law.RuleHeader;
import org.clearance.yaml.Documents;
import org.clearance.yaml.StrictNode;

/** Reads {@code classification/*.yaml}: one rule per file, its type deciding which keys it may have. */
final class ClassificationSectionReader {

    private static final Set<String> HEADER = Set.of("id", "title", "type", "text", "status", "interpretations");

    private ClassificationSectionReader() {
    }

    static List<ClassificationRule> rules(Path root, List<Path> files) {
        List<ClassificationRule> rules = new ArrayList<>();
        for (Path file : files) {
            String source = org.clearance.yaml.ResourceTree.relative(root, file);
            StrictNode node = Documents.read(file, label(root, file)).requireObject();
            rules.add(rule(node, source));
        }
        return rules;
    }

    static String label(Path root, Path file) {
        return "rulepacks/" + root.getFileName() + "/" + org.clearance.yaml.ResourceTree.relative(root, file);
    }

    private static ClassificationRule rule(StrictNode node, String source) {
        StrictNode type = node.require("type");
        return switch (type.text()) {
            case "paragraph" -> {
                node.allowOnly(with("paragraph", "eccn", "scope", "test"));
                RuleHeader h = DatedReader.header(node, source);
                String paragraph = node.optionalNonNull("paragraph").map(StrictNode::text).orElse(h.id());
                StrictNode scope = node.require("scope");
                ParagraphRule.Scope s;
                try {
                    s = ParagraphRule.Scope.valueOf(scope.text().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw scope.error("unknown scope '" + scope.text() + "'; expected logic or memory");
                }
                yield new ParagraphRule(h, paragraph, node.require("eccn").text(), s,
                        ConditionReader.read(node.require("test")));
            }
            case "exclusion" -> {
                node.allowOnly(with("excludes", "test"));
                yield new ExclusionNote(DatedReader.header(node, source), node.require("excludes").textList(),
                        ConditionReader.read(node.require("test")));
            }
            case "pointer" -> {
                node.allowOnly(with("test"));
                yield new PointerNote(DatedReader.header(node, source), ConditionReader.read(node.require("test")));
            }
            case "system" -> {
                node.allowOnly(with("eccn", "contains"));
                yield new SystemRule(DatedReader.header(node, source), node.require("eccn").text(),
                        node.require("contains").text());
            }
            case "z" -> {
                node.allowOnly(with("bases", "maps"));
                Map<String, String> maps = new LinkedHashMap<>();
                node.require("maps").entries().forEach((k, v) -> maps.put(k, v.text()));
                yield new ZParagraphRule(DatedReader.header(node, source), node.require("bases").textList(), maps);
            }
            default -> throw type.error("unknown rule type '" + type.text()
                    + "'; expected paragraph, exclusion, pointer, system or z");
        };
    }

    private static Set<String> with(String... keys) {
        Set<String> all = new java.util.HashSet<>(HEADER);
        all.addAll(List.of(keys));
        return all;
    }

    /** The alternative TPP readings declared by interpretations with {@code readings}. */
    static List<TppReading> readings(StrictNode interpretation) {
        String id = interpretation.require("id").text();
        List<TppReading> out = new ArrayList<>();
        for (StrictNode r : interpretation.optional("readings").map(StrictNode::list).orElse(List.of())) {
            r.allowOnly(Set.of("label", "aggregation", "precision", "bit_length", "excluded"));
            String label = r.require("label").text();
            TppReading.Aggregation aggregation = TppReading.Aggregation.PER_BIT_LENGTH_SUM;
            Map<String, Optional<Integer>> bits = Map.of();
            Optional<StrictNode> agg = r.optionalNonNull("aggregation");
            if (agg.isPresent()) {
                try {
                    aggregation = TppReading.Aggregation.valueOf(agg.get().text().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw agg.get().error("unknown aggregation; expected per_bit_length_sum or per_unit_highest_sum");
                }
            } else {
                String precision = r.require("precision").text().toUpperCase(Locale.ROOT);
                boolean excluded = r.optionalNonNull("excluded").map(StrictNode::bool).orElse(false);
                if (excluded == r.has("bit_length")) {
                    throw r.error("a precision reading gives either bit_length or excluded: true");
                }
                bits = Map.of(precision, excluded ? Optional.empty()
                        : Optional.of(r.require("bit_length").positiveInt()));
            }
            out.add(new TppReading(id, label, aggregation, bits));
        }
        return out;
    }

    static ClassificationRules section(List<ClassificationRule> rules, List<TppReading> readings,
                                       List<NotEvaluated> notEvaluated) {
        List<ParagraphRule> paragraphs = new ArrayList<>();
        List<ExclusionNote> exclusions = new ArrayList<>();
        List<PointerNote> pointers = new ArrayList<>();
        List<SystemRule> systems = new ArrayList<>();
        List<ZParagraphRule> zs = new ArrayList<>();
        for (ClassificationRule r : rules) {
            switch (r) {
                case ParagraphRule p -> paragraphs.add(p);
                case ExclusionNote x -> exclusions.add(x);
                case PointerNote p -> pointers.add(p);
                case SystemRule s -> systems.add(s);
                case ZParagraphRule z -> zs.add(z);
            }
        }
        return new ClassificationRules(paragraphs, exclusions, pointers, systems, zs, readings, notEvaluated);
    }
}

package org.clearance.rulepack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearance.classification.ClassificationRule;
import org.clearance.classification.ClassificationRules;
import org.clearance.classification.Classifier;
import org.clearance.classification.Condition;
import org.clearance.classification.ExclusionNote;
import org.clearance.classification.ItemCatalog;
import org.clearance.classification.ParagraphRule;
import org.clearance.classification.PointerNote;
import org.clearance.classification.TppReading;
import org.clearance.determination.DestinationScope;
import org.clearance.determination.DeterminationRule;
import org.clearance.determination.DeterminationRules;
import org.clearance.determination.RestrictedList;
import org.clearance.determination.ReviewPolicy;
import org.clearance.determination.RuleVersion;
import org.clearance.geography.Geography;
import org.clearance.law.DatedSeries;
import org.clearance.law.DatedValue;
import org.clearance.law.Interpretation;
import org.clearance.law.NotEvaluated;
import org.clearance.law.PackInfo;
import org.clearance.law.Parameter;
import org.clearance.law.Rule;
import org.clearance.law.RulePack;
import org.clearance.yaml.Documents;
import org.clearance.yaml.InputException;
import org.clearance.yaml.ResourceTree;
import org.clearance.yaml.StrictNode;

/**
 * Loads a rule pack directory strictly: unknown keys, duplicate keys, bad or unordered dates, a dated value
 * without a citation, a reference to a parameter or interpretation that does not exist, or a rule in force without
 * its parameters are errors naming the file and the field.
 *
 * <p>Layout: {@code pack.yaml}, {@code interpretations.yaml}, {@code parameters/**}{@code /*.yaml} (the id of a
 * parameter is its path, e.g. {@code 3a090/tpp_a1}) and {@code classification/*.yaml} (one rule per file).
 */
public final class RulePackLoader {

    public static final String BUNDLED = "rulepacks/us-ear";
    private static final String COUNTRIES = "countries/countries.yaml";
    private static final String GROUPS = "countries/groups.yaml";
    private static final Set<String> PACK_KEYS = Set.of("id", "title", "covers_from", "last_reviewed", "disclaimer",
            "not_evaluated", "reasons_for_control", "restricted_lists", "ownership_rules");
    private static final Set<String> RESTRICTED_LIST_KEYS = Set.of("name", "effect", "review_policy", "note",
            "footnotes", "cite", "confidence", "interpretation");
    private static final Set<String> PARAMETER_KEYS = Set.of("description", "unit", "values");
    private static final Set<String> VALUE_KEYS = Set.of("value", "cite", "confidence", "note", "interpretation");
    private static final Set<String> INTERPRETATION_KEYS = Set.of("id", "question", "doc", "primary", "alternatives",
            "readings");

    private RulePackLoader() {
    }

    /** The pack shipped with Clearance. */
    public static RulePack bundled() {
        return load(ResourceTree.locate(BUNDLED, "pack.yaml"), BUNDLED);
    }

    /** A pack from a directory (e.g. a proposed rule set an analyst is testing). */
    public static RulePack load(Path directory) {
        return load(directory, directory.toString());
    }

    private static RulePack load(Path root, String display) {
        if (!Files.isRegularFile(root.resolve("pack.yaml"))) {
            throw new InputException(display, null, "not a rule pack: pack.yaml is missing");
        }
        List<Path> files = ResourceTree.files(root, ".yaml", ".yml", ".json");
        Labels labels = new Labels(root, display);
        StrictNode pack = Documents.read(root.resolve("pack.yaml"), labels.of(root.resolve("pack.yaml")))
                .allowOnly(PACK_KEYS);

        List<Interpretation> interpretations = new ArrayList<>();
        List<TppReading> readings = new ArrayList<>();
        Path interpretationsFile = root.resolve("interpretations.yaml");
        if (Files.isRegularFile(interpretationsFile)) {
            for (StrictNode i : Documents.read(interpretationsFile, labels.of(interpretationsFile)).list()) {
                interpretations.add(interpretation(i));
                readings.addAll(ClassificationSectionReader.readings(i));
            }
        }

        List<Parameter> parameters = new ArrayList<>();
        List<Path> ruleFiles = new ArrayList<>();
        List<Path> determinationFiles = new ArrayList<>();
        for (Path f : files) {
            String rel = ResourceTree.relative(root, f);
            if (rel.equals("pack.yaml") || rel.equals("interpretations.yaml") || rel.equals(COUNTRIES)
                    || rel.equals(GROUPS)) continue;
            if (rel.startsWith("parameters/")) {
                parameters.add(parameter(f, rel, labels.of(f)));
            } else if (rel.startsWith("classification/")) {
                ruleFiles.add(f);
            } else if (rel.startsWith("determination/")) {
                determinationFiles.add(f);
            } else {
                throw new InputException(labels.of(f), null, "unexpected file; a pack holds pack.yaml, "
                        + "interpretations.yaml, parameters/, classification/, determination/ and countries/");
            }
        }
        List<ClassificationRule> classification = new ArrayList<>();
        for (ClassificationRule r : ClassificationSectionReader.rules(root, ruleFiles)) classification.add(r);

        Map<String, List<NotEvaluated>> notEvaluated = notEvaluated(pack);
        ClassificationRules section = ClassificationSectionReader.section(classification, readings,
                notEvaluated.getOrDefault("classification", List.of()));

        LocalDate coversFrom = pack.require("covers_from").date();
        PackInfo info = new PackInfo(pack.require("id").text(), pack.require("title").text(), hash(root, files),
                pack.require("last_reviewed").date(), coversFrom,
                pack.require("disclaimer").text().strip());

        List<Rule> rules = new ArrayList<>(section.all());
        Map<Class<?>, Object> sections = new HashMap<>();
        sections.put(ClassificationRules.class, section);
        if (!determinationFiles.isEmpty()) {
            if (!Files.isRegularFile(root.resolve(COUNTRIES)) || !Files.isRegularFile(root.resolve(GROUPS))) {
                throw new InputException(display, null, "determination rules need " + COUNTRIES + " and " + GROUPS);
            }
            Geography geography = GeographyReader.read(root.resolve(COUNTRIES), labels.of(root.resolve(COUNTRIES)),
                    root.resolve(GROUPS), labels.of(root.resolve(GROUPS)));
            List<DeterminationRule> determination = DeterminationSectionReader.rules(root, determinationFiles, display);
            DeterminationRules d = determinationSection(determination, geography, reasons(pack),
                    restrictedLists(pack, interpretations), notEvaluated.getOrDefault("determination", List.of()),
                    OwnershipRulesReader.read(pack, interpretations, determination, coversFrom));
            validateDetermination(d, parameters, labels);
            rules.addAll(d.all());
            sections.put(DeterminationRules.class, d);
        }
        validate(info, parameters, interpretations, rules, labels);
        RulePack result = new RulePack(info, parameters, interpretations, sections, rules,
                notEvaluated.values().stream().flatMap(List::stream).toList());
        compile(result, labels);
        return result;
    }

    /** Builds each period's plan once, so that a rule in force without its parameters fails at load. */
    private static void compile(RulePack pack, Labels labels) {
        try {
            new Classifier(pack, ItemCatalog.empty());
        } catch (IllegalStateException e) {
            throw new InputException(labels.display, null, e.getMessage());
        }
    }

    private record Labels(Path root, String display) {
        String of(Path file) {
            return display + "/" + ResourceTree.relative(root, file);
        }

        String ofSource(String source) {
            return display + "/" + source;
        }
    }

    private static Interpretation interpretation(StrictNode node) {
        node.allowOnly(INTERPRETATION_KEYS);
        String doc = node.require("doc").text();
        if (!doc.startsWith("docs/interpretations.md#")) {
            throw node.require("doc").error("expected a link into docs/interpretations.md#…");
        }
        return new Interpretation(node.require("id").text(), node.require("question").text(), doc,
                node.require("primary").text(),
                node.optionalNonNull("alternatives").map(StrictNode::textList).orElse(List.of()));
    }

    private static Parameter parameter(Path file, String rel, String label) {
        StrictNode node = Documents.read(file, label).allowOnly(PARAMETER_KEYS);
        String id = rel.substring("parameters/".length()).replaceFirst("\\.(yaml|yml|json)$", "");
        DatedSeries<BigDecimal> series = DatedReader.series(node.require("values"), entry -> {
            entry.allowOnly(VALUE_KEYS);
            StrictNode value = entry.optional("value").orElseThrow(() ->
                    entry.error("required field value is missing (use value: null for a repeal)"));
            return new DatedValue<>(DatedReader.dateOf(entry), value.isNull() ? null : value.number(),
                    DatedReader.citation(entry.require("cite")), DatedReader.confidence(entry.require("confidence")),
                    entry.optionalNonNull("interpretation").map(StrictNode::text).orElse(null),
                    entry.optionalNonNull("note").map(StrictNode::text).orElse(null));
        });
        return new Parameter(id, node.require("description").text(), node.require("unit").text(), series, rel);
    }

    private static Map<String, List<NotEvaluated>> notEvaluated(StrictNode pack) {
        Map<String, List<NotEvaluated>> out = new LinkedHashMap<>();
        pack.optionalNonNull("not_evaluated").ifPresent(n -> n.entries().forEach((section, list) -> {
            List<NotEvaluated> items = new ArrayList<>();
            for (StrictNode item : list.list()) {
                item.allowOnly(Set.of("id", "reason"));
                items.add(new NotEvaluated(item.require("id").text(), item.require("reason").text()));
            }
            out.put(section, items);
        }));
        return out;
    }

    private static void validate(PackInfo info, List<Parameter> parameters, List<Interpretation> interpretations,
                                 List<Rule> rules, Labels labels) {
        Set<String> parameterIds = new HashSet<>();
        parameters.forEach(p -> parameterIds.add(p.id()));
        Set<String> interpretationIds = new HashSet<>();
        for (Interpretation i : interpretations) {
            if (!interpretationIds.add(i.id())) {
                throw new InputException(labels.ofSource("interpretations.yaml"), i.id(), "duplicate interpretation id");
            }
        }
        Set<String> ruleIds = new HashSet<>();
        for (Rule r : rules) {
            String file = labels.ofSource(r.source());
            if (!ruleIds.add(r.id())) throw new InputException(file, "id", "duplicate rule id '" + r.id() + "'");
            for (String i : r.interpretations()) {
                if (!interpretationIds.contains(i)) {
                    throw new InputException(file, "interpretations", "unknown interpretation '" + i
                            + "'; add it to interpretations.yaml and docs/interpretations.md");
                }
            }
            for (DatedValue<?> v : r.status().values()) {
                if (v.from().isBefore(info.coversFrom())) {
                    throw new InputException(file, "status." + v.from(), "dated before the pack's covers_from ("
                            + info.coversFrom() + ")");
                }
                if (v.interpretation() != null && !interpretationIds.contains(v.interpretation())) {
                    throw new InputException(file, "status." + v.from() + ".interpretation",
                            "unknown interpretation '" + v.interpretation() + "'");
                }
            }
            Condition condition = switch (r) {
                case ParagraphRule p -> p.condition();
                case ExclusionNote x -> x.condition();
                case PointerNote p -> p.condition();
                default -> null;
            };
            if (condition != null) {
                List<String> used = new ArrayList<>();
                condition.collectParameters(used);
                for (String p : used) {
                    if (!parameterIds.contains(p)) {
                        throw new InputException(file, "test", "unknown parameter '" + p
                                + "'; parameters are files under parameters/, e.g. 3a090/tpp_a1");
                    }
                }
            }
        }
        for (Parameter p : parameters) {
            for (DatedValue<BigDecimal> v : p.series().values()) {
                if (v.from().isBefore(info.coversFrom())) {
                    throw new InputException(labels.ofSource("parameters/" + p.id() + ".yaml"), "values." + v.from(),
                            "dated before the pack's covers_from (" + info.coversFrom() + ")");
                }
            }
        }
    }

    private static Map<String, DeterminationRules.ReasonsForControl> reasons(StrictNode pack) {
        Map<String, DeterminationRules.ReasonsForControl> out = new LinkedHashMap<>();
        pack.optionalNonNull("reasons_for_control").ifPresent(n -> n.entries().forEach((eccn, entry) -> {
            entry.allowOnly(Set.of("reasons", "cite"));
            out.put(eccn, new DeterminationRules.ReasonsForControl(entry.require("reasons").textList(),
                    DatedReader.citation(entry.require("cite"))));
        }));
        return out;
    }

    /** {@code restricted_lists}: per list code, what a hit does, with its citation. */
    private static Map<String, RestrictedList> restrictedLists(StrictNode pack, List<Interpretation> interpretations) {
        Map<String, RestrictedList> out = new LinkedHashMap<>();
        Set<String> known = new java.util.HashSet<>();
        interpretations.forEach(i -> known.add(i.id()));
        pack.optionalNonNull("restricted_lists").ifPresent(n -> n.entries().forEach((code, entry) -> {
            entry.allowOnly(RESTRICTED_LIST_KEYS);
            StrictNode effectNode = entry.require("effect");
            RestrictedList.Effect effect;
            try {
                effect = RestrictedList.Effect.valueOf(effectNode.text().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw effectNode.error("unknown effect '" + effectNode.text() + "'; expected entry, license, blocked or review");
            }
            ReviewPolicy policy = entry.optionalNonNull("review_policy").map(DeterminationSectionReader::policy).orElse(null);
            if ((effect == RestrictedList.Effect.LICENSE) != (policy != null)) {
                throw entry.error("review_policy is required with effect license, and only then");
            }
            Map<Integer, String> footnotes = new LinkedHashMap<>();
            entry.optionalNonNull("footnotes").ifPresent(f -> f.entries().forEach((number, text) -> {
                try {
                    footnotes.put(Integer.parseInt(number), text.text());
                } catch (NumberFormatException e) {
                    throw text.error("a footnote is named by its number, got '" + number + "'");
                }
            }));
            String interpretation = entry.optionalNonNull("interpretation").map(StrictNode::text).orElse(null);
            if (interpretation != null && !known.contains(interpretation)) {
                throw entry.require("interpretation").error("unknown interpretation '" + interpretation
                        + "'; add it to interpretations.yaml");
            }
            out.put(code, new RestrictedList(code, entry.require("name").text(), effect, policy,
                    entry.optionalNonNull("note").map(StrictNode::text).orElse(null), footnotes,
                    DatedReader.citation(entry.require("cite")), DatedReader.confidence(entry.require("confidence")),
                    interpretation));
        }));
        return out;
    }

    private static DeterminationRules determinationSection(List<DeterminationRule> rules, Geography geography,
                                                           Map<String, DeterminationRules.ReasonsForControl> reasons,
                                                           Map<String, RestrictedList> restrictedLists,
                                                           List<NotEvaluated> notEvaluated,
                                                           List<org.clearance.determination.OwnershipRule> ownership) {
        List<DeterminationRule.Requirement> requirements = new ArrayList<>();
        List<DeterminationRule.Policy> policies = new ArrayList<>();
        List<DeterminationRule.Exception> exceptions = new ArrayList<>();
        List<DeterminationRule.Advisory> advisories = new ArrayList<>();
        for (DeterminationRule r : rules) {
            switch (r) {
                case DeterminationRule.Requirement x -> requirements.add(x);
                case DeterminationRule.Policy x -> policies.add(x);
                case DeterminationRule.Exception x -> exceptions.add(x);
                case DeterminationRule.Advisory x -> advisories.add(x);
            }
        }
        return new DeterminationRules(requirements, policies, exceptions, advisories, geography, reasons, restrictedLists,
                notEvaluated, ownership);
    }

    /**
     * Every scope names known countries and groups; every comparison a known parameter with a value on the date the
     * version takes effect; every override and exception coverage an existing rule.
     */
    private static void validateDetermination(DeterminationRules d, List<Parameter> parameters, Labels labels) {
        Map<String, Parameter> byId = new HashMap<>();
        parameters.forEach(p -> byId.put(p.id(), p));
        Set<String> ids = new HashSet<>();
        d.all().forEach(r -> ids.add(r.id()));
        for (DeterminationRule r : d.all()) {
            String file = labels.ofSource(r.source());
            for (DatedValue<RuleVersion> v : r.versions().values()) {
                String field = "versions." + v.from() + ".when";
                List<DestinationScope> scopes = new ArrayList<>();
                v.value().when().collectScopes(scopes);
                for (DestinationScope s : scopes) {
                    for (String c : concat(s.countries(), s.exceptCountries())) {
                        if (d.geography().byCode(c).isEmpty()) {
                            throw new InputException(file, field, "unknown country '" + c + "'");
                        }
                    }
                    for (String g : concat(s.groups(), s.exceptGroups())) {
                        if (d.geography().group(g).isEmpty()) {
                            throw new InputException(file, field, "unknown country group '" + g + "'");
                        }
                    }
                }
                List<String> used = new ArrayList<>();
                v.value().when().collectParameters(used);
                for (String p : used) {
                    Parameter parameter = byId.get(p);
                    if (parameter == null) throw new InputException(file, field, "unknown parameter '" + p + "'");
                    boolean binds = r.statusAt(v.from()).map(s -> s.value() != null && s.value().binds()).orElse(false);
                    if (binds && parameter.at(v.from()).isEmpty()) {
                        throw new InputException(file, field, "parameter '" + p + "' has no value on " + v.from());
                    }
                }
            }
            List<String> refs = switch (r) {
                case DeterminationRule.Policy p -> p.overrides();
                case DeterminationRule.Exception e -> e.covers();
                default -> List.of();
            };
            for (String ref : refs) {
                if (!ids.contains(ref)) throw new InputException(file, "overrides/covers", "unknown rule '" + ref + "'");
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** SHA-256 over every file of the pack, by relative path, so an answer names the exact rules it used. */
    static String hash(Path root, List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                digest.update(ResourceTree.relative(root, f).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(f));
                digest.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

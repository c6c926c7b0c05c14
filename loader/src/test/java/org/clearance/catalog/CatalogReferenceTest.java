package org.clearance.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.classification.Classification;
import org.clearance.classification.ClassificationStatus;
import org.clearance.classification.Classifier;
import org.clearance.classification.ItemSpec;
import org.clearance.classification.Metric;
import org.clearance.rulepack.RulePackLoader;
import org.clearance.yaml.Documents;
import org.clearance.yaml.StrictNode;
import org.junit.jupiter.api.Test;

/**
 * Every catalog item under every rule version, against the reference dataset's own expectations (its
 * {@code class_*}, {@code tpp} and {@code tpp_alternatives} columns), never against the engine's earlier output.
 * Every disagreement must be explained in {@code reference/disagreements.yaml}; the full report is written to
 * {@code target/catalog-report.md} and must match the committed {@code docs/catalog-report.md}
 * (run with {@code -Dclearance.updateReport=true} to refresh it after a reviewed change).
 */
class CatalogReferenceTest {

    /** A date in each period of the pack, including both sides of the 2023-11-17 change. */
    static final List<LocalDate> VERSIONS = List.of(LocalDate.parse("2022-10-21"), LocalDate.parse("2023-11-16"),
            LocalDate.parse("2023-11-17"), LocalDate.parse("2024-04-04"), LocalDate.parse("2024-12-02"),
            LocalDate.parse("2025-01-13"), LocalDate.parse("2025-05-13"), LocalDate.parse("2026-01-15"),
            LocalDate.parse("2026-07-10"));
    private static final LocalDate RULE_2023 = LocalDate.parse("2023-11-17");
    private static final Pattern READING = Pattern.compile("([0-9][0-9,.]*) if (TF32 counted at 32 bits|TF32 excluded|FP6 excluded)( \\([^)]*\\))?");

    record Expected(ClassificationStatus status, String eccn) {
        String text() {
            return eccn != null ? eccn : status.name();
        }
    }

    record Disagreement(String id, String check, String expected, String engine) {
    }

    @Test
    void every_catalog_item_matches_the_reference_dataset_or_its_disagreement_is_explained() throws IOException {
        Catalog catalog = Catalog.bundled();
        Classifier classifier = new Classifier(RulePackLoader.bundled(), catalog);
        List<Map<String, String>> rows = rows();
        assertThat(rows).hasSize(63);
        assertThat(catalog.ids()).hasSize(rows.size());

        List<Disagreement> disagreements = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        table.append("| id | TPP (engine / dataset) | PD | 2022 rule (engine / dataset) | from 2023-11-17 (engine / dataset) |\n");
        table.append("|---|---|---|---|---|\n");
        for (Map<String, String> row : rows) {
            String id = slug(row.get("vendor"), row.get("model"));
            ItemSpec spec = catalog.find(id).orElseThrow(() -> new AssertionError("catalog lacks " + id));
            Expected before = expected2022(row.get("class_oct2022_rule_computed"));
            Expected after = expected2023(row.get("class_3a090_oct2023_computed"));
            String engineBefore = null;
            String engineAfter = null;
            for (LocalDate date : VERSIONS) {
                Classification c = classifier.classify(spec, date);
                Classifier.Result fast = classifier.verdict(spec, date);
                assertThat(fast.status() + " " + fast.eccn()).as(id + " on " + date + ": fast path")
                        .isEqualTo(c.status() + " " + c.eccn());
                Expected want = date.isBefore(RULE_2023) ? before : after;
                String got = c.eccn() != null ? c.eccn() : c.status().name();
                String check = date.isBefore(RULE_2023) ? "class_2022" : "class_2023";
                if (!got.equals(want.text())) {
                    Disagreement d = new Disagreement(id, check, want.text(), got);
                    if (!disagreements.contains(d)) disagreements.add(d);
                }
                if (date.isBefore(RULE_2023)) engineBefore = got;
                else if (engineAfter == null) engineAfter = got;
                else assertThat(got).as(id + " on " + date + ": the 3A090 tests did not change after 2023-11-17")
                            .isEqualTo(engineAfter);
            }
            Classification latest = classifier.classify(spec, VERSIONS.get(VERSIONS.size() - 1));
            BigDecimal tpp = latest.metrics().tpp();
            String csvTpp = row.get("tpp");
            if (!tppMatches(tpp, csvTpp)) {
                disagreements.add(new Disagreement(id, "tpp", blankAs(csvTpp, "none"), tpp == null ? "none" : plain(tpp)));
            }
            checkAlternatives(id, row.get("tpp_alternatives"), latest, disagreements);
            BigDecimal pd = latest.metrics().get(Metric.PERFORMANCE_DENSITY);
            table.append("| ").append(id).append(" | ").append(tpp == null ? "—" : plain(tpp)).append(" / ")
                    .append(blankAs(csvTpp, "—")).append(" | ").append(pd == null ? "—" : pd.setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString())
                    .append(" | ").append(engineBefore).append(" / ").append(before.text()).append(" | ")
                    .append(engineAfter).append(" / ").append(after.text()).append(" |\n");
        }

        Map<String, String> reasons = reasons();
        List<String> unexplained = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        report.append("# Catalog against the reference dataset\n\n")
                .append("Generated by `CatalogReferenceTest` (loader module) from the catalog, the bundled rule pack and ")
                .append("`shared/reference/accelerators.csv` (copied under loader/src/test/resources/reference). Each item ")
                .append("is classified on ").append(VERSIONS.size()).append(" dates, one in each period of the pack: ")
                .append(String.join(", ", VERSIONS.stream().map(LocalDate::toString).toList()))
                .append(". The dataset's expectation is its `class_oct2022_rule_computed` column before 2023-11-17 ")
                .append("and its `class_3a090_oct2023_computed` column from then on (the 3A090 tests did not change after).\n\n")
                .append("## Disagreements\n\n");
        if (disagreements.isEmpty()) report.append("None.\n");
        for (Disagreement d : disagreements) {
            String key = d.id() + " " + d.check();
            String reason = reasons.get(key);
            if (reason == null) unexplained.add(key + ": dataset " + d.expected() + ", engine " + d.engine());
            report.append("- **").append(d.id()).append("**, ").append(d.check()).append(": dataset ")
                    .append(d.expected()).append(", engine ").append(d.engine()).append(". ")
                    .append(reason == null ? "UNEXPLAINED" : reason).append('\n');
        }
        for (String key : reasons.keySet()) {
            assertThat(disagreements.stream().map(d -> d.id() + " " + d.check()))
                    .as("disagreements.yaml explains '" + key + "', which no longer disagrees: remove it").contains(key);
        }
        report.append("\n## Data alternatives not computed\n\nThe dataset lists these figures as alternatives; they ")
                .append("come from other datasheet values or other packagings, not from a reading of the law, so the ")
                .append("engine does not compute them:\n\n");
        for (Map<String, String> row : rows) {
            String alt = row.get("tpp_alternatives");
            if (alt == null || alt.isBlank()) continue;
            String rest = READING.matcher(alt).replaceAll("").replaceAll("^[;\\s]+|[;\\s]+$", "")
                    .replaceAll(";\\s*;", ";");
            if (!rest.isBlank()) report.append("- ").append(slug(row.get("vendor"), row.get("model"))).append(": ")
                    .append(rest).append('\n');
        }
        report.append("\n## All items\n\n").append(table);

        Path target = Path.of("target/catalog-report.md");
        Files.writeString(target, report.toString(), StandardCharsets.UTF_8);
        assertThat(unexplained).as("disagreements without a reason in reference/disagreements.yaml").isEmpty();
        Path committed = Path.of("../docs/catalog-report.md");
        if (Boolean.getBoolean("clearance.updateReport")) Files.writeString(committed, report.toString(), StandardCharsets.UTF_8);
        assertThat(Files.exists(committed) ? Files.readString(committed) : "")
                .as("docs/catalog-report.md is out of date: review target/catalog-report.md and rerun with -Dclearance.updateReport=true")
                .isEqualTo(report.toString());
    }

    private static void checkAlternatives(String id, String column, Classification c, List<Disagreement> out) {
        if (column == null) return;
        Matcher m = READING.matcher(column);
        while (m.find()) {
            BigDecimal expected = new BigDecimal(m.group(1).replace(",", ""));
            String label = switch (m.group(2)) {
                case "TF32 counted at 32 bits" -> "TF32 counted at 32 bits";
                case "TF32 excluded" -> "TF32 not counted";
                default -> "FP6 not counted";
            };
            BigDecimal engine = c.tppAlternatives().stream().filter(a -> a.reading().equals(label))
                    .map(Classification.TppAlternative::tpp).findFirst().orElse(null);
            if (engine == null || engine.subtract(expected).abs().compareTo(BigDecimal.ONE) > 0) {
                out.add(new Disagreement(id, "alternative " + label, plain(expected), engine == null ? "none" : plain(engine)));
            }
        }
    }

    static Expected expected2023(String text) {
        String t = text.trim();
        if (t.startsWith("3A090.a")) return new Expected(ClassificationStatus.CONTROLLED, "3A090.a");
        if (t.startsWith("3A090.b")) return new Expected(ClassificationStatus.CONTROLLED, "3A090.b");
        if (t.startsWith("not 3A090")) return new Expected(ClassificationStatus.NOT_CONTROLLED, null);
        if (t.startsWith("PD unknown") || t.startsWith("undetermined")) {
            return new Expected(ClassificationStatus.INDETERMINATE, null);
        }
        throw new AssertionError("unreadable class_3a090_oct2023_computed: " + text);
    }

    static Expected expected2022(String text) {
        String t = text == null ? "" : text.trim();
        if (t.startsWith("3A090")) return new Expected(ClassificationStatus.CONTROLLED, "3A090.a");
        if (t.startsWith("not 3A090") || t.startsWith("escaped")) return new Expected(ClassificationStatus.NOT_CONTROLLED, null);
        if (t.startsWith("depends") || t.isEmpty()) return new Expected(ClassificationStatus.INDETERMINATE, null);
        throw new AssertionError("unreadable class_oct2022_rule_computed: " + text);
    }

    private static boolean tppMatches(BigDecimal engine, String csv) {
        if (csv == null || csv.isBlank()) return engine == null;
        return engine != null && engine.subtract(new BigDecimal(csv.trim())).abs().compareTo(new BigDecimal("0.5")) <= 0;
    }

    /** The catalog id: a lowercase slug of vendor and model, without the model's parenthetical remarks. */
    static String slug(String vendor, String model) {
        String s = (vendor + " " + model.replaceAll("\\(.*?\\)", "")).toLowerCase(Locale.ROOT);
        return s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String blankAs(String s, String dflt) {
        return s == null || s.isBlank() ? dflt : s.trim();
    }

    private static List<Map<String, String>> rows() throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema)
                .readValues(Path.of("src/test/resources/reference/accelerators.csv").toFile())) {
            List<Map<String, String>> rows = new ArrayList<>();
            it.forEachRemaining(r -> rows.add(new LinkedHashMap<>(r)));
            return rows;
        }
    }

    private static Map<String, String> reasons() {
        Map<String, String> reasons = new LinkedHashMap<>();
        StrictNode doc = Documents.read(Path.of("src/test/resources/reference/disagreements.yaml"), "disagreements.yaml");
        for (StrictNode d : doc.list()) {
            d.allowOnly(java.util.Set.of("id", "check", "reason"));
            reasons.put(d.require("id").text() + " " + d.require("check").text(), d.require("reason").text());
        }
        return reasons;
    }
}

package org.clearance.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clearance.catalog.Catalog;
import org.clearance.decision.Finding;
import org.clearance.rulepack.RulePackLoader;
import org.clearance.spec.SpecReader;
import org.clearance.yaml.Documents;
import org.clearance.yaml.ResourceTree;
import org.clearance.yaml.StrictNode;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The law as table-driven cases: every file under {@code cases/classification/} is a list of cases, each named by a
 * sentence, with an as-of date, an input (an inline spec or a catalog id) and the expected answer. Only the fields
 * a case gives are checked.
 */
class ClassificationCasesTest {

    private static final Classifier CLASSIFIER = new Classifier(RulePackLoader.bundled(), Catalog.bundled());

    @TestFactory
    Stream<DynamicNode> cases() {
        Path root = Path.of("src/test/resources/cases/classification");
        List<DynamicNode> files = new ArrayList<>();
        for (Path file : ResourceTree.files(root, ".yaml")) {
            StrictNode doc = Documents.read(file, file.getFileName().toString());
            List<DynamicNode> tests = new ArrayList<>();
            for (StrictNode c : doc.list()) {
                String name = c.require("name").text();
                tests.add(DynamicTest.dynamicTest(name, () -> check(c)));
            }
            files.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), tests));
        }
        assertThat(files).isNotEmpty();
        return files.stream();
    }

    private static void check(StrictNode c) {
        c.allowOnly(java.util.Set.of("name", "as_of", "input", "expected"));
        LocalDate asOf = c.require("as_of").date();
        StrictNode input = c.require("input");
        ItemSpec spec = input.has("catalog")
                ? Catalog.bundled().find(input.require("catalog").text()).orElseThrow()
                : SpecReader.read(input.require("spec"));
        Classification result = CLASSIFIER.classify(spec, asOf);
        Classifier.Result fast = CLASSIFIER.verdict(spec, asOf);
        assertThat(fast.status()).as("the fast path agrees with the explained one").isEqualTo(result.status());
        assertThat(fast.eccn()).as("the fast path agrees with the explained one").isEqualTo(result.eccn());
        StrictNode expected = c.require("expected");
        expected.allowOnly(java.util.Set.of("status", "eccn", "paragraphs", "z_paragraph", "missing", "tpp",
                "performance_density", "findings", "alternatives", "warning", "assumption", "contains"));
        String context = describe(result);
        expected.optional("status").ifPresent(s -> assertThat(result.status().name()).as(context).isEqualTo(s.text()));
        expected.optional("eccn").ifPresent(e ->
                assertThat(result.eccn()).as(context).isEqualTo(e.isNull() ? null : e.text()));
        expected.optional("paragraphs").ifPresent(p ->
                assertThat(result.paragraphs()).as(context).containsExactlyElementsOf(p.textList()));
        expected.optional("z_paragraph").ifPresent(z ->
                assertThat(result.zParagraph()).as(context).isEqualTo(z.isNull() ? null : z.text()));
        expected.optional("missing").ifPresent(m ->
                assertThat(result.missing()).as(context).containsExactlyInAnyOrderElementsOf(m.textList()));
        expected.optional("tpp").ifPresent(t -> {
            if (t.isNull()) assertThat(result.metrics().tpp()).as(context).isNull();
            else assertThat(result.metrics().tpp()).as(context).isEqualByComparingTo(t.number());
        });
        expected.optional("performance_density").ifPresent(t -> {
            BigDecimal pd = result.metrics().get(Metric.PERFORMANCE_DENSITY);
            if (t.isNull()) assertThat(pd).as(context).isNull();
            else assertThat(pd).as(context).isCloseTo(t.number(), org.assertj.core.data.Offset.offset(new BigDecimal("0.0001")));
        });
        expected.optional("findings").ifPresent(f -> {
            Map<String, String> outcomes = new LinkedHashMap<>();
            for (Finding finding : result.findings()) outcomes.put(finding.rule(), finding.outcome().name());
            f.entries().forEach((rule, outcome) ->
                    assertThat(outcomes.get(rule)).as(rule + " in " + context).isEqualTo(outcome.text()));
        });
        expected.optional("alternatives").ifPresent(a -> {
            List<String> got = result.tppAlternatives().stream()
                    .map(x -> x.interpretation() + "=" + x.tpp().stripTrailingZeros().toPlainString()
                            + (x.changesAnswer() ? " changes" : "")).toList();
            assertThat(got).as(context).containsExactlyInAnyOrderElementsOf(a.textList());
        });
        expected.optional("warning").ifPresent(w ->
                assertThat(result.warnings()).as(context).anyMatch(x -> x.contains(w.text())));
        expected.optional("assumption").ifPresent(w ->
                assertThat(result.assumptions()).as(context).anyMatch(x -> x.contains(w.text())));
        expected.optional("contains").ifPresent(list -> {
            List<String> got = result.contains().stream().map(r -> r.ref() + ":" + r.count() + ":"
                    + (r.classification().eccn() != null ? r.classification().eccn() : r.classification().status().name()))
                    .toList();
            assertThat(got).as(context).containsExactlyElementsOf(list.textList());
        });
    }

    private static String describe(Classification c) {
        StringBuilder sb = new StringBuilder(c.status() + " " + c.eccn() + " " + c.paragraphs() + " missing " + c.missing()
                + " tpp " + c.metrics().tpp());
        for (Finding f : c.findings()) sb.append("\n  ").append(f.outcome()).append(' ').append(f.rule()).append(": ").append(f.detail());
        return sb.toString();
    }
}

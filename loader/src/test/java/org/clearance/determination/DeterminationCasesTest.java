package org.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.clearance.catalog.Catalog;
import org.clearance.classification.Classifier;
import org.clearance.decision.Finding;
import org.clearance.decision.Outcome;
import org.clearance.overlay.OverlayLoader;
import org.clearance.rulepack.RulePackLoader;
import org.clearance.shipment.ShipmentBuilder;
import org.clearance.shipment.ShipmentFields;
import org.clearance.spec.SpecReader;
import org.clearance.yaml.Documents;
import org.clearance.yaml.ResourceTree;
import org.clearance.yaml.StrictNode;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Shipment scenarios as table-driven cases ({@code cases/determination/*.yaml}). Each asserts the verdict, the review
 * policy, the license exception codes and the ids of the rules whose findings applied (pack rules, hits and overlays;
 * the classification and place findings are left out), plus whatever else the case gives.
 */
class DeterminationCasesTest {

    private static final Catalog CATALOG = Catalog.bundled();
    private static final Determiner DETERMINER = new Determiner(RulePackLoader.bundled(),
            new Classifier(RulePackLoader.bundled(), CATALOG));
    private static final Set<String> SHIPMENT_KEYS = Set.of("item", "spec", "quantity", "destination", "end_user",
            "end_user_country", "end_user_hq", "ultimate_parent_hq", "consignee", "consignee_country", "purchaser",
            "end_use", "export_from", "date");

    static int count;

    @TestFactory
    Stream<DynamicNode> cases() {
        Path root = Path.of("src/test/resources/cases/determination");
        List<DynamicNode> files = new ArrayList<>();
        count = 0;
        for (Path file : ResourceTree.files(root, ".yaml")) {
            List<DynamicNode> tests = new ArrayList<>();
            for (StrictNode c : Documents.read(file, file.getFileName().toString()).list()) {
                tests.add(DynamicTest.dynamicTest(c.require("name").text(), () -> check(c)));
                count++;
            }
            files.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), tests));
        }
        assertThat(count).as("scenario cases").isGreaterThanOrEqualTo(60);
        return files.stream();
    }

    private static void check(StrictNode c) {
        c.allowOnly(Set.of("name", "shipment", "overlays", "hits", "expected"));
        StrictNode s = c.require("shipment").allowOnly(SHIPMENT_KEYS);
        ShipmentBuilder builder = new ShipmentBuilder(DETERMINER.geography(),
                ref -> CATALOG.find(ref).orElseThrow(() -> new AssertionError("no catalog id " + ref)),
                LocalDate.parse("2026-11-28"), "case", f -> f);
        ShipmentFields fields = new ShipmentFields("case", s.has("spec") ? "inline" : text(s, "item"), text(s, "quantity"),
                text(s, "destination"), text(s, "end_user"), text(s, "end_user_country"), text(s, "end_user_hq"),
                text(s, "ultimate_parent_hq"), text(s, "consignee"), text(s, "consignee_country"), text(s, "purchaser"),
                s.optionalNonNull("end_use").map(StrictNode::textList).orElse(null), text(s, "export_from"),
                text(s, "date"));
        if (s.has("spec")) {
            var spec = SpecReader.read(s.require("spec"));
            builder = new ShipmentBuilder(DETERMINER.geography(), ref -> spec, LocalDate.parse("2026-11-28"), "case", f -> f);
        }
        Map<PartyRole, List<PartyHit>> hits = new EnumMap<>(PartyRole.class);
        c.optionalNonNull("hits").ifPresent(h -> h.entries().forEach((role, list) -> {
            List<PartyHit> parsed = new ArrayList<>();
            for (StrictNode x : list.list()) parsed.add(org.clearance.shipment.HitsReaderAccess.hit(x));
            hits.put(PartyRole.valueOf(role.toUpperCase(java.util.Locale.ROOT)), parsed);
        }));
        List<Overlay> overlays = new ArrayList<>();
        c.optionalNonNull("overlays").ifPresent(o -> o.textList().forEach(name ->
                overlays.add(OverlayLoader.load(Path.of("../overlays/examples/" + name + ".yaml")))));
        Shipment shipment = builder.build(fields, hits);
        Determination d = DETERMINER.determine(shipment, overlays, true);
        Determination fast = DETERMINER.determine(shipment, overlays, false);
        assertThat(fast.verdict()).as("batch path agrees").isEqualTo(d.verdict());
        assertThat(fast.reviewPolicy()).as("batch path agrees").isEqualTo(d.reviewPolicy());
        assertThat(fast.openQuestions()).as("batch path agrees").containsExactlyElementsOf(d.openQuestions());
        assertThat(fast.licenseRequired()).as("batch path agrees").isEqualTo(d.licenseRequired());
        assertThat(fast.licenseExceptions()).as("batch path agrees").isEqualTo(d.licenseExceptions());
        assertThat(fast.policyConditions()).as("batch path agrees").isEqualTo(d.policyConditions());
        assertThat(fast.requirements()).as("batch path agrees").isEqualTo(d.requirements());
        assertThat(fast.missing()).as("batch path agrees").isEqualTo(d.missing());

        StrictNode e = c.require("expected").allowOnly(Set.of("verdict", "license_required", "review_policy",
                "exceptions", "applied", "questions", "missing", "eccn", "assumptions", "conditions", "warning",
                "not_applied"));
        String context = describe(d);
        assertThat(d.verdict().name()).as(context).isEqualTo(e.require("verdict").text());
        e.optional("license_required").ifPresent(l ->
                assertThat(d.licenseRequired()).as(context).isEqualTo(l.isNull() ? null : l.bool()));
        StrictNode policy = e.optional("review_policy").orElseThrow(() -> e.error("every case states review_policy"));
        assertThat(d.reviewPolicy() == null ? null : d.reviewPolicy().name()).as(context)
                .isEqualTo(policy.isNull() ? null : policy.text());
        assertThat(d.licenseExceptions().stream().map(Determination.ExceptionOffer::code).toList()).as(context)
                .containsExactlyInAnyOrderElementsOf(e.require("exceptions").textList());
        Set<String> applied = new TreeSet<>();
        for (Finding f : d.findings()) {
            if (f.outcome() == Outcome.APPLIES && !f.rule().equals("classification") && !f.rule().startsWith("place:")) {
                applied.add(f.rule());
            }
        }
        assertThat(applied).as(context).containsExactlyInAnyOrderElementsOf(e.require("applied").textList());
        e.optional("eccn").ifPresent(x -> assertThat(d.eccn()).as(context).isEqualTo(x.isNull() ? null : x.text()));
        e.optional("questions").ifPresent(q -> {
            for (String part : q.textList()) {
                assertThat(d.openQuestions()).as(context).anyMatch(x -> x.contains(part));
            }
        });
        e.optional("missing").ifPresent(m -> assertThat(d.missing()).as(context).containsExactlyInAnyOrderElementsOf(m.textList()));
        e.optional("assumptions").ifPresent(m -> {
            for (String part : m.textList()) assertThat(d.assumptions()).as(context).anyMatch(x -> x.contains(part));
        });
        e.optional("conditions").ifPresent(m -> {
            List<String> all = new ArrayList<>(d.policyConditions().stream().map(x -> x.id() + ": " + x.text()).toList());
            d.licenseExceptions().forEach(x -> all.addAll(x.conditions()));
            for (String part : m.textList()) assertThat(all).as(context).anyMatch(x -> x.contains(part));
        });
        e.optional("warning").ifPresent(w -> assertThat(d.warnings()).as(context).anyMatch(x -> x.contains(w.text())));
        e.optional("not_applied").ifPresent(n -> {
            for (String id : n.textList()) {
                assertThat(d.findings()).as(context).anyMatch(f -> f.rule().equals(id) && f.outcome() != Outcome.APPLIES);
            }
        });
    }

    private static String text(StrictNode s, String key) {
        return s.optionalNonNull(key).map(n -> n.isText() ? n.text() : n.raw().asText()).orElse(null);
    }

    private static String describe(Determination d) {
        StringBuilder sb = new StringBuilder(d.verdict() + " " + d.reviewPolicy() + " " + d.licenseExceptions().stream()
                .map(Determination.ExceptionOffer::code).toList() + " eccn " + d.eccn() + " missing " + d.missing()
                + "\n  questions " + d.openQuestions());
        for (Finding f : d.findings()) {
            if (f.outcome() != Outcome.DOES_NOT_APPLY) sb.append("\n  ").append(f.outcome()).append(' ').append(f.rule())
                    .append(": ").append(f.detail());
        }
        return sb.toString();
    }
}

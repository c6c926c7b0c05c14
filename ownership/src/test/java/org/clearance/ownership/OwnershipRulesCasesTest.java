package org.clearance.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clearance.decision.Tri;
import org.clearance.determination.DeterminationRules;
import org.clearance.rulepack.RulePackLoader;
import org.clearance.screening.list.EntityType;
import org.clearance.screening.list.Feed;
import org.clearance.screening.list.ListCode;
import org.clearance.screening.list.ListEntry;
import org.clearance.screening.match.ListVersionRef;
import org.clearance.screening.match.Screener;
import org.clearance.screening.match.ScreeningList;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The ownership rules of the bundled pack over small graphs, one case per sentence in
 * src/test/resources/cases/ownership-rules.yaml. Holdings are {@code owner|owned|percent|valid_from|valid_to|owned_country}
 * (percent a figure, a text range as FtM gives it, or blank); listed entries {@code LIST:ID|name|programs|country}.
 */
class OwnershipRulesCasesTest {

    private static final DeterminationRules RULES = RulePackLoader.bundled().section(DeterminationRules.class);

    @TestFactory
    Stream<DynamicTest> cases() throws Exception {
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("/cases/ownership-rules.yaml")) {
            cases = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases) tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> run(c)));
        return tests.stream();
    }

    private static void run(JsonNode c) {
        List<ListEntry> entries = new ArrayList<>();
        for (JsonNode l : c.path("listed")) entries.add(entry(l.asText()));
        Screener screener = Screener.build(List.of(new ScreeningList(
                new ListVersionRef(1, Feed.CSL, LocalDate.of(2026, 1, 1), "h"), entries)));
        List<SourcedHolding> holdings = new ArrayList<>();
        OwnershipVersion v = new OwnershipVersion(1, "test", 1, "csv", "case", "h", 0, java.time.Instant.EPOCH);
        int line = 1;
        for (JsonNode h : c.path("holdings")) holdings.add(new SourcedHolding(holding(h.asText(), ++line), v));
        OwnershipEvaluator evaluator = new OwnershipEvaluator(OwnershipGraph.of(holdings), new OwnerLinks(screener));
        LocalDate date = LocalDate.parse(c.path("date").asText("2026-01-01"));
        String rule = c.path("rule").asText("ofac-50-percent");
        JsonNode party = c.get("party");
        String name = party.isTextual() ? party.asText() : party.path("name").asText();
        OwnershipFinding f = evaluator.evaluate(RULES.ownershipRule(rule), party.path("id").asText(null), name,
                party.path("country").asText(null), date);
        JsonNode expected = c.get("expected");
        assertThat(f.caught()).as("caught").isEqualTo(Tri.valueOf(expected.get("caught").asText()));
        if (expected.has("percent")) assertThat(f.low()).as("percent").isEqualByComparingTo(expected.get("percent").decimalValue());
        if (expected.has("percent_high")) assertThat(f.high()).as("percent_high").isEqualByComparingTo(expected.get("percent_high").decimalValue());
        if (expected.has("hits")) {
            List<String> want = new ArrayList<>();
            expected.get("hits").forEach(x -> want.add(x.asText()));
            assertThat(f.hits()).extracting(h -> h.owner().key()).containsExactlyInAnyOrderElementsOf(want);
        }
        if (expected.has("definite")) {
            assertThat(f.hits()).as("definite").allSatisfy(h -> assertThat(h.definite()).isEqualTo(expected.get("definite").asBoolean()));
        }
        if (expected.has("paths")) {
            List<String> got = new ArrayList<>();
            for (OwnershipFinding.Hit h : f.hits()) {
                for (List<SourcedHolding> p : h.paths()) {
                    got.add(String.join(" > ", p.stream().map(s -> s.holding().owner().name()).toList()) + " > "
                            + p.get(p.size() - 1).holding().owned().name());
                }
            }
            List<String> want = new ArrayList<>();
            expected.get("paths").forEach(x -> want.add(x.asText()));
            assertThat(got).containsExactlyInAnyOrderElementsOf(want);
        }
        if (expected.has("question")) {
            assertThat(f.questions()).anySatisfy(q -> assertThat(q).contains(expected.get("question").asText()));
        } else if (f.caught() != Tri.UNKNOWN) {
            assertThat(f.questions()).isEmpty();
        }
        if (expected.has("note")) assertThat(f.notes()).anySatisfy(q -> assertThat(q).contains(expected.get("note").asText()));
    }

    private static ListEntry entry(String spec) {
        String[] p = spec.split("\\|", -1);
        int colon = p[0].indexOf(':');
        List<String> programs = p.length > 2 && !p[2].isBlank() ? List.of(p[2].split(";")) : List.of();
        List<String> countries = p.length > 3 && !p[3].isBlank() ? List.of(p[3]) : List.of();
        return new ListEntry(new ListCode(p[0].substring(0, colon)), p[0].substring(colon + 1), EntityType.ENTITY, p[1],
                List.of(), List.of(), countries, programs, null, "For all items subject to the EAR.", "Presumption of denial.",
                null, List.of(), null, null, null, null);
    }

    private static Holding holding(String spec, int line) {
        String[] p = spec.split("\\|", -1);
        HoldingParty owner = party(p[0], null);
        HoldingParty owned = party(p[1], p.length > 5 && !p[5].isBlank() ? p[5] : null);
        Percent percent = p[2].isBlank() ? Percent.NOT_STATED
                : p[2].matches("[0-9.]+") ? Percent.exactly(new BigDecimal(p[2])) : Percent.parseText(p[2]);
        LocalDate from = p.length > 3 && !p[3].isBlank() ? LocalDate.parse(p[3]) : LocalDate.of(2020, 1, 1);
        LocalDate to = p.length > 4 && !p[4].isBlank() ? LocalDate.parse(p[4]) : null;
        return new Holding(line, owner, owned, percent, LocalDate.of(2025, 12, 1), from, to, "case");
    }

    private static HoldingParty party(String text, String country) {
        if (text.startsWith("id:")) {
            String[] p = text.substring(3).split("=", 2);
            return new HoldingParty(p[1], null, p[0], country);
        }
        return new HoldingParty(text, HoldingParty.isReference(text) ? text : null, null, country);
    }
}

package org.clearance.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.clearance.app.json.Json;
import org.clearance.decision.Outcome;
import org.clearance.determination.LicenseVerdict;
import org.junit.jupiter.api.Test;

/** The same order-book row decided on two dates (issue 15's {@code spark compare}), without Spark. */
class DateComparisonTest {

    private static final RuleData DATA = RuleData.bundled();
    private static final String[] HEADER = {"id", "item", "quantity", "destination", "date"};
    private static final BatchRows ROWS = new BatchRows(DATA, DATA.determiner(), List.of(), false, false,
            BatchRows.header(HEADER, "orders.csv", 1), "orders.csv", LocalDate.of(2026, 12, 7), null);

    private static DateComparison.Result compare(String item, String destination, String rowDate, String from, String to) {
        return DateComparison.compare(ROWS, new String[] {"o1", item, "8", destination, rowDate}, 2,
                LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void the_a800_to_china_is_caught_by_the_2023_rule_and_the_changed_rules_are_named() {
        DateComparison.Result r = compare("nvidia-a800-sxm4-80gb", "CN", "", "2023-06-01", "2023-11-17");

        assertThat(r.error()).isNull();
        assertThat(r.changed()).isTrue();
        assertThat(r.from().verdict()).isEqualTo(LicenseVerdict.NO_LICENSE_REQUIRED);
        assertThat(r.to().verdict()).isEqualTo(LicenseVerdict.LICENSE_REQUIRED);
        assertThat(r.transition()).isEqualTo("NO_LICENSE_REQUIRED → LICENSE_REQUIRED");
        DateComparison.Difference a6 = r.differences().stream().filter(d -> d.rule().equals("742.6-a6-advanced-a"))
                .findFirst().orElseThrow();
        assertThat(a6.from().outcome()).isEqualTo(Outcome.DOES_NOT_APPLY);
        assertThat(a6.to().outcome()).isEqualTo(Outcome.APPLIES);
        // the headquarters rule came into force on the second date; rules not changed are not listed
        assertThat(r.differences()).extracting(DateComparison.Difference::rule)
                .contains("classification", "744.23-a3-headquarters").doesNotContain("746.2-cuba");
    }

    @Test
    void the_row_date_is_replaced_by_each_compared_date() {
        // the row says 2026-12-07; compared on two dates before the 2023 rule, nothing changes
        DateComparison.Result r = compare("nvidia-a800-sxm4-80gb", "CN", "2026-12-07", "2022-11-01", "2023-06-01");

        assertThat(r.changed()).isFalse();
        assertThat(r.from().date()).isEqualTo(LocalDate.parse("2022-11-01"));
        assertThat(r.to().date()).isEqualTo(LocalDate.parse("2023-06-01"));
        assertThat(r.differences()).isEmpty();
    }

    @Test
    void an_unchanged_row_to_germany_has_no_differences() {
        DateComparison.Result r = compare("nvidia-h100-sxm5-80gb", "DE", "", "2023-11-17", "2026-12-07");

        assertThat(r.changed()).isFalse();
        assertThat(r.from().verdict()).isEqualTo(r.to().verdict());
    }

    @Test
    void a_row_that_cannot_be_decided_names_the_date_and_the_field() throws Exception {
        DateComparison.Result unknown = compare("no-such-chip", "CN", "", "2023-06-01", "2023-11-17");
        DateComparison.Result early = compare("nvidia-h100-sxm5-80gb", "CN", "", "2019-01-01", "2023-11-17");

        assertThat(unknown.error()).startsWith("on 2023-06-01: ").contains("no-such-chip");
        assertThat(early.error()).startsWith("on 2019-01-01: date: ");
        assertThat(unknown.changed()).isFalse();
        assertThat(json(unknown, "2023-06-01", "2023-11-17").path("error").asText()).isEqualTo(unknown.error());
    }

    @Test
    void the_record_carries_both_answers_and_each_difference_with_its_citation() throws Exception {
        DateComparison.Result r = compare("nvidia-a800-sxm4-80gb", "CN", "", "2023-06-01", "2023-11-17");
        JsonNode j = json(r, "2023-06-01", "2023-11-17");

        assertThat(j.path("id").asText()).isEqualTo("o1");
        assertThat(j.path("line").asInt()).isEqualTo(2);
        assertThat(j.path("from").path("date").asText()).isEqualTo("2023-06-01");
        assertThat(j.path("from").path("verdict").asText()).isEqualTo("NO_LICENSE_REQUIRED");
        assertThat(j.path("to").path("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(j.path("to").path("review_policy").asText()).isEqualTo("PRESUMPTION_OF_DENIAL");
        assertThat(j.path("differences")).hasSize(r.differences().size());
        JsonNode first = j.path("differences").get(0);
        assertThat(first.path("from").has("outcome")).isTrue();
        assertThat(first.path("to").has("detail")).isTrue();
        assertThat(first.has("citation")).isTrue();
    }

    private static JsonNode json(DateComparison.Result r, String from, String to) throws Exception {
        StringWriter w = new StringWriter();
        try (var g = Json.compactGenerator(w)) {
            DateComparison.write(g, r, LocalDate.parse(from), LocalDate.parse(to));
        }
        return new ObjectMapper().readTree(w.toString());
    }
}

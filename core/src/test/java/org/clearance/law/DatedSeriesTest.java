package org.clearance.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatedSeriesTest {

    private static final Citation CITE = new Citation("15 CFR 774", "88 FR 73458", null);

    private static DatedValue<Integer> v(String date, Integer value) {
        return new DatedValue<>(LocalDate.parse(date), value, CITE, Confidence.PRIMARY, null, null);
    }

    @Test
    void the_value_on_a_date_is_the_last_one_that_took_effect_on_or_before_it() {
        DatedSeries<Integer> s = new DatedSeries<>(List.of(v("2024-01-01", 2), v("2023-01-01", 1)));
        assertThat(s.at(LocalDate.parse("2022-12-31"))).isEmpty();
        assertThat(s.at(LocalDate.parse("2023-01-01"))).get().extracting(DatedValue::value).isEqualTo(1);
        assertThat(s.at(LocalDate.parse("2023-12-31"))).get().extracting(DatedValue::value).isEqualTo(1);
        assertThat(s.at(LocalDate.parse("2024-01-01"))).get().extracting(DatedValue::value).isEqualTo(2);
        assertThat(s.nextAfter(LocalDate.parse("2023-06-01"))).get().extracting(DatedValue::value).isEqualTo(2);
        assertThat(s.firstDate()).isEqualTo(LocalDate.parse("2023-01-01"));
    }

    @Test
    void a_null_value_is_a_repeal() {
        DatedSeries<Integer> s = new DatedSeries<>(List.of(v("2023-01-01", 1), v("2024-01-01", null)));
        assertThat(s.at(LocalDate.parse("2024-02-01")).orElseThrow().isRepeal()).isTrue();
    }

    @Test
    void two_values_on_one_date_are_refused() {
        assertThatThrownBy(() -> new DatedSeries<>(List.of(v("2023-01-01", 1), v("2023-01-01", 2))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_citation_needs_cfr_or_fr() {
        assertThatThrownBy(() -> new Citation(" ", null, "https://example.com")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Citation(null, "88 FR 73458", null).text()).isEqualTo("88 FR 73458");
    }
}

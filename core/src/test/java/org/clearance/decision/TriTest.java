package org.clearance.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TriTest {

    @Test
    void and_is_false_as_soon_as_one_side_is_false_even_if_the_other_is_unknown() {
        assertThat(Tri.UNKNOWN.and(Tri.FALSE)).isEqualTo(Tri.FALSE);
        assertThat(Tri.UNKNOWN.and(Tri.TRUE)).isEqualTo(Tri.UNKNOWN);
        assertThat(Tri.TRUE.and(Tri.TRUE)).isEqualTo(Tri.TRUE);
    }

    @Test
    void or_is_true_as_soon_as_one_side_is_true_even_if_the_other_is_unknown() {
        assertThat(Tri.UNKNOWN.or(Tri.TRUE)).isEqualTo(Tri.TRUE);
        assertThat(Tri.UNKNOWN.or(Tri.FALSE)).isEqualTo(Tri.UNKNOWN);
        assertThat(Tri.FALSE.or(Tri.FALSE)).isEqualTo(Tri.FALSE);
    }

    @Test
    void not_keeps_unknown_unknown() {
        assertThat(Tri.UNKNOWN.not()).isEqualTo(Tri.UNKNOWN);
        assertThat(Tri.TRUE.not()).isEqualTo(Tri.FALSE);
    }

    @Test
    void numbers_print_grouped_with_at_most_four_decimals() {
        assertThat(Numbers.format(15831.2)).isEqualTo("15,831.2");
        assertThat(Numbers.format(new java.math.BigDecimal("19.44864864864865"))).isEqualTo("19.4486");
        assertThat(Numbers.format(new java.math.BigDecimal("4800.000"))).isEqualTo("4,800");
    }
}

package org.clearance.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentTest {

    @ParameterizedTest(name = "\"{0}\" is {1}–{2}")
    @CsvSource(delimiter = '|', value = {
            "100|100|100",
            "50.5%|50.5|50.5",
            "10-25%|10|25",
            "25 to 50%|25|50",
            "more than 25%|25|100",
            "more than 50%|50|100",
            "at least 50%|50|100",
            "majority|50|100",
            "less than 50%|0|49.9999",
            "up to 50%|0|50",
            "significant|0|100",
    })
    void ftm_text_percentages_are_kept_as_ranges(String text, String low, String high) {
        Percent p = Percent.parseText(text);
        assertThat(p.low()).isEqualByComparingTo(new BigDecimal(low));
        assertThat(p.high()).isEqualByComparingTo(new BigDecimal(high));
        assertThat(p.text()).isEqualTo(text);
    }
}

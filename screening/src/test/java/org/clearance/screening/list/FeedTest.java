package org.clearance.screening.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FeedTest {

    @ParameterizedTest(name = "--format {0} is {1}")
    @CsvSource({"sdn, SDN", "CONS, CONS", "csl, CSL", "csl-json, CSL_JSON", "' CSL-JSON ', CSL_JSON", "dpl, DPL", "ftm, FTM"})
    void reads_the_format_codes_users_give(String code, Feed feed) {
        assertThat(Feed.of(code)).isEqualTo(feed);
    }

    @Test
    void refuses_an_unknown_format_listing_every_one() {
        assertThatThrownBy(() -> Feed.of("csl_json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown list format 'csl_json': expected sdn, cons, csl, csl-json, dpl or ftm");
        assertThatThrownBy(() -> Feed.of(null)).hasMessageContaining("'null'");
    }

    @Test
    void every_code_fits_the_ledger_column_and_reads_back() {
        for (Feed f : Feed.values()) {
            assertThat(f.code()).hasSizeLessThanOrEqualTo(8);
            assertThat(Feed.of(f.code())).isEqualTo(f);
        }
    }
}

package org.clearance.ledger.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clearance.screening.list.Feed;
import org.junit.jupiter.api.Test;

/** Which lists an answer must warn about, on both sides of the maximum age. */
class ListFreshnessTest {

    private static ListVersion version(long id, Feed feed, LocalDate published, String source, Coverage coverage,
                                       int entries, int lists) {
        return new ListVersion(id, feed, published, Instant.parse("2026-01-01T00:00:00Z"), "ab".repeat(32), source,
                entries, 0, 0, 0, coverage, lists);
    }

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    void a_list_exactly_the_maximum_age_old_is_not_stale_one_day_more_is() {
        ListFreshness f = new ListFreshness(7);
        ListVersion seven = version(1, Feed.SDN, DAY.minusDays(7), "https://x/sdn.csv", Coverage.COMPLETE, 10, 1);
        ListVersion eight = version(2, Feed.DPL, DAY.minusDays(8), "https://x/dpl.txt", Coverage.COMPLETE, 10, 1);
        List<ListWarning> w = f.warnings(List.of(seven, eight), DAY, false);
        assertThat(w).hasSize(1);
        assertThat(w.get(0).kind()).isEqualTo(ListWarning.Kind.STALE);
        assertThat(w.get(0).version()).isEqualTo(eight);
        assertThat(w.get(0).ageDays()).isEqualTo(8);
        assertThat(w.get(0).message()).isEqualTo("DPL@2026-11-29#2 was published on 2026-11-29, 8 days before "
                + "2026-12-07 (more than the 7 days allowed by --max-list-age): update it with "
                + "`clearance lists update --source dpl`");
    }

    @Test
    void age_is_counted_to_the_answers_date_and_a_list_published_after_it_is_not_stale() {
        ListVersion v = version(1, Feed.SDN, LocalDate.of(2026, 3, 1), "https://x/sdn.csv", Coverage.COMPLETE, 10, 1);
        assertThat(new ListFreshness(7).warnings(List.of(v), LocalDate.of(2026, 2, 1), false)).isEmpty();
        assertThat(new ListFreshness(7).warnings(List.of(v), LocalDate.of(2026, 3, 9), false))
                .extracting(ListWarning::ageDays).containsExactly(8L);
    }

    @Test
    void a_download_that_found_the_list_unchanged_makes_it_current_again() {
        ListVersion v = version(5, Feed.CSL, DAY.minusDays(30), "https://x/consolidated.csv", Coverage.COMPLETE, 10, 12);
        ListFreshness f = new ListFreshness(7);
        assertThat(f.warnings(List.of(v), Map.of(5L, DAY.minusDays(1)), DAY, false)).isEmpty();
        List<ListWarning> w = f.warnings(List.of(v), Map.of(5L, DAY.minusDays(10)), DAY, false);
        assertThat(w).singleElement().extracting(ListWarning::message).asString()
                .contains("was published on 2026-11-07 and last found current on 2026-11-27, 10 days before 2026-12-07");
    }

    @Test
    void a_subset_is_named_with_its_entries_and_sources_and_the_shipped_sample_as_such() {
        ListVersion csl = version(3, Feed.CSL, LocalDate.of(2023, 11, 16), "classpath:lists/csl-2023-11/consolidated.csv",
                Coverage.SUBSET, 4226, 11);
        List<ListWarning> w = new ListFreshness(7).warnings(List.of(csl), DAY, true);
        assertThat(w).extracting(ListWarning::kind).containsExactly(ListWarning.Kind.SAMPLE, ListWarning.Kind.STALE,
                ListWarning.Kind.SUBSET);
        assertThat(w.get(0).message()).contains("sample lists shipped with Clearance (CSL of 2023-11-16)")
                .contains("clearance lists update");
        assertThat(w.get(1).message()).contains("1,117 days before 2026-12-07").contains("the sample shipped with Clearance");
        assertThat(w.get(2).message()).isEqualTo("CSL@2023-11-16#3 is a subset of the list its publisher issues: "
                + "4,226 entries of 11 source lists; a party listed only in the rest is not found: update it with "
                + "`clearance lists update --source csl`");
    }

    @Test
    void the_sample_notice_is_only_for_a_database_just_filled_and_only_with_shipped_lists() {
        ListVersion fetched = version(9, Feed.SDN, DAY, "https://x/sdn.csv", Coverage.COMPLETE, 10, 1);
        assertThat(new ListFreshness(7).warnings(List.of(fetched), DAY, true)).isEmpty();
    }

    @Test
    void a_negative_maximum_age_is_refused() {
        assertThatThrownBy(() -> new ListFreshness(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.clearance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.clearance.screening.list.Feed;
import org.clearance.screening.match.ScreeningHit;
import org.clearance.screening.match.ScreeningResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreeningServiceTest {

    @TempDir
    Path dir;

    @Test
    void a_fresh_file_database_is_filled_with_the_shipped_lists_and_screens_against_them() {
        String url = "jdbc:h2:file:" + dir.resolve("clearance").toAbsolutePath();
        try (ScreeningService service = ScreeningService.open(url)) {
            assertThat(service.versions()).extracting(v -> v.feed()).containsExactly(Feed.SDN, Feed.CONS, Feed.CSL, Feed.DPL);
            ScreeningResult r = service.screen("Northwestern Polytechnical University", "CN", null, null);
            ScreeningHit h = r.hits().get(0);
            assertThat(h.list().code()).isEqualTo("EL");
            assertThat(h.entry().licenseRequirement()).isNotBlank();
            assertThat(h.version().feed()).isEqualTo(Feed.CSL);
        }
        try (ScreeningService again = ScreeningService.open(url)) {
            assertThat(again.ledger().lists().versions()).hasSize(4); // not imported twice
        }
    }

    @Test
    void the_default_database_lives_under_the_user_data_directory() {
        assertThat(Ledger.defaultUrl()).startsWith("jdbc:h2:file:").endsWith("/clearance/clearance");
    }
}

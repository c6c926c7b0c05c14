package org.clearance.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.clearance.screening.list.Feed;
import org.clearance.yaml.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped download configuration and a user's file over it. */
class FetchConfigTest {

    @TempDir
    Path dir;

    @Test
    void the_shipped_defaults_name_each_publisher_over_https() {
        FetchConfig c = FetchConfig.shipped();
        assertThat(c.sources().keySet()).containsExactly("sdn", "cons", "csl", "dpl");
        assertThat(c.source("sdn").url().toString())
                .isEqualTo("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/sdn.csv");
        assertThat(c.source("sdn").sibling("alt.csv").toString())
                .isEqualTo("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/alt.csv");
        assertThat(c.source("csl").url().toString())
                .isEqualTo("https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv");
        assertThat(c.sources().values()).allSatisfy(s -> assertThat(s.url().getScheme()).isEqualTo("https"));
        assertThat(c.maxListAgeDays()).isEqualTo(7);
        assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(c.attempts()).isEqualTo(3);
        assertThat(c.maxBytes()).isEqualTo(200L << 20);
    }

    @Test
    void a_users_file_replaces_only_the_keys_it_gives_and_may_add_a_source() throws Exception {
        Path f = dir.resolve("lists.yaml");
        Files.writeString(f, """
                max_list_age_days: 1
                http: {timeout_seconds: 0.5}
                sources:
                  sdn: {url: "https://mirror.example/ofac/sdn.csv"}
                  csl-json: {format: csl-json, url: "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.json"}
                """);
        FetchConfig c = FetchConfig.load(f);
        assertThat(c.maxListAgeDays()).isEqualTo(1);
        assertThat(c.timeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.attempts()).isEqualTo(3);
        assertThat(c.source("sdn").format()).isEqualTo(Feed.SDN);
        assertThat(c.source("sdn").url().getHost()).isEqualTo("mirror.example");
        assertThat(c.source("csl-json").format()).isEqualTo(Feed.CSL_JSON);
        assertThat(c.source("dpl").url().getHost()).isEqualTo("media.bis.gov");
        assertThat(c.files()).containsExactly("classpath:lists/sources.yaml", f.toString());
    }

    @Test
    void unknown_keys_bad_urls_and_a_new_source_without_a_format_are_errors_naming_the_field() throws Exception {
        Path f = dir.resolve("lists.yaml");
        Files.writeString(f, "max_list_age: 3\n");
        assertThatThrownBy(() -> FetchConfig.load(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("max_list_age").hasMessageContaining("unknown key");
        Files.writeString(f, "sources:\n  sdn: {url: \"ftp://x/sdn.csv\"}\n");
        assertThatThrownBy(() -> FetchConfig.load(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("sources.sdn.url").hasMessageContaining("is not an http or https URL");
        Files.writeString(f, "sources:\n  uk: {url: \"https://x/uk.csv\"}\n");
        assertThatThrownBy(() -> FetchConfig.load(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("sources.uk.format").hasMessageContaining("required");
        Files.writeString(f, "http: {attempts: 0}\n");
        assertThatThrownBy(() -> FetchConfig.load(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("http.attempts");
    }

    @Test
    void an_unknown_source_name_says_which_there_are() {
        assertThatThrownBy(() -> FetchConfig.shipped().source("ofac")).hasMessage(
                "unknown list source 'ofac': expected sdn, cons, csl, dpl or all");
    }
}

package org.clearance.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Proxies from https_proxy, http_proxy and no_proxy, as curl reads them. */
class EnvironmentProxySelectorTest {

    private static final URI OFAC = URI.create("https://sanctionslistservice.ofac.treas.gov/api/x/sdn.csv");

    @Test
    void https_urls_go_through_https_proxy_and_http_urls_through_http_proxy() {
        var p = new EnvironmentProxySelector(Map.of("https_proxy", "http://proxy.corp:3128", "HTTP_PROXY", "plain.corp:8080"));
        assertThat(p.describe(OFAC)).isEqualTo("proxy.corp:3128");
        assertThat(p.describe(URI.create("http://www.bis.doc.gov/dpl/dpl.txt"))).isEqualTo("plain.corp:8080");
    }

    @Test
    void the_lower_case_spelling_wins_and_a_port_defaults_by_scheme() {
        var p = new EnvironmentProxySelector(Map.of("https_proxy", "https://lower.corp", "HTTPS_PROXY", "http://upper.corp:1"));
        assertThat(p.describe(OFAC)).isEqualTo("lower.corp:443");
    }

    @Test
    void no_proxy_hosts_and_domain_suffixes_and_loopback_go_direct() {
        var p = new EnvironmentProxySelector(Map.of("https_proxy", "http://proxy.corp:3128",
                "no_proxy", "localhost, .treas.gov,data.trade.gov"));
        assertThat(p.describe(OFAC)).isEqualTo("direct");
        assertThat(p.describe(URI.create("https://data.trade.gov/x.csv"))).isEqualTo("direct");
        assertThat(p.describe(URI.create("https://api.data.trade.gov/x.csv"))).isEqualTo("direct");
        assertThat(p.describe(URI.create("https://notdata.trade.gov.evil/x.csv"))).isEqualTo("proxy.corp:3128");
        assertThat(p.describe(URI.create("https://127.0.0.1:8443/x.csv"))).isEqualTo("direct");
        assertThat(p.describe(URI.create("https://media.bis.gov/dpl/dpl.txt"))).isEqualTo("proxy.corp:3128");
    }

    @Test
    void a_star_and_an_empty_environment_mean_direct() {
        assertThat(new EnvironmentProxySelector(Map.of("https_proxy", "proxy:1", "NO_PROXY", "*")).describe(OFAC))
                .isEqualTo("direct");
        assertThat(new EnvironmentProxySelector(Map.of()).describe(OFAC)).isEqualTo("direct");
    }
}

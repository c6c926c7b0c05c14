package org.clearance.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clearance.screening.list.Feed;
import org.clearance.yaml.Documents;
import org.clearance.yaml.StrictNode;

/**
 * The one configuration of list downloads and list age: the shipped defaults ({@code lists/sources.yaml} on the
 * classpath, the top-level {@code lists/} directory of the source tree), overridden key by key by the user's file
 * ({@code --config FILE}, else {@code $XDG_CONFIG_HOME/clearance/lists.yaml} or {@code ~/.config/clearance/lists.yaml}
 * when it exists). A source named in the user's file replaces the fields it gives; a new name adds a source.
 */
public record FetchConfig(Map<String, ListSourceConfig> sources, Duration timeout, int attempts, Duration backoff,
                          long maxBytes, int maxListAgeDays, List<String> files) {

    public static final String SHIPPED = "lists/sources.yaml";
    private static final Set<String> TOP = Set.of("max_list_age_days", "http", "sources");
    private static final Set<String> HTTP = Set.of("timeout_seconds", "attempts", "backoff_seconds", "max_megabytes");
    private static final Set<String> SOURCE = Set.of("format", "url");

    public FetchConfig {
        sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        files = List.copyOf(files);
    }

    /** The user's file if it exists: {@code $XDG_CONFIG_HOME/clearance/lists.yaml}, else under ~/.config. */
    public static Optional<Path> userFile() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        Path f = base.resolve("clearance").resolve("lists.yaml");
        return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
    }

    /** The shipped defaults, then {@code explicit} if given (it must exist), else the user's file if there is one. */
    public static FetchConfig load(Path explicit) {
        FetchConfig c = shipped();
        Path user = explicit != null ? explicit : userFile().orElse(null);
        return user == null ? c : c.overriddenBy(Documents.read(user, user.toString()));
    }

    public static FetchConfig shipped() {
        try (InputStream in = FetchConfig.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) throw new IllegalStateException(SHIPPED + " is missing from the classpath");
            return empty().overriddenBy(Documents.parse(in.readAllBytes(), "classpath:" + SHIPPED, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FetchConfig empty() {
        return new FetchConfig(Map.of(), Duration.ofSeconds(120), 3, Duration.ofSeconds(5), 200L << 20,
                org.clearance.ledger.lists.ListFreshness.DEFAULT_MAX_AGE_DAYS, List.of());
    }

    /** This configuration with the keys {@code doc} gives replaced. */
    public FetchConfig overriddenBy(StrictNode doc) {
        doc.allowOnly(TOP);
        int maxAge = doc.optionalNonNull("max_list_age_days").map(n -> wholeDays(n)).orElse(maxListAgeDays);
        Duration t = timeout;
        int a = attempts;
        Duration b = backoff;
        long max = maxBytes;
        Optional<StrictNode> http = doc.optionalNonNull("http");
        if (http.isPresent()) {
            StrictNode h = http.get().allowOnly(HTTP);
            t = h.optionalNonNull("timeout_seconds").map(n -> millis(n.positive())).orElse(t);
            a = h.optionalNonNull("attempts").map(StrictNode::positiveInt).orElse(a);
            if (a > 10) throw h.require("attempts").error("at most 10 tries, got " + a);
            b = h.optionalNonNull("backoff_seconds").map(n -> millis(n.nonNegative())).orElse(b);
            max = h.optionalNonNull("max_megabytes").map(n -> n.positive().multiply(java.math.BigDecimal.valueOf(1 << 20))
                    .longValue()).orElse(max);
        }
        Map<String, ListSourceConfig> s = new LinkedHashMap<>(sources);
        doc.optionalNonNull("sources").ifPresent(all -> all.entries().forEach((name, node) -> {
            node.allowOnly(SOURCE);
            ListSourceConfig before = s.get(name);
            Feed format = node.optionalNonNull("format").map(FetchConfig::format)
                    .orElse(before != null ? before.format() : null);
            URI url = node.optionalNonNull("url").map(FetchConfig::url).orElse(before != null ? before.url() : null);
            if (format == null) node.require("format");
            if (url == null) node.require("url");
            s.put(name, new ListSourceConfig(name, format, url));
        }));
        List<String> read = new java.util.ArrayList<>(files);
        read.add(doc.file());
        return new FetchConfig(s, t, a, b, max, maxAge, read);
    }

    public ListSourceConfig source(String name) {
        ListSourceConfig c = sources.get(name);
        if (c == null) {
            throw new IllegalArgumentException("unknown list source '" + name + "': expected "
                    + String.join(", ", sources.keySet()) + " or all");
        }
        return c;
    }

    private static int wholeDays(StrictNode n) {
        java.math.BigDecimal d = n.nonNegative();
        if (d.stripTrailingZeros().scale() > 0 || d.compareTo(java.math.BigDecimal.valueOf(36500)) > 0) {
            throw n.error("expected a whole number of days, got " + d.toPlainString());
        }
        return d.intValue();
    }

    private static Duration millis(java.math.BigDecimal seconds) {
        return Duration.ofMillis(seconds.multiply(java.math.BigDecimal.valueOf(1000)).longValue());
    }

    private static Feed format(StrictNode n) {
        try {
            Feed f = Feed.of(n.text());
            if (f == Feed.FTM) throw n.error("ftm files are not downloaded by lists update; import them with lists import");
            return f;
        } catch (IllegalArgumentException e) {
            throw n.error(e.getMessage());
        }
    }

    static URI url(StrictNode n) {
        try {
            return checkedUrl(n.text());
        } catch (IllegalArgumentException e) {
            throw n.error(e.getMessage());
        }
    }

    /** An absolute http or https URL, else an IllegalArgumentException saying why. */
    public static URI checkedUrl(String text) {
        try {
            URI u = new URI(text.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || u.getHost() == null) {
                throw new IllegalArgumentException("'" + text + "' is not an http or https URL");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URL: " + e.getReason());
        }
    }
}

package org.clearance.screening.list;

import java.util.Locale;
import java.util.Optional;

/**
 * When a new publication of a list must not replace the last good one: it has no entries (OFAC published a 0-byte
 * sdn.csv on 2024-05-04), or it has more than 5 % fewer entries than the previous version of the same list (the
 * largest real one-day drop over three years of SDN history was 150 of ~12,000, about 1.2 %).
 */
public final class ImportPolicy {

    public static final double MAX_SHRINK = 0.05;

    private ImportPolicy() {
    }

    /** Why the import must be refused, or empty when it may proceed. */
    public static Optional<String> refusal(ParsedList parsed, Integer previousCount) {
        int n = parsed.entries().size();
        if (n == 0) {
            return Optional.of("the file has no entries" + (parsed.warnings().isEmpty() ? ""
                    : " (" + parsed.warnings().size() + " rows skipped)") + "; the last good version is kept");
        }
        if (previousCount != null && previousCount > 0 && n < previousCount * (1 - MAX_SHRINK)) {
            double drop = 100.0 * (previousCount - n) / previousCount;
            return Optional.of(String.format(Locale.ROOT, "the file has %d entries, %.1f %% fewer than the %d of the "
                    + "previous version (more than %.0f %% fewer is refused as a damaged download); the last good "
                    + "version is kept", n, drop, previousCount, MAX_SHRINK * 100));
        }
        return Optional.empty();
    }
}

package org.clearance.app.licensing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Times as the ledger writes them: RFC 3339 UTC with microseconds, as the audit trail does. */
final class Times {

    private static final DateTimeFormatter RFC3339_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String rfc3339(Instant instant) {
        return RFC3339_MICROS.format(instant.truncatedTo(ChronoUnit.MICROS));
    }
}

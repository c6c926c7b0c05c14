package org.clearance.ledger.lists;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.clearance.screening.list.Feed;

/**
 * Whether the lists an answer screened against can be relied on that day. A list older than the maximum age is
 * named with its publication date and its age on the answer's date; a subset is named as one, with how many entries
 * of how many source lists it holds; the first screening on a fresh database says that the shipped lists are sample
 * data. A list's age is counted from the later of its publication date and the last day a download found it still
 * the publisher's current one (an unchanged list that answered 304 yesterday is a day old, whatever date it was
 * published), to the answer's date (a shipment check's date, today for a screening), so a replayed answer says what
 * it said.
 */
public final class ListFreshness {

    /** Days after its publication date a list may be screened against without a warning (lists change daily). */
    public static final int DEFAULT_MAX_AGE_DAYS = 7;

    private final int maxAgeDays;

    public ListFreshness(int maxAgeDays) {
        if (maxAgeDays < 0) throw new IllegalArgumentException("the maximum list age must be at least 0 days, not " + maxAgeDays);
        this.maxAgeDays = maxAgeDays;
    }

    public int maxAgeDays() {
        return maxAgeDays;
    }

    /** As below, for lists no download has confirmed. */
    public List<ListWarning> warnings(List<ListVersion> versions, LocalDate asOf, boolean freshSample) {
        return warnings(versions, java.util.Map.of(), asOf, freshSample);
    }

    /**
     * The warnings for the current versions on {@code asOf}, sample notice first when {@code freshSample} (the shipped
     * lists were imported by this very run), then per list in the order given: stale, then subset. {@code confirmed}
     * gives, by version id, the last day a download found the version still current.
     */
    public List<ListWarning> warnings(List<ListVersion> versions, java.util.Map<Long, LocalDate> confirmed,
                                      LocalDate asOf, boolean freshSample) {
        List<ListWarning> out = new ArrayList<>();
        List<ListVersion> shipped = versions.stream().filter(ListVersion::shipped).toList();
        if (freshSample && !shipped.isEmpty()) {
            String which = shipped.stream().map(v -> v.feed().code().toUpperCase(Locale.ROOT) + " of " + v.published())
                    .collect(Collectors.joining(", "));
            out.add(new ListWarning(ListWarning.Kind.SAMPLE, null, asOf, 0, "this fresh database was filled with the "
                    + "sample lists shipped with Clearance (" + which + "), for trying it out, not for screening real "
                    + "parties: bring in today's lists with `clearance lists update`"));
        }
        for (ListVersion v : versions) {
            LocalDate check = confirmed.get(v.id());
            LocalDate since = check != null && check.isAfter(v.published()) ? check : v.published();
            long age = ChronoUnit.DAYS.between(since, asOf);
            if (age > maxAgeDays) {
                String when = since.equals(v.published()) ? "was published on " + v.published()
                        : "was published on " + v.published() + " and last found current on " + since;
                out.add(new ListWarning(ListWarning.Kind.STALE, v, asOf, age, String.format(Locale.ROOT,
                        "%s %s, %,d days before %s (more than the %d days allowed by --max-list-age)%s: %s",
                        v.ref().label(), when, age, asOf, maxAgeDays,
                        v.shipped() ? "; it is the sample shipped with Clearance" : "", remedy(v.feed()))));
            }
            if (v.coverage() == Coverage.SUBSET) {
                out.add(new ListWarning(ListWarning.Kind.SUBSET, v, asOf, age, String.format(Locale.ROOT,
                        "%s is a subset of the list its publisher issues: %,d entries of %d source %s; a party listed "
                                + "only in the rest is not found: %s", v.ref().label(), v.entryCount(), v.listCount(),
                        v.listCount() == 1 ? "list" : "lists", remedy(v.feed()))));
            }
        }
        return out;
    }

    private static String remedy(Feed feed) {
        return switch (feed) {
            case SDN, CONS, CSL, DPL -> "update it with `clearance lists update --source " + feed.code() + "`";
            case CSL_JSON -> "update it with `clearance lists update --source csl`";
            case FTM -> "import a newer file with `clearance lists import --format ftm`";
        };
    }
}

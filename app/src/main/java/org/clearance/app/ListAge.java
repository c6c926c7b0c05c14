package org.clearance.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.clearance.fetch.FetchConfig;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.lists.ListWarning;
import org.clearance.yaml.InputException;

/**
 * How old a list may be before an answer warns about it, and the clock that says what day a screening's answer is
 * given on (a shipment check's answer is given on the shipment's date). Tests fix the clock.
 */
public record ListAge(int maxAgeDays, Clock clock) {

    public ListAge {
        if (maxAgeDays < 0) throw new BadInput("--max-list-age: " + maxAgeDays + " is negative; give a number of days");
    }

    /**
     * {@code --max-list-age} if given, else {@code max_list_age_days} of the configuration ({@code config} or the
     * user's lists.yaml over the shipped defaults).
     */
    public static ListAge configured(Integer option, Path config, Clock clock) {
        if (option != null) return new ListAge(option, clock);
        try {
            return new ListAge(FetchConfig.load(config).maxListAgeDays(), clock);
        } catch (InputException e) {
            throw new BadInput(e.getMessage());
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The warnings about the lists {@code service} screens against, on {@code asOf}. */
    public List<ListWarning> warnings(ScreeningService service, LocalDate asOf) {
        return service.listWarnings(asOf, maxAgeDays);
    }
}

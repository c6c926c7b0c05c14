package org.clearance.cli.options;

import java.time.LocalDate;
import org.clearance.app.RuleData;
import picocli.CommandLine.Option;

/**
 * {@code --as-of DATE}: the date whose rules apply, for every command that reads the rules of one day (classify,
 * rules list; the designer, charts and scenarios to come). A shipment's own date is {@link ShipmentDateOption}, a
 * comparison's two dates {@link PeriodOptions} (README, "Dates").
 */
public final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The date whose rules apply (default: today).")
    String asOf;

    /** The date given, or today. */
    public LocalDate date() {
        return RuleData.date(asOf, "--as-of");
    }
}

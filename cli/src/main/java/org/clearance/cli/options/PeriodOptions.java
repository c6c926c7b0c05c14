package org.clearance.cli.options;

import java.time.LocalDate;
import org.clearance.app.BadInput;
import org.clearance.app.RuleData;
import picocli.CommandLine.Option;

/** {@code --from DATE --to DATE}: the two dates of a comparison (rules diff; charts and scenarios to come). */
public final class PeriodOptions {

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "The earlier date.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "The later date.")
    String to;

    public LocalDate from() {
        return RuleData.date(from, "--from");
    }

    /** The later date; one before {@link #from()} is bad input. */
    public LocalDate to() {
        LocalDate f = from();
        LocalDate t = RuleData.date(to, "--to");
        if (t.isBefore(f)) throw new BadInput("--to " + t + " is before --from " + f);
        return t;
    }
}

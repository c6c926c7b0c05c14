package org.clearance.cli.options;

import picocli.CommandLine.Option;

/**
 * {@code --date DATE}: a shipment's date (check; ship to come); the rules of that day apply to it. Kept as text: the
 * shipment builder parses it with the shipment's other fields and names the option in its errors.
 */
public final class ShipmentDateOption {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The shipment's date; the rules of that day apply (default: today).")
    String date;

    /** The date as given, or null for today. */
    public String text() {
        return date;
    }
}

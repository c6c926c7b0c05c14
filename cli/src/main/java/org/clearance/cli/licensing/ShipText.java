package org.clearance.cli.licensing;

import org.clearance.app.licensing.ShipOutcome;

/** A shipment's outcome as the terminal shows it: one line, then the reason. */
final class ShipText {

    private ShipText() {
    }

    static String of(ShipOutcome o) {
        return o.summary();
    }
}

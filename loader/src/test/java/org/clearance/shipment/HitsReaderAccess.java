package org.clearance.shipment;

import org.clearance.determination.PartyHit;
import org.clearance.yaml.StrictNode;

/** Lets tests in other packages read one hit the way HitsReader does. */
public final class HitsReaderAccess {

    private HitsReaderAccess() {
    }

    public static PartyHit hit(StrictNode node) {
        return HitsReader.hit(node);
    }
}

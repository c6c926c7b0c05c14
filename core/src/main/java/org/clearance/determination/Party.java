package org.clearance.determination;

import org.clearance.geography.Country;

/**
 * A party to a shipment as declared. Null fields are unstated; the determination applies the defaults of the
 * issue (end-user country = destination; headquarters = that country; ultimate parent = the end user's own) and
 * records each under {@code assumptions}.
 */
public record Party(String name, Country country, Country headquarters, Country parentHeadquarters) {

    public static Party unnamed() {
        return new Party(null, null, null, null);
    }
}

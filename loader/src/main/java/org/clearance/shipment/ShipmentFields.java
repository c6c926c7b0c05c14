package org.clearance.shipment;

import java.util.List;

/**
 * A shipment as text, from command-line options or a batch line. Empty means "not stated": the determination applies
 * its documented defaults and records them. {@code endUses} null means no end use was declared.
 */
public record ShipmentFields(String id, String item, String quantity, String destination, String endUser,
                             String endUserCountry, String endUserHq, String ultimateParentHq, String consignee,
                             String consigneeCountry, String purchaser, List<String> endUses, String exportFrom,
                             String date) {

    /** The same shipment on another date. */
    public ShipmentFields onDate(String date) {
        return new ShipmentFields(id, item, quantity, destination, endUser, endUserCountry, endUserHq, ultimateParentHq,
                consignee, consigneeCountry, purchaser, endUses, exportFrom, date);
    }
}

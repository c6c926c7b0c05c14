package org.clearance.determination;

import java.util.List;

/**
 * The documented variables an overlay condition reads. Unknown numbers are null (a condition that reads one is
 * UNKNOWN, so the answer names it). Codes are ISO 3166 codes; dates are YYYY-MM-DD strings.
 */
public record OverlayInput(Item item, int quantity, String destination, List<String> destinationGroups,
                           EndUser endUser, String exportFrom, String transaction, List<String> endUses, String date) {

    public record Item(String id, String name, String vendor, String kind, String eccn, String status, Double tpp,
                       Double performanceDensity, Double dramBandwidthGbS, Double interconnectGbS, Boolean datacenter) {
    }

    public record EndUser(String name, String country, String hq, String parentHq, List<String> hqGroups,
                          List<String> parentHqGroups) {
    }
}

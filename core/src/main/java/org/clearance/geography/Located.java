package org.clearance.geography;

import java.util.Set;

/**
 * A place as the rules see it on one date: the country or region, the country whose entries apply to it (Hong Kong's
 * are China's, a region's its country's), and the country groups it is in. Resolved once per period of the
 * geography and shared.
 *
 * @param index unique within its {@link Geography} (below {@link Geography#locatedCapacity()}): what a rule's
 *              scope test can remember its answer by; -1 for a country that is not the geography's own
 */
public record Located(Country country, String effective, Set<String> groups, int index) {
}

package org.clearance.determination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.clearance.classification.ClassificationStatus;
import org.clearance.classification.Metric;
import org.clearance.geography.Country;
import org.clearance.geography.Geography;
import org.clearance.geography.Located;
import org.clearance.law.RulePack;

/**
 * The facts the determination rules read, resolved once per shipment: places, parties, transaction, the item's
 * classification and metrics (for a system, the highest among the ICs it contains), the declared end uses.
 *
 * @param alternativeTpps TPP under the contested readings that give a different figure, with their interpretation ids
 * @param exact           the exact decimal value of a metric, for comparisons within rounding distance of a threshold
 */
record ShipmentFacts(LocalDate date, Geography geo, RulePack pack, Located destinationAt, Located endUserAt,
                     Located headquartersAt, Located parentHeadquartersAt, Located exportFromAt, Transaction transaction,
                     ClassificationStatus itemStatus, String eccn, Boolean datacenter, double[] metrics,
                     List<Alternative> alternativeTpps, Function<Metric, BigDecimal> exact, Set<EndUse> endUses,
                     List<String> itemMissing) {

    record Alternative(String interpretation, double tpp) {
    }

    Country destination() {
        return destinationAt.country();
    }

    Country endUserCountry() {
        return endUserAt.country();
    }

    Country headquarters() {
        return headquartersAt.country();
    }

    Country parentHeadquarters() {
        return parentHeadquartersAt.country();
    }

    Country exportFrom() {
        return exportFromAt.country();
    }

    double metric(Metric m) {
        return metrics[m.ordinal()];
    }

    ShipmentFacts withEndUses(Set<EndUse> uses) {
        return new ShipmentFacts(date, geo, pack, destinationAt, endUserAt, headquartersAt, parentHeadquartersAt,
                exportFromAt, transaction, itemStatus, eccn, datacenter, metrics, alternativeTpps, exact, uses, itemMissing);
    }
}

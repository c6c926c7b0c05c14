package org.clearance.classification;

import java.util.List;

/** A processing unit of an IC with its own throughput (Technical Note 1.d aggregates over units). */
public record ProcessingUnit(String name, List<Throughput> throughput) {

    public ProcessingUnit {
        throughput = List.copyOf(throughput);
    }
}

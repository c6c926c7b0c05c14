package org.clearance.classification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A datasheet as the engine reads it. Optional fields are null when the specification does not give them, so that
 * an answer can name what is missing instead of assuming a value. A list that is present but empty (e.g.
 * {@code throughput: []}) states that no figures are published.
 */
public record ItemSpec(
        String id,
        String name,
        String vendor,
        List<SourceRef> sources,
        ItemKind kind,
        Boolean datacenter,
        List<Throughput> throughput,
        List<ProcessingUnit> processingUnits,
        List<Die> dies,
        BigDecimal interconnectGbS,
        BigDecimal dramBandwidthGbS,
        Hbm hbm,
        String baseEccn,
        List<ContainedItem> contains,
        Provenance provenance) {

    public ItemSpec {
        Objects.requireNonNull(kind, "kind");
        sources = sources == null ? List.of() : List.copyOf(sources);
        throughput = throughput == null ? null : List.copyOf(throughput);
        processingUnits = processingUnits == null ? null : List.copyOf(processingUnits);
        dies = dies == null ? null : List.copyOf(dies);
        contains = contains == null ? null : List.copyOf(contains);
    }

    /** Whether the specification describes a processor: it gives throughput, per unit or for the whole IC. */
    public boolean describesLogic() {
        return throughput != null || processingUnits != null;
    }

    /** The name to show: the name, else the id, else a placeholder. */
    public String label() {
        if (name != null) return name;
        if (id != null) return id;
        return "(unnamed item)";
    }

    /** The same specification with a different datacenter flag (used when a system's flag is inherited). */
    public ItemSpec withDatacenter(Boolean value) {
        return new ItemSpec(id, name, vendor, sources, kind, value, throughput, processingUnits, dies,
                interconnectGbS, dramBandwidthGbS, hbm, baseEccn, contains, provenance);
    }

    /** A builder-style start for tests and generated inputs. */
    public static ItemSpec integratedCircuit(List<Throughput> throughput) {
        return new ItemSpec(null, null, null, List.of(), ItemKind.INTEGRATED_CIRCUIT, null, throughput, null, null,
                null, null, null, null, null, null);
    }
}

package org.clearance.analysis.design;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.clearance.classification.ContainedItem;
import org.clearance.classification.Die;
import org.clearance.classification.DieRole;
import org.clearance.classification.ItemRef;
import org.clearance.classification.ItemSpec;
import org.clearance.classification.ProcessingUnit;
import org.clearance.classification.Throughput;

/**
 * Builds a variant of a specification: each continuous knob at a change {@code c} (0 = the original figure; a
 * figure that goes down keeps {@code 1 − c} of itself, a die area is divided by {@code 1 − c}), and the datacenter
 * flag set to false or left. A system's knobs apply to each integrated circuit it contains (catalog ids resolved
 * and written inline), so the variant is a specification on its own.
 *
 * <p>Figures are rounded in the direction of the change (throughput and bandwidths down to 4 decimals, die areas up
 * to 2), and every candidate is the rounded specification itself: what is verified is what is written.
 */
final class Variants {

    private final List<Knob> knobs;
    private final Function<String, ItemSpec> catalog;

    /** {@code knobs}: the continuous knobs, in the order of the change vector. */
    Variants(List<Knob> knobs, Function<String, ItemSpec> catalog) {
        this.knobs = List.copyOf(knobs);
        this.catalog = catalog;
    }

    /** The fraction kept for a change {@code c}: {@code 1 − c}, rounded down to 6 decimals. */
    static BigDecimal kept(double c) {
        if (c <= 0) return BigDecimal.ONE;
        return BigDecimal.valueOf(1 - c).setScale(6, RoundingMode.DOWN);
    }

    ItemSpec apply(ItemSpec spec, double[] change, boolean notDatacenter) {
        if (spec.kind().isSystem()) {
            List<ContainedItem> contains = null;
            if (spec.contains() != null) {
                contains = new ArrayList<>();
                for (ContainedItem c : spec.contains()) {
                    ItemSpec inner = resolve(c.item());
                    contains.add(new ContainedItem(new ItemRef.Inline(apply(inner, change, notDatacenter)), c.count()));
                }
            }
            return new ItemSpec(spec.id(), spec.name(), spec.vendor(), spec.sources(), spec.kind(),
                    notDatacenter ? Boolean.FALSE : spec.datacenter(), null, null, null, spec.interconnectGbS(),
                    spec.dramBandwidthGbS(), spec.hbm(), spec.baseEccn(), contains, spec.provenance());
        }
        List<Throughput> throughput = spec.throughput() == null ? null : scale(spec.throughput(), change);
        List<ProcessingUnit> units = null;
        if (spec.processingUnits() != null) {
            units = new ArrayList<>();
            for (ProcessingUnit u : spec.processingUnits()) units.add(new ProcessingUnit(u.name(), scale(u.throughput(), change)));
        }
        BigDecimal dram = down(spec.dramBandwidthGbS(), factor(Knob.Kind.DRAM_BANDWIDTH, change));
        BigDecimal interconnect = down(spec.interconnectGbS(), factor(Knob.Kind.INTERCONNECT, change));
        List<Die> dies = spec.dies();
        BigDecimal area = factor(Knob.Kind.DIE_AREA, change);
        if (dies != null && area.compareTo(BigDecimal.ONE) != 0) {
            List<Die> scaled = new ArrayList<>();
            for (Die d : dies) {
                scaled.add(d.role() == DieRole.LOGIC
                        ? new Die(d.areaMm2().divide(area, 2, RoundingMode.UP), d.nonPlanar(), d.role()) : d);
            }
            dies = scaled;
        }
        Boolean datacenter = notDatacenter && spec.datacenter() != null ? Boolean.FALSE : spec.datacenter();
        if (notDatacenter && spec.datacenter() == null) datacenter = Boolean.FALSE;
        return new ItemSpec(spec.id(), spec.name(), spec.vendor(), spec.sources(), spec.kind(), datacenter,
                throughput, units, dies, interconnect, dram, spec.hbm(), spec.baseEccn(), null, spec.provenance());
    }

    /** The specification with one logic die of {@code areaMm2} (non-planar) where it gives none (--die-area). */
    ItemSpec withDieArea(ItemSpec spec, BigDecimal areaMm2) {
        if (spec.kind().isSystem()) {
            if (spec.contains() == null) return spec;
            List<ContainedItem> contains = new ArrayList<>();
            for (ContainedItem c : spec.contains()) {
                ItemSpec inner = resolve(c.item());
                contains.add(new ContainedItem(new ItemRef.Inline(withDieArea(inner, areaMm2)), c.count()));
            }
            return new ItemSpec(spec.id(), spec.name(), spec.vendor(), spec.sources(), spec.kind(), spec.datacenter(),
                    null, null, null, spec.interconnectGbS(), spec.dramBandwidthGbS(), spec.hbm(), spec.baseEccn(),
                    contains, spec.provenance());
        }
        if (!spec.describesLogic()) return spec;
        List<Die> dies = new ArrayList<>();
        dies.add(new Die(areaMm2, true, DieRole.LOGIC));
        if (spec.dies() != null) for (Die d : spec.dies()) if (d.role() == DieRole.MEMORY) dies.add(d);
        return new ItemSpec(spec.id(), spec.name(), spec.vendor(), spec.sources(), spec.kind(), spec.datacenter(),
                spec.throughput(), spec.processingUnits(), dies, spec.interconnectGbS(), spec.dramBandwidthGbS(),
                spec.hbm(), spec.baseEccn(), null, spec.provenance());
    }

    ItemSpec resolve(ItemRef ref) {
        return switch (ref) {
            case ItemRef.CatalogId id -> catalog.apply(id.id());
            case ItemRef.Inline inline -> inline.spec();
        };
    }

    private List<Throughput> scale(List<Throughput> list, double[] change) {
        List<Throughput> out = new ArrayList<>(list.size());
        for (Throughput t : list) {
            BigDecimal f = BigDecimal.ONE;
            for (int i = 0; i < knobs.size(); i++) {
                Knob k = knobs.get(i);
                if (k.throughput() && k.matches(t.precision())) f = f.multiply(kept(change[i]));
            }
            out.add(f.compareTo(BigDecimal.ONE) == 0 ? t
                    : new Throughput(t.precision(), t.bitLength(), down(t.tops(), f), t.sparse()));
        }
        return out;
    }

    private BigDecimal factor(Knob.Kind kind, double[] change) {
        BigDecimal f = BigDecimal.ONE;
        for (int i = 0; i < knobs.size(); i++) if (knobs.get(i).kind() == kind) f = f.multiply(kept(change[i]));
        return f;
    }

    private static BigDecimal down(BigDecimal value, BigDecimal f) {
        if (value == null || f.compareTo(BigDecimal.ONE) == 0) return value;
        BigDecimal v = value.multiply(f).setScale(4, RoundingMode.DOWN).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}

package org.clearance.analysis.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clearance.app.json.Json;
import org.clearance.classification.ContainedItem;
import org.clearance.classification.Die;
import org.clearance.classification.ItemRef;
import org.clearance.classification.ItemSpec;
import org.clearance.classification.ItemKind;
import org.clearance.classification.ProcessingUnit;
import org.clearance.classification.SourceRef;
import org.clearance.classification.Throughput;

/**
 * A specification written in the datasheet format of docs/spec-format.md, as {@code classify} and {@code check}
 * read it (the strict reader takes it back unchanged; a test checks the round trip). Absent fields stay absent.
 */
public final class SpecJson {

    private SpecJson() {
    }

    public static ObjectNode of(ItemSpec s) {
        ObjectNode o = Json.object();
        if (s.id() != null) o.put("id", s.id());
        if (s.name() != null) o.put("name", s.name());
        if (s.vendor() != null) o.put("vendor", s.vendor());
        if (s.kind() != ItemKind.INTEGRATED_CIRCUIT) o.put("kind", s.kind().code());
        if (s.datacenter() != null) o.put("datacenter", s.datacenter());
        if (s.throughput() != null) o.set("throughput", throughput(s.throughput()));
        if (s.processingUnits() != null) {
            ArrayNode a = o.putArray("processing_units");
            for (ProcessingUnit u : s.processingUnits()) {
                ObjectNode n = a.addObject();
                if (u.name() != null) n.put("name", u.name());
                n.set("throughput", throughput(u.throughput()));
            }
        }
        if (s.dies() != null) {
            ArrayNode a = o.putArray("dies");
            for (Die d : s.dies()) {
                ObjectNode n = a.addObject();
                n.set("area_mm2", Json.number(d.areaMm2()));
                if (d.nonPlanar() != null) n.put("non_planar", d.nonPlanar());
                n.put("role", d.role().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (s.interconnectGbS() != null) o.set("interconnect_gb_s", Json.number(s.interconnectGbS()));
        if (s.dramBandwidthGbS() != null) o.set("dram_bandwidth_gb_s", Json.number(s.dramBandwidthGbS()));
        if (s.hbm() != null) {
            ObjectNode h = o.putObject("hbm");
            h.set("bandwidth_gb_s", Json.number(s.hbm().bandwidthGbS()));
            h.set("package_area_mm2", Json.number(s.hbm().packageAreaMm2()));
        }
        if (s.baseEccn() != null) o.put("base_eccn", s.baseEccn());
        if (s.contains() != null) {
            ArrayNode a = o.putArray("contains");
            for (ContainedItem c : s.contains()) {
                ObjectNode n = a.addObject();
                switch (c.item()) {
                    case ItemRef.CatalogId id -> n.put("item", id.id());
                    case ItemRef.Inline inline -> n.set("item", of(inline.spec()));
                }
                n.put("count", c.count());
            }
        }
        if (!s.sources().isEmpty()) {
            ArrayNode a = o.putArray("sources");
            for (SourceRef r : s.sources()) {
                ObjectNode n = a.addObject();
                n.put("href", r.href());
                if (r.supports() != null) n.put("supports", r.supports());
            }
        }
        if (s.provenance() != null) {
            ObjectNode p = o.putObject("provenance");
            if (s.provenance().dataset() != null) p.put("dataset", s.provenance().dataset());
            if (s.provenance().record() != null) p.put("record", s.provenance().record());
            if (s.provenance().confidence() != null) p.put("confidence", s.provenance().confidence());
            if (s.provenance().notes() != null) p.put("notes", s.provenance().notes());
        }
        return o;
    }

    private static ArrayNode throughput(java.util.List<Throughput> list) {
        ArrayNode a = Json.array();
        for (Throughput t : list) {
            ObjectNode n = a.addObject();
            n.put("precision", t.precision());
            n.put("bit_length", t.bitLength());
            n.set("tops", Json.number(t.tops()));
            if (t.sparse()) n.put("sparse", true);
        }
        return a;
    }
}

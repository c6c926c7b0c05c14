package org.clearance.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clearance.classification.ContainedItem;
import org.clearance.classification.Die;
import org.clearance.classification.DieRole;
import org.clearance.classification.Hbm;
import org.clearance.classification.ItemKind;
import org.clearance.classification.ItemRef;
import org.clearance.classification.ItemSpec;
import org.clearance.classification.ProcessingUnit;
import org.clearance.classification.Provenance;
import org.clearance.classification.SourceRef;
import org.clearance.classification.Throughput;
import org.clearance.yaml.Documents;
import org.clearance.yaml.StrictNode;

/**
 * Reads a chip or system specification (the datasheet as a file, YAML or JSON) strictly. The field names are a
 * public interface; unknown keys, negative or non-numeric values and missing required fields are errors that name
 * the file and the field.
 */
public final class SpecReader {

    static final Set<String> SPEC_KEYS = Set.of("id", "name", "vendor", "sources", "kind", "datacenter", "throughput",
            "processing_units", "dies", "interconnect_gb_s", "dram_bandwidth_gb_s", "hbm", "base_eccn", "contains",
            "provenance");
    private static final Set<String> THROUGHPUT_KEYS = Set.of("precision", "bit_length", "tops", "sparse");
    private static final Set<String> UNIT_KEYS = Set.of("name", "throughput");
    private static final Set<String> DIE_KEYS = Set.of("area_mm2", "non_planar", "role", "name");
    private static final Set<String> HBM_KEYS = Set.of("bandwidth_gb_s", "package_area_mm2");
    private static final Set<String> SOURCE_KEYS = Set.of("href", "supports");
    private static final Set<String> CONTAINS_KEYS = Set.of("item", "count");
    private static final Set<String> PROVENANCE_KEYS = Set.of("dataset", "record", "confidence", "notes");

    private SpecReader() {
    }

    public static ItemSpec read(Path file) {
        return read(Documents.read(file, file.toString()));
    }

    public static ItemSpec read(StrictNode root) {
        root.allowOnly(SPEC_KEYS);
        if (!root.has("throughput") && !root.has("processing_units") && !root.has("hbm") && !root.has("contains")) {
            throw root.error("a specification needs at least one of throughput, processing_units, hbm, contains");
        }
        if (root.has("throughput") && root.has("processing_units")) {
            throw root.error("give throughput either for the whole IC (throughput) or per unit (processing_units), not both");
        }
        ItemKind kind = root.optionalNonNull("kind").map(SpecReader::kind).orElse(ItemKind.INTEGRATED_CIRCUIT);
        if (root.has("contains") && !kind.isSystem()) {
            throw root.require("contains").error("only a computer, electronic_assembly or component contains items;"
                    + " set kind accordingly");
        }
        if (kind.isSystem() && (root.has("throughput") || root.has("processing_units") || root.has("dies"))) {
            String key = root.has("throughput") ? "throughput" : root.has("processing_units") ? "processing_units" : "dies";
            throw root.require(key).error("a " + kind.code() + " is classified from the integrated circuits it contains"
                    + " (4A090); list them under contains instead");
        }
        String id = root.optionalNonNull("id").map(StrictNode::text).orElse(null);
        if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw root.require("id").error("invalid id '" + id + "': lowercase letters, digits and single hyphens"
                    + " (e.g. nvidia-h100-sxm5-80gb)");
        }
        return new ItemSpec(
                id,
                text(root, "name"),
                text(root, "vendor"),
                root.optionalNonNull("sources").map(SpecReader::sources).orElse(List.of()),
                kind,
                root.optionalNonNull("datacenter").map(StrictNode::bool).orElse(null),
                root.optionalNonNull("throughput").map(SpecReader::throughputs).orElse(null),
                root.optionalNonNull("processing_units").map(SpecReader::units).orElse(null),
                root.optionalNonNull("dies").map(SpecReader::dies).orElse(null),
                root.optionalNonNull("interconnect_gb_s").map(StrictNode::nonNegative).orElse(null),
                root.optionalNonNull("dram_bandwidth_gb_s").map(StrictNode::nonNegative).orElse(null),
                root.optionalNonNull("hbm").map(SpecReader::hbm).orElse(null),
                root.optionalNonNull("base_eccn").map(SpecReader::eccn).orElse(null),
                root.optionalNonNull("contains").map(SpecReader::contains).orElse(null),
                root.optionalNonNull("provenance").map(SpecReader::provenance).orElse(null));
    }

    private static String text(StrictNode root, String key) {
        return root.optionalNonNull(key).map(StrictNode::text).orElse(null);
    }

    private static ItemKind kind(StrictNode node) {
        try {
            return ItemKind.fromCode(node.text());
        } catch (IllegalArgumentException e) {
            throw node.error("unknown kind '" + node.text()
                    + "'; expected integrated_circuit, computer, electronic_assembly or component");
        }
    }

    private static List<SourceRef> sources(StrictNode node) {
        List<SourceRef> out = new ArrayList<>();
        for (StrictNode s : node.list()) {
            s.allowOnly(SOURCE_KEYS);
            out.add(new SourceRef(s.require("href").text(), s.optionalNonNull("supports").map(StrictNode::text).orElse(null)));
        }
        return out;
    }

    private static List<Throughput> throughputs(StrictNode node) {
        List<Throughput> out = new ArrayList<>();
        for (StrictNode t : node.list()) {
            t.allowOnly(THROUGHPUT_KEYS);
            out.add(new Throughput(t.require("precision").text(), t.require("bit_length").positiveInt(),
                    t.require("tops").nonNegative(), t.optionalNonNull("sparse").map(StrictNode::bool).orElse(false)));
        }
        return out;
    }

    private static List<ProcessingUnit> units(StrictNode node) {
        List<ProcessingUnit> out = new ArrayList<>();
        for (StrictNode u : node.list()) {
            u.allowOnly(UNIT_KEYS);
            out.add(new ProcessingUnit(u.optionalNonNull("name").map(StrictNode::text).orElse(null),
                    throughputs(u.require("throughput"))));
        }
        return out;
    }

    private static List<Die> dies(StrictNode node) {
        List<Die> out = new ArrayList<>();
        for (StrictNode d : node.list()) {
            d.allowOnly(DIE_KEYS);
            DieRole role = d.optionalNonNull("role").map(r -> switch (r.text()) {
                case "logic" -> DieRole.LOGIC;
                case "memory" -> DieRole.MEMORY;
                default -> throw r.error("unknown role '" + r.text() + "'; expected logic or memory");
            }).orElse(DieRole.LOGIC);
            out.add(new Die(d.require("area_mm2").positive(), d.optionalNonNull("non_planar").map(StrictNode::bool)
                    .orElse(null), role));
        }
        return out;
    }

    private static Hbm hbm(StrictNode node) {
        node.allowOnly(HBM_KEYS);
        return new Hbm(node.require("bandwidth_gb_s").nonNegative(), node.require("package_area_mm2").positive());
    }

    private static String eccn(StrictNode node) {
        String s = node.text().strip();
        if (!s.matches("(?i)[0-9][A-E][0-9]{3}(\\.[a-z0-9]+)*")) {
            throw node.error("invalid ECCN '" + s + "'; expected e.g. 5A992.c or 4A003.b");
        }
        return s.substring(0, 5).toUpperCase(Locale.ROOT) + s.substring(5).toLowerCase(Locale.ROOT);
    }

    private static List<ContainedItem> contains(StrictNode node) {
        List<ContainedItem> out = new ArrayList<>();
        for (StrictNode c : node.list()) {
            c.allowOnly(CONTAINS_KEYS);
            StrictNode item = c.require("item");
            ItemRef ref = item.isText() ? new ItemRef.CatalogId(item.text()) : new ItemRef.Inline(read(item));
            out.add(new ContainedItem(ref, c.require("count").positiveInt()));
        }
        return out;
    }

    private static Provenance provenance(StrictNode node) {
        node.allowOnly(PROVENANCE_KEYS);
        return new Provenance(text(node, "dataset"), text(node, "record"), text(node, "confidence"),
                node.optionalNonNull("notes").map(StrictNode::text).map(String::strip).orElse(null));
    }
}

package org.clearance.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.clearance.classification.ItemCatalog;
import org.clearance.classification.ItemSpec;
import org.clearance.spec.SpecReader;
import org.clearance.yaml.Documents;
import org.clearance.yaml.InputException;
import org.clearance.yaml.ResourceTree;

/**
 * The catalog of real accelerators shipped with Clearance: one specification file per item, named by its id
 * (a lowercase slug of vendor and model, e.g. {@code nvidia-h100-sxm5-80gb}).
 */
public final class Catalog implements ItemCatalog {

    private final Map<String, ItemSpec> items;
    private final Map<String, Path> files;

    private Catalog(Map<String, ItemSpec> items, Map<String, Path> files) {
        this.items = Collections.unmodifiableMap(items);
        this.files = Collections.unmodifiableMap(files);
    }

    public static Catalog bundled() {
        return load(ResourceTree.locate("catalog", "README.md"), "catalog");
    }

    public static Catalog load(Path directory, String display) {
        Map<String, ItemSpec> items = new TreeMap<>();
        Map<String, Path> files = new TreeMap<>();
        for (Path file : ResourceTree.files(directory, ".yaml", ".json")) {
            String label = display + "/" + ResourceTree.relative(directory, file);
            ItemSpec spec = SpecReader.read(Documents.read(file, label));
            String name = file.getFileName().toString().replaceFirst("\\.(yaml|json)$", "");
            if (spec.id() == null || !spec.id().equals(name)) {
                throw new InputException(label, "id", "a catalog file must be named after its id ('" + spec.id() + "')");
            }
            if (items.put(spec.id(), spec) != null) {
                throw new InputException(label, "id", "duplicate catalog id '" + spec.id() + "'");
            }
            files.put(spec.id(), file);
        }
        return new Catalog(items, files);
    }

    @Override
    public Optional<ItemSpec> find(String id) {
        return Optional.ofNullable(items.get(id));
    }

    public List<ItemSpec> items() {
        return new ArrayList<>(items.values());
    }

    /** The specification file of an item, as written (with its sources and provenance). */
    public Optional<String> sourceText(String id) {
        Path file = files.get(id);
        if (file == null) return Optional.empty();
        try {
            return Optional.of(java.nio.file.Files.readString(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public List<String> ids() {
        return new ArrayList<>(items.keySet());
    }
}

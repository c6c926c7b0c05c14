package org.clearance.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.clearance.classification.ItemCatalog;
import org.clearance.classification.ItemSpec;
import org.clearance.spec.SpecReader;
import org.clearance.yaml.Documents;
import org.clearance.yaml.InputException;
import org.clearance.yaml.ResourceTree;

/**
 * The catalog of real accelerators shipped with Clearance: one specification file per item, named by its id
 * (a lowercase slug of vendor and model, e.g. {@code nvidia-h100-sxm5-80gb}). Files are read when first asked
 * for, so that classifying one item does not parse the whole catalog.
 */
public final class Catalog implements ItemCatalog {

    private final Map<String, Path> files;
    private final Map<String, Path> byId;
    private final String display;
    private final Path directory;
    private final Map<String, ItemSpec> parsed = new ConcurrentHashMap<>();

    private Catalog(Path directory, String display, Map<String, Path> files) {
        this.directory = directory;
        this.display = display;
        this.files = files;
        this.byId = new java.util.HashMap<>(files);
    }

    public static Catalog bundled() {
        return load(ResourceTree.locate("catalog", "README.md"), "catalog");
    }

    public static Catalog load(Path directory, String display) {
        if (!Files.isDirectory(directory)) throw new InputException(display, null, "not a directory");
        Map<String, Path> files = new TreeMap<>();
        for (Path file : ResourceTree.files(directory, ".yaml", ".json")) {
            String id = file.getFileName().toString().replaceFirst("\\.(yaml|json)$", "");
            if (files.put(id, file) != null) {
                throw new InputException(display + "/" + ResourceTree.relative(directory, file), null,
                        "two catalog files for id '" + id + "'");
            }
        }
        return new Catalog(directory, display, java.util.Collections.unmodifiableMap(files));
    }

    @Override
    public Optional<ItemSpec> find(String id) {
        ItemSpec spec = parsed.get(id);
        if (spec != null) return Optional.of(spec);
        Path file = byId.get(id);
        if (file == null) return Optional.empty();
        return Optional.of(parsed.computeIfAbsent(id, k -> read(k, file)));
    }

    private ItemSpec read(String id, Path file) {
        String label = display + "/" + ResourceTree.relative(directory, file);
        ItemSpec spec = SpecReader.read(Documents.read(file, label));
        if (spec.id() == null || !spec.id().equals(id)) {
            throw new InputException(label, "id", "a catalog file must be named after its id ('" + spec.id() + "')");
        }
        return spec;
    }

    /** Every item, reading every file (and so validating the whole catalog). */
    public List<ItemSpec> items() {
        List<ItemSpec> out = new ArrayList<>();
        for (String id : files.keySet()) out.add(find(id).orElseThrow());
        return out;
    }

    public List<String> ids() {
        return new ArrayList<>(files.keySet());
    }

    /** The specification file of an item, as written (with its sources and provenance). */
    public Optional<String> sourceText(String id) {
        Path file = files.get(id);
        if (file == null) return Optional.empty();
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

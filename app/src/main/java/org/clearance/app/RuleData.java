package org.clearance.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.clearance.catalog.Catalog;
import org.clearance.classification.Classifier;
import org.clearance.classification.ItemSpec;
import org.clearance.determination.Determiner;
import org.clearance.law.RulePack;
import org.clearance.rulepack.RulePackLoader;
import org.clearance.spec.SpecReader;
import org.clearance.yaml.InputException;
import org.clearance.yaml.StrictNode;

/**
 * The rule pack and the catalog a use case decides on (the bundled ones, or directories given), each loaded on first
 * need and kept: one instance serves every request of a server or every task of a job.
 */
public final class RuleData {

    private final Path rulePackDir;
    private final Path catalogDir;
    private RulePack pack;
    private Catalog catalog;
    private Classifier classifier;

    /** A null directory means the bundled pack or catalog. */
    public RuleData(Path rulePackDir, Path catalogDir) {
        this.rulePackDir = rulePackDir;
        this.catalogDir = catalogDir;
    }

    public static RuleData bundled() {
        return new RuleData(null, null);
    }

    public synchronized RulePack pack() {
        if (pack == null) pack = rulePackDir != null ? RulePackLoader.load(rulePackDir) : RulePackLoader.bundled();
        return pack;
    }

    public synchronized Catalog catalog() {
        if (catalog == null) {
            catalog = catalogDir != null ? Catalog.load(catalogDir, catalogDir.toString()) : Catalog.bundled();
        }
        return catalog;
    }

    public synchronized Classifier classifier() {
        if (classifier == null) classifier = new Classifier(pack(), catalog());
        return classifier;
    }

    /** A new determiner (its memories of drawn outcomes belong to one run). */
    public Determiner determiner() {
        return new Determiner(pack(), classifier());
    }

    /** A catalog id or a specification file. */
    public ItemSpec item(String reference) {
        Path path = Path.of(reference);
        if (Files.isRegularFile(path)) return SpecReader.read(path);
        return catalog().find(reference).orElseThrow(() -> new BadInput(
                "'" + reference + "' is neither a specification file nor a catalog id (see: clearance catalog list)"));
    }

    /** A catalog id only (never a file: what a server resolves for a caller). */
    public ItemSpec catalogItem(String id) {
        return catalog().find(id).orElseThrow(() -> new BadInput(
                "'" + id + "' is not a catalog id (see: GET /api/v1/catalog or clearance catalog list)"));
    }

    /** Parses a date given as {@code field} (e.g. --as-of), or today when absent. */
    public static LocalDate date(String value, String field) {
        if (value == null) return LocalDate.now();
        return StrictNode.parseDate(value, reason -> new InputException(null, field, reason));
    }
}

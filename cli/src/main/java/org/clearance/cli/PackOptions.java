package org.clearance.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.clearance.catalog.Catalog;
import org.clearance.classification.Classifier;
import org.clearance.classification.ItemSpec;
import org.clearance.law.RulePack;
import org.clearance.rulepack.RulePackLoader;
import org.clearance.spec.SpecReader;
import org.clearance.yaml.StrictNode;
import picocli.CommandLine.Option;

/** Options shared by the commands that read rules and items: which rule pack and which catalog. */
public final class PackOptions {

    @Option(names = "--rule-pack", paramLabel = "DIR",
            description = "Use the rule pack in DIR instead of the bundled us-ear pack (e.g. a proposed rule set).")
    Path rulePackDir;

    @Option(names = "--catalog", paramLabel = "DIR", description = "Use the catalog in DIR instead of the bundled one.")
    Path catalogDir;

    private RulePack pack;
    private Catalog catalog;

    public RulePack pack() {
        if (pack == null) pack = rulePackDir != null ? RulePackLoader.load(rulePackDir) : RulePackLoader.bundled();
        return pack;
    }

    public Catalog catalog() {
        if (catalog == null) {
            catalog = catalogDir != null ? Catalog.load(catalogDir, catalogDir.toString()) : Catalog.bundled();
        }
        return catalog;
    }

    private Classifier classifier;

    public Classifier classifier() {
        if (classifier == null) classifier = new Classifier(pack(), catalog());
        return classifier;
    }

    public org.clearance.determination.Determiner determiner() {
        return new org.clearance.determination.Determiner(pack(), classifier());
    }

    /** A catalog id or a specification file. */
    public ItemSpec item(String reference) {
        Path path = Path.of(reference);
        if (Files.isRegularFile(path)) return SpecReader.read(path);
        return catalog().find(reference).orElseThrow(() -> new Main.BadInput(
                "'" + reference + "' is neither a specification file nor a catalog id (see: clearance catalog list)"));
    }

    /** Parses an --as-of/--date value, or today when absent. */
    public static LocalDate date(String value, String option) {
        if (value == null) return LocalDate.now();
        return StrictNode.parseDate(value, reason -> new org.clearance.yaml.InputException(null, option, reason));
    }
}

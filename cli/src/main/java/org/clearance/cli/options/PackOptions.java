package org.clearance.cli.options;

import java.nio.file.Path;
import org.clearance.app.RuleData;
import picocli.CommandLine.Option;

/** Options shared by the commands that read rules and items: which rule pack and which catalog. */
public final class PackOptions {

    @Option(names = "--rule-pack", paramLabel = "DIR",
            description = "Use the rule pack in DIR instead of the bundled us-ear pack (e.g. a proposed rule set).")
    Path rulePackDir;

    @Option(names = "--catalog", paramLabel = "DIR", description = "Use the catalog in DIR instead of the bundled one.")
    Path catalogDir;

    private RuleData data;

    /** The --rule-pack directory, or null for the bundled pack. */
    public Path rulePackDir() {
        return rulePackDir;
    }

    /** The --catalog directory, or null for the bundled catalog. */
    public Path catalogDir() {
        return catalogDir;
    }

    /** The pack and catalog the options name, loaded on first need. */
    public RuleData data() {
        if (data == null) data = new RuleData(rulePackDir, catalogDir);
        return data;
    }
}

package org.clearance.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clearance.analysis.design.Design;
import org.clearance.analysis.design.Designer;
import org.clearance.analysis.design.Goal;
import org.clearance.analysis.design.Knob;
import org.clearance.analysis.json.DesignJson;
import org.clearance.app.BadInput;
import org.clearance.app.CheckShipment;
import org.clearance.cli.options.AsOfOption;
import org.clearance.cli.options.PackOptions;
import org.clearance.cli.text.DesignText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "design", mixinStandardHelpOptions = true,
        description = "What a variant of a chip or system must give up to reach an outcome under the rules of a date:"
                + " the least change, the rules that set it, the variant re-classified and re-decided, and what no"
                + " figure can give (docs/analysis.md).")
final class DesignCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ITEM", description = "A catalog id or a specification file (YAML or JSON).")
    String item;

    @Option(names = "--outcome", required = true, paramLabel = "OUTCOME",
            description = "not-controlled | no-license:CC | exception:CODE:CC | case-by-case:CC")
    String outcome;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--knob", paramLabel = "K", description = "throughput (default), throughput:PRECISION,"
            + " dram-bandwidth (default with throughput for a destination outcome), interconnect, die-area, datacenter;"
            + " repeatable.")
    List<String> knobs = new ArrayList<>();

    @Option(names = "--overlay", paramLabel = "FILE", description = "A company overlay; repeatable.")
    List<Path> overlayFiles;

    @Option(names = "--die-area", paramLabel = "MM2", description = "A logic die area for an item whose area is not"
            + " published (enables the performance-density route).")
    BigDecimal dieArea;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--write-spec", paramLabel = "FILE", description = "Write the variant's specification (the"
            + " datasheet format classify and check read).")
    Path writeSpec;

    @Mixin
    PackOptions options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Knob> parsed = knobs.stream().map(Knob::parse).toList();
        Design d = new Designer(options.data(), CheckShipment.overlays(overlayFiles))
                .design(item, Goal.parse(outcome), asOf.date(), parsed, dieArea);
        var out = spec.commandLine().getOut();
        if (writeSpec != null) {
            String variant = DesignJson.variantText(d);
            if (variant == null) throw new BadInput("--write-spec " + writeSpec + ": the outcome is not reachable,"
                    + " there is no variant to write");
            Files.writeString(writeSpec, variant, StandardCharsets.UTF_8);
        }
        if (json) out.println(DesignJson.text(d));
        else out.print(DesignText.of(d, writeSpec));
        return 0;
    }
}

package org.clearance.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clearance.analysis.json.ScenarioJson;
import org.clearance.analysis.scenario.Comparison;
import org.clearance.analysis.scenario.ScenarioReader;
import org.clearance.analysis.scenario.ScenarioRun;
import org.clearance.app.BadInput;
import org.clearance.app.CheckShipment;
import org.clearance.app.RuleData;
import org.clearance.cli.options.PackOptions;
import org.clearance.cli.text.ScenarioText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "What a proposed rule would change (a scenario file), or what changed between two dates of the"
                + " pack: the catalog items whose classification changes, the destinations whose verdict or review"
                + " policy changes, and the rules that made the difference (docs/analysis.md).")
final class ScenarioCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "A scenario file (YAML), e.g. scenarios/tpp-2400.yaml.")
    Path file;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "The earlier date.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "The later date.")
    String to;

    @Option(names = "--destination", paramLabel = "CC", description = "With --from/--to: a destination to evaluate"
            + " (repeatable; default every member of every country group).")
    List<String> destinations = new ArrayList<>();

    @Option(names = "--overlay", paramLabel = "FILE", description = "With --from/--to: a company overlay; repeatable.")
    List<Path> overlayFiles = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Mixin
    PackOptions options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Comparison c;
        if (file != null) {
            if (from != null || to != null) throw new BadInput("give a scenario FILE or --from/--to, not both");
            c = ScenarioRun.run(ScenarioReader.read(file), options.rulePackDir(), options.catalogDir());
        } else {
            if (from == null || to == null) throw new BadInput("give a scenario FILE, or --from DATE and --to DATE");
            LocalDate f = RuleData.date(from, "--from");
            LocalDate t = RuleData.date(to, "--to");
            if (t.isBefore(f)) throw new BadInput("--to " + t + " is before --from " + f);
            c = ScenarioRun.between(options.data(), f, t, CheckShipment.overlays(overlayFiles),
                    overlayFiles.stream().map(Path::toString).toList(), destinations);
        }
        var out = spec.commandLine().getOut();
        if (json) out.println(ScenarioJson.text(c));
        else out.print(ScenarioText.of(c));
        return 0;
    }
}

package org.clearance.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.clearance.analysis.chart.Charts;
import org.clearance.analysis.chart.PlaneChart;
import org.clearance.analysis.chart.TimelineChart;
import org.clearance.app.RuleData;
import org.clearance.cli.options.AsOfOption;
import org.clearance.cli.options.PackOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "chart", mixinStandardHelpOptions = true, description = "Charts of the rules, drawn offline as SVG or"
        + " PNG (docs/analysis.md).", subcommands = {ChartCommand.Plane.class, ChartCommand.Timeline.class})
final class ChartCommand {

    @Command(name = "plane", mixinStandardHelpOptions = true, description = "The TPP × performance-density plane: the"
            + " 3A090 regions of the date and every catalog chip (hover: its catalog id).")
    static final class Plane implements Callable<Integer> {
        @Mixin
        AsOfOption asOf;
        @Option(names = "--output", required = true, paramLabel = "FILE", description = "F.svg or F.png")
        Path output;
        @Mixin
        PackOptions options;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Charts.write(PlaneChart.draw(options.data(), asOf.date()), output);
            spec.commandLine().getOut().println("wrote " + output);
            return 0;
        }
    }

    @Command(name = "timeline", mixinStandardHelpOptions = true, description = "Thresholds and rules of the pack"
            + " through time, from its first date.")
    static final class Timeline implements Callable<Integer> {
        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "The later date.")
        String to;
        @Option(names = "--output", required = true, paramLabel = "FILE", description = "F.svg or F.png")
        Path output;
        @Mixin
        PackOptions options;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            LocalDate end = to != null ? RuleData.date(to, "--to") : LocalDate.now().plusMonths(6);
            Charts.write(TimelineChart.draw(options.data().pack(), end), output);
            spec.commandLine().getOut().println("wrote " + output);
            return 0;
        }
    }
}

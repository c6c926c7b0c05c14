package org.clearance.cli.licensing;

import java.util.concurrent.Callable;
import org.clearance.app.licensing.Holds;
import org.clearance.app.licensing.Licenses;
import org.clearance.cli.options.DatabaseOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "holds", mixinStandardHelpOptions = true,
        description = "Shipments held for an unadjudicated restricted-list hit.",
        subcommands = {HoldsCommand.ListHolds.class, HoldsCommand.Show.class})
public final class HoldsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The holds, oldest first.")
    static final class ListHolds implements Callable<Integer> {
        @Option(names = "--status", paramLabel = "STATUS", description = "open, released or rejected (default: all).")
        String status;
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Holds.Listed l = Holds.list(database.url(), status);
            var out = spec.commandLine().getOut();
            if (json) out.println(Licenses.jsonText(l.json()));
            else l.lines().forEach(out::println);
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One hold: its hits and the shipment requested.")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        long id;
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(Holds.text(Holds.show(database.url(), id)));
            return 0;
        }
    }
}

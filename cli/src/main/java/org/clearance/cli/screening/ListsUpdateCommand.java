package org.clearance.cli.screening;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clearance.app.UpdateLists;
import org.clearance.app.json.Json;
import org.clearance.cli.options.DatabaseOption;
import org.clearance.fetch.ListUpdater;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.lists.ListVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "update", mixinStandardHelpOptions = true,
        description = "Download the lists from their publishers (OFAC's sanctions list service, trade.gov's "
                + "Consolidated Screening List, BIS's Denied Persons List) at the addresses of lists/sources.yaml, "
                + "overridden by $XDG_CONFIG_HOME/clearance/lists.yaml or --config, and import each as lists import "
                + "does: identical content adds no version, an empty or shrunk publication or a web page in its place "
                + "is refused and the last good version kept. Conditional requests, a timeout, retries with back-off "
                + "and a size limit; proxies from https_proxy, http_proxy and no_proxy. Exit 0 when every source is "
                + "current, 2 when one was refused or could not be fetched (the others are still updated).")
public final class ListsUpdateCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "sdn|cons|csl|dpl|all", defaultValue = "all",
            description = "Which source to update (a name of the configuration; default: all).")
    String source;
    @Option(names = "--from", paramLabel = "URL", description = "Download the source from here instead (for sdn, the "
            + "URL of sdn.csv: alt.csv, add.csv and sdn_comments.csv are fetched from beside it). Needs --source.")
    String from;
    @Option(names = "--config", paramLabel = "FILE", description = "A configuration file over the shipped defaults "
            + "(default: $XDG_CONFIG_HOME/clearance/lists.yaml or ~/.config/clearance/lists.yaml when present).")
    Path config;
    @Option(names = "--json", description = "Print the outcome of each source as JSON.")
    boolean json;
    @Option(names = "--rescreen", description = "Then re-screen every kept party against what changed (as clearance rescreen).")
    boolean rescreen;
    @Option(names = "--rescreen-output", paramLabel = "FILE", description = "With --rescreen: also write the changes as JSON lines.")
    Path rescreenOutput;
    @Mixin
    DatabaseOption database;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (rescreenOutput != null && !rescreen) throw new org.clearance.app.BadInput("--rescreen-output needs --rescreen");
        UpdateLists.Request request = new UpdateLists.Request(source, from, config, rescreen);
        UpdateLists.sources(UpdateLists.config(config), request);   // bad names and URLs before the database opens
        PrintWriter out = spec.commandLine().getOut();
        try (ScreeningService service = database.open()) {
            UpdateLists.Report report = UpdateLists.run(service, request);
            if (rescreen && rescreenOutput != null) RescreenCommand.write(report.rescreen(), rescreenOutput);
            if (json) {
                out.println(Json.write(report.json()));
            } else {
                for (ListUpdater.Result r : report.results()) print(out, r);
                if (report.rescreen() != null) RescreenCommand.print(report.rescreen(), rescreenOutput, out);
            }
            if (!report.ok()) {
                spec.commandLine().getErr().println("clearance: not every list could be updated; the answers warn "
                        + "about the lists that are too old");
                return org.clearance.cli.Main.BAD_INPUT;
            }
        }
        return 0;
    }

    private static void print(PrintWriter out, ListUpdater.Result r) {
        ListVersion v = r.version();
        out.printf(Locale.ROOT, "%-5s %-12s %s%n", r.source(), r.outcome().code().toUpperCase(Locale.ROOT), r.url());
        String current = r.outcome() == ListUpdater.Outcome.IMPORTED ? ""
                : v == null ? "; no version of it is stored"
                : String.format(Locale.ROOT, "; current: version %d (published %s, %,d entries)", v.id(), v.published(),
                v.entryCount());
        out.printf(Locale.ROOT, "      %s%s%n", r.message(), current);
    }
}

package org.clearance.cli.licensing;

import java.util.concurrent.Callable;
import org.clearance.app.licensing.Licenses;
import org.clearance.app.licensing.Remittance;
import org.clearance.cli.options.DatabaseOption;
import org.clearance.cli.options.PackOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "remittance", mixinStandardHelpOptions = true,
        description = "The revenue share owed under each license that has one, for the shipments dated in a period: "
                + "per shipment value × percent rounded half-even to the cent, per license and in total.")
public final class RemittanceCommand implements Callable<Integer> {

    @Option(names = "--period", required = true, paramLabel = "YYYY|YYYY-Qn", description = "A year (2026) or a quarter (2026-Q1).")
    String period;
    @Option(names = "--holder", paramLabel = "NAME", description = "Only the licenses of this holder.")
    String holder;
    @Option(names = "--json", description = "Print one JSON object (amounts as decimal strings).")
    boolean json;
    @Mixin
    DatabaseOption database;
    @Mixin
    PackOptions pack;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Remittance.Report r = Remittance.of(pack.data(), database.url(), period, holder);
        var out = spec.commandLine().getOut();
        if (json) out.println(Licenses.jsonText(r.json()));
        else r.lines().forEach(out::println);
        return 0;
    }
}

package org.clearance.cli.licensing;

import java.util.concurrent.Callable;
import org.clearance.app.AuditLog;
import org.clearance.app.licensing.Licenses;
import org.clearance.app.licensing.Quotas;
import org.clearance.cli.options.DatabaseOption;
import org.clearance.cli.options.PackOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "quota", mixinStandardHelpOptions = true,
        description = "Compute-unit quotas: caps in total TPP, H100-equivalents or a ratio to another scope, per period.",
        subcommands = {QuotaCommand.Set.class, QuotaCommand.Show.class})
public final class QuotaCommand {

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Set a quota's cap (audited).")
    static final class Set implements Callable<Integer> {
        @Option(names = "--scope", required = true, paramLabel = "country:CC|consignee:ID")
        String scope;
        @Option(names = "--period", required = true, paramLabel = "YYYY|YYYY-Qn")
        String period;
        @Option(names = "--tpp", paramLabel = "N", description = "Cap on the total TPP shipped.")
        String tpp;
        @Option(names = "--h100e", paramLabel = "N", description = "Cap in H100-equivalents (TPP ÷ the pack's reference/h100_tpp).")
        String h100e;
        @Option(names = "--ratio", paramLabel = "R", description = "Units at most R × the units shipped to --of.")
        String ratio;
        @Option(names = "--of", paramLabel = "SCOPE", description = "The other scope of a ratio, e.g. country:US.")
        String of;
        @Option(names = "--by", paramLabel = "NAME")
        String by;
        @Mixin
        DatabaseOption database;
        @Mixin
        PackOptions pack;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var q = new Quotas(pack.data(), database.url()).set(scope, period, tpp, h100e, ratio, of, AuditLog.actor(by));
            Quotas.lines(java.util.List.of(q)).forEach(spec.commandLine().getOut()::println);
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Every quota with what is drawn and remains.")
    static final class Show implements Callable<Integer> {
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;
        @Mixin
        DatabaseOption database;
        @Mixin
        PackOptions pack;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var all = new Quotas(pack.data(), database.url()).all();
            var out = spec.commandLine().getOut();
            if (json) out.println(Licenses.jsonText(Quotas.json(all)));
            else Quotas.lines(all).forEach(out::println);
            return 0;
        }
    }
}

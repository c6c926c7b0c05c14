package org.clearance.cli.licensing;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clearance.app.AuditLog;
import org.clearance.app.licensing.License;
import org.clearance.app.licensing.Licenses;
import org.clearance.app.licensing.Shown;
import org.clearance.cli.options.DatabaseOption;
import org.clearance.cli.options.PackOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "license", mixinStandardHelpOptions = true,
        description = "Keep licenses: their files (JSON or YAML, docs/ledger.md), versions, status and balances.",
        subcommands = {LicenseCommand.Add.class, LicenseCommand.Amend.class, LicenseCommand.Show.class,
                LicenseCommand.ListLicenses.class, LicenseCommand.Import.class, LicenseCommand.Export.class,
                LicenseCommand.Suspend.class, LicenseCommand.Revoke.class, LicenseCommand.Reinstate.class})
public final class LicenseCommand {

    /** What every license subcommand takes: the database, the pack and catalog (to check a file), the actor. */
    static class Common {
        @Mixin
        DatabaseOption database;
        @Mixin
        PackOptions pack;
        @Option(names = "--by", paramLabel = "NAME", description = "Who records this, as the audit trail keeps it (default: the OS user).")
        String by;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Licenses licenses() {
            return new Licenses(pack.data(), database.url());
        }

        String actor() {
            return AuditLog.actor(by);
        }

        java.io.PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Record a new license from its file.")
    static final class Add extends Common implements Callable<Integer> {
        @Option(names = "--file", required = true, paramLabel = "FILE", description = "The license file (.json, .yaml).")
        Path file;

        @Override
        public Integer call() throws Exception {
            License l = licenses().add(file, actor());
            out().println("license " + l.number() + " recorded (version 1, " + l.status().code() + ")");
            return 0;
        }
    }

    @Command(name = "amend", mixinStandardHelpOptions = true,
            description = "Record the file as the license's next version (the earlier versions are kept).")
    static final class Amend extends Common implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NUMBER")
        String number;
        @Option(names = "--file", required = true, paramLabel = "FILE")
        Path file;
        @Option(names = "--reason", paramLabel = "TEXT")
        String reason;

        @Override
        public Integer call() throws Exception {
            licenses().amend(number, file, actor(), reason);
            Shown s = licenses().show(number);
            out().println("license " + number + " is now version " + s.stored().version());
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "A license: its content, limits with what is drawn and remains, versions and shipments.")
    static final class Show extends Common implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NUMBER")
        String number;
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            Shown s = licenses().show(number);
            if (json) out().println(Licenses.jsonText(s.json()));
            else s.lines().forEach(out()::println);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every license recorded.")
    static final class ListLicenses extends Common implements Callable<Integer> {
        @Option(names = "--json", description = "Print one JSON array.")
        boolean json;

        @Override
        public Integer call() {
            var all = licenses().list();
            if (json) {
                out().println(Licenses.listJson(all));
            } else {
                if (all.isEmpty()) out().println("no licenses recorded (add one: clearance license add --file FILE)");
                for (Shown s : all) out().println(s.lines().get(0));
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import licenses from a JSON array of license files (what export writes), all or nothing.")
    static final class Import extends Common implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            Licenses.Imported i = licenses().importFile(file, actor());
            out().println("imported " + file + ": " + i.added() + " added, " + i.amended() + " amended, "
                    + i.unchanged() + " unchanged");
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write every license (current version and status) as one JSON array.")
    static final class Export extends Common implements Callable<Integer> {
        @Option(names = "--output", required = true, paramLabel = "FILE")
        Path output;

        @Override
        public Integer call() throws Exception {
            int n = licenses().export(output);
            out().println("wrote " + n + " licenses to " + output);
            return 0;
        }
    }

    abstract static class StatusChange extends Common implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NUMBER")
        String number;
        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        abstract Licenses.Change change();

        @Override
        public Integer call() {
            String status = licenses().change(number, change(), reason, actor());
            out().println("license " + number + " is " + status);
            return 0;
        }
    }

    @Command(name = "suspend", mixinStandardHelpOptions = true, description = "Suspend an active license.")
    static final class Suspend extends StatusChange {
        Licenses.Change change() {
            return Licenses.Change.SUSPEND;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a license (final).")
    static final class Revoke extends StatusChange {
        Licenses.Change change() {
            return Licenses.Change.REVOKE;
        }
    }

    @Command(name = "reinstate", mixinStandardHelpOptions = true, description = "Reinstate a suspended license.")
    static final class Reinstate extends StatusChange {
        Licenses.Change change() {
            return Licenses.Change.REINSTATE;
        }
    }
}

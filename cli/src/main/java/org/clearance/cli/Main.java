package org.clearance.cli;

import java.io.PrintWriter;
import org.clearance.app.BadInput;
import org.clearance.classification.UnknownItemException;
import org.clearance.law.DateOutOfCoverageException;
import org.clearance.yaml.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code clearance} command. Exit status: 0 for any answer (including INDETERMINATE), 2 for bad input (the
 * message on stderr names the file, field and reason), 3 for a refused step (four eyes), 1 for an internal error.
 */
@Command(name = "clearance", mixinStandardHelpOptions = true, version = "clearance 0.1.0",
        description = "US export controls on advanced computing, as dated and cited rules. "
                + "Decision support, not legal advice.",
        subcommands = {ClassifyCommand.class, CheckCommand.class, DesignCommand.class, ScenarioCommand.class, ChartCommand.class, CatalogCommand.class, RulesCommand.class,
                org.clearance.cli.screening.ListsCommand.class, org.clearance.cli.screening.ScreenCommand.class,
                org.clearance.cli.screening.AdjudicateCommand.class, org.clearance.cli.screening.AdjudicationsCommand.class,
                org.clearance.cli.screening.RescreenCommand.class,
                org.clearance.cli.audit.AuditCommand.class,
                org.clearance.cli.server.ServeCommand.class, org.clearance.cli.server.UsersCommand.class,
                org.clearance.cli.server.TokensCommand.class,
                org.clearance.cli.licensing.LicenseCommand.class, org.clearance.cli.licensing.ShipCommand.class,
                org.clearance.cli.licensing.QuotaCommand.class, org.clearance.cli.licensing.RemittanceCommand.class,
                org.clearance.cli.licensing.HoldsCommand.class,
                org.clearance.cli.ownership.OwnershipCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static final int BAD_INPUT = 2;
    /** A step the rules refuse (four eyes: approving one's own request, a request no longer pending). */
    public static final int REFUSED = 3;
    public static final int INTERNAL_ERROR = 1;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InputException || ex instanceof UnknownItemException
                    || ex instanceof DateOutOfCoverageException || ex instanceof BadInput
                    || ex instanceof org.clearance.geography.UnknownCountryException
                    || ex instanceof org.clearance.server.accounts.AccountException) {
                commandLine.getErr().println("clearance: " + ex.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof org.clearance.app.FourEyes.Refused) {
                commandLine.getErr().println("clearance: refused: " + ex.getMessage());
                return REFUSED;
            }
            if (ex instanceof org.clearance.ledger.DatabaseInUseException) {
                commandLine.getErr().println("clearance: " + ex.getMessage());
                return INTERNAL_ERROR;
            }
            commandLine.getErr().println("clearance: internal error: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return INTERNAL_ERROR;
        });
        cli.setParameterExceptionHandler((ex, args1) -> {
            ex.getCommandLine().getErr().println("clearance: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return BAD_INPUT;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}

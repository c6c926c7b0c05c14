package org.clearance.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.clearance.app.BadInput;
import org.clearance.yaml.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark job's entry point, both for {@code spark-submit --class org.clearance.spark.SparkCommand
 * clearance-spark.jar check …} and for {@code ./clearance spark check …} (Spark from Maven on this machine, or a
 * client of a standalone cluster). Exit status as the command line's: 0 when the job ran, 2 for bad input, 1 for a
 * broken system.
 */
@Command(name = "clearance spark", mixinStandardHelpOptions = true, version = "clearance-spark 0.1.0",
        description = "Clearance's batch work as Apache Spark jobs. Decision support, not legal advice.",
        subcommands = {SparkCommand.Check.class, SparkCommand.Compare.class, SparkCommand.Rescreen.class,
                CommandLine.HelpCommand.class})
public final class SparkCommand {

    public static void main(String[] args) {
        int status = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(status);
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SparkCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable cause = ex;
            while (cause instanceof org.apache.spark.SparkException && cause.getCause() != null) cause = cause.getCause();
            if (cause instanceof InputException || cause instanceof BadInput
                    || cause instanceof org.clearance.classification.UnknownItemException) {
                commandLine.getErr().println("clearance spark: " + cause.getMessage());
                return 2;
            }
            commandLine.getErr().println("clearance spark: internal error: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return 1;
        });
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("clearance spark: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return 2;
        });
        return cli.execute(args);
    }

    /** A Spark session for the master given, else the one spark-submit set, else every core of this machine. */
    static SparkSession session(String master, String app) {
        SparkConf conf = new SparkConf(true).setAppName(app);
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        if (!conf.contains("spark.ui.enabled")) conf.set("spark.ui.enabled", "false");
        String m = conf.get("spark.master");
        if (!m.startsWith("local") && !conf.contains("spark.jars")) {
            // a client outside spark-submit: the executors get the job's classes from this very jar
            var source = SparkCommand.class.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation().getPath().endsWith(".jar")) {
                conf.set("spark.jars", source.getLocation().getPath());
            }
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Decide every row of a shipments file (the columns of check --batch) as check --batch does; "
                    + "one JSON line per row, in input order, and _clearance.json beside the parts.")
    static final class Check implements Callable<Integer> {
        @Option(names = "--input", required = true, paramLabel = "PATH", description = "the shipments (a CSV file, or JSON lines or Parquet)")
        String input;
        @Option(names = "--output", required = true, paramLabel = "DIR", description = "a directory that does not exist yet")
        String output;
        @Option(names = "--master", paramLabel = "URL", description = "local[N] or spark://HOST:PORT (default: as spark-submit says, else local[*])")
        String master;
        @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv (default), jsonl or parquet")
        String inputFormat;
        @Option(names = "--output-format", paramLabel = "FORMAT", defaultValue = "jsonl", description = "jsonl (default) or parquet")
        String outputFormat;
        @Option(names = "--database", paramLabel = "URL", description = "the database to screen the parties in and keep them (default: the embedded H2 file)")
        String database;
        @Option(names = "--no-screening", description = "do not screen the named parties")
        boolean noScreening;
        @Option(names = "--rule-pack", paramLabel = "DIR", description = "a rule pack directory (default: the bundled pack)")
        Path rulePack;
        @Option(names = "--catalog", paramLabel = "DIR", description = "a catalog directory (default: the bundled catalog)")
        Path catalog;
        @Option(names = "--overlay", paramLabel = "FILE", description = "a company overlay (repeatable)")
        List<Path> overlays = new ArrayList<>();
        @Option(names = "--explain", description = "each row's full decision, with every finding")
        boolean explain;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!List.of("csv", "jsonl", "parquet").contains(inputFormat)) {
                throw new BadInput("--input-format: '" + inputFormat + "' is not csv, jsonl or parquet");
            }
            if (!List.of("jsonl", "parquet").contains(outputFormat)) {
                throw new BadInput("--output-format: '" + outputFormat + "' is not jsonl or parquet");
            }
            CheckJob.Options o = new CheckJob.Options(input, inputFormat, output, outputFormat, database, noScreening,
                    rulePack, catalog, List.copyOf(overlays), explain);
            SparkSession spark = session(master, "clearance check");
            try {
                if (outputExists(spark, output)) throw new BadInput("--output: " + output + " exists; give a new directory");
                CheckJob.Summary s = CheckJob.run(spark, o);
                spec.commandLine().getOut().printf("%,d rows: %,d decided, %,d errors in %.1f s (%s); %s%n", s.rows(),
                        s.decided(), s.errors(), s.seconds(), spark.sparkContext().master(),
                        s.listVersions() == null ? "not screened" : "screened " + s.partiesScreened()
                                + " distinct parties against " + s.listVersions());
                spec.commandLine().getOut().println("records in " + output + " (summary: " + output + "/_clearance.json)");
                return 0;
            } finally {
                spark.stop();
            }
        }

        private static boolean outputExists(SparkSession spark, String dir) {
            try {
                var path = new org.apache.hadoop.fs.Path(dir);
                return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Decide every row of a shipments file as if shipped on --from and on --to; write the rows whose "
                    + "verdict, license requirement or review policy changes, with the rules that made the difference, "
                    + "and the rows that could not be decided; _clearance.json counts them all.")
    static final class Compare implements Callable<Integer> {
        @Option(names = "--input", required = true, paramLabel = "PATH", description = "the shipments (a CSV file, or JSON lines or Parquet)")
        String input;
        @Option(names = "--output", required = true, paramLabel = "DIR", description = "a directory that does not exist yet")
        String output;
        @Option(names = "--from", required = true, paramLabel = "DATE", description = "the first date (YYYY-MM-DD): every row decided as if shipped that day")
        String from;
        @Option(names = "--to", required = true, paramLabel = "DATE", description = "the second date (YYYY-MM-DD)")
        String to;
        @Option(names = "--master", paramLabel = "URL", description = "local[N] or spark://HOST:PORT (default: as spark-submit says, else local[*])")
        String master;
        @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv (default), jsonl or parquet")
        String inputFormat;
        @Option(names = "--database", paramLabel = "URL", description = "the database to screen the parties in (default: the embedded H2 file)")
        String database;
        @Option(names = "--no-screening", description = "do not screen the named parties")
        boolean noScreening;
        @Option(names = "--rule-pack", paramLabel = "DIR", description = "a rule pack directory (default: the bundled pack)")
        Path rulePack;
        @Option(names = "--catalog", paramLabel = "DIR", description = "a catalog directory (default: the bundled catalog)")
        Path catalog;
        @Option(names = "--overlay", paramLabel = "FILE", description = "a company overlay (repeatable)")
        List<Path> overlays = new ArrayList<>();
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!List.of("csv", "jsonl", "parquet").contains(inputFormat)) {
                throw new BadInput("--input-format: '" + inputFormat + "' is not csv, jsonl or parquet");
            }
            java.time.LocalDate d1 = org.clearance.app.RuleData.date(from, "--from");
            java.time.LocalDate d2 = org.clearance.app.RuleData.date(to, "--to");
            CompareJob.Options o = new CompareJob.Options(input, inputFormat, output, d1, d2, database, noScreening,
                    rulePack, catalog, List.copyOf(overlays));
            SparkSession spark = session(master, "clearance compare");
            try {
                if (Check.outputExists(spark, output)) throw new BadInput("--output: " + output + " exists; give a new directory");
                CompareJob.Summary s = CompareJob.run(spark, o);
                var out = spec.commandLine().getOut();
                out.printf("%,d rows decided on %s and on %s: %,d changed, %,d unchanged, %,d errors in %.1f s (%s)%n",
                        s.rows(), d1, d2, s.changed(), s.unchanged(), s.errors(), s.seconds(), spark.sparkContext().master());
                s.transitions().forEach((t, n) -> out.printf("  %,9d  %s%n", n, t));
                out.println("changed rows and errors in " + output + " (summary: " + output + "/_clearance.json)");
                return 0;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(name = "rescreen", mixinStandardHelpOptions = true,
            description = "Screen every party of a parties file (the columns of screen --batch: id,name,country) against "
                    + "the database's latest lists with the adjudications in force: DIR/parties holds one record per row, "
                    + "as screen --batch --no-keep writes it; with --baseline, DIR/changes holds the hits added, changed "
                    + "and gone per party against that earlier run. Nothing is kept in the database.")
    static final class Rescreen implements Callable<Integer> {
        @Option(names = "--parties", required = true, paramLabel = "PATH", description = "the parties (CSV: id,name,country; a header row is skipped)")
        String parties;
        @Option(names = "--output", required = true, paramLabel = "DIR", description = "a directory that does not exist yet")
        String output;
        @Option(names = "--baseline", paramLabel = "DIR", description = "the output directory of an earlier spark rescreen to compare with")
        String baseline;
        @Option(names = "--master", paramLabel = "URL", description = "local[N] or spark://HOST:PORT (default: as spark-submit says, else local[*])")
        String master;
        @Option(names = "--database", paramLabel = "URL", description = "the database whose lists and adjudications to screen against (default: the embedded H2 file)")
        String database;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            SparkSession spark = session(master, "clearance rescreen");
            try {
                if (Check.outputExists(spark, output)) throw new BadInput("--output: " + output + " exists; give a new directory");
                if (baseline != null && !Check.outputExists(spark, baseline + "/parties")) {
                    throw new BadInput("--baseline: " + baseline + " has no parties/ directory; give the output of an earlier spark rescreen");
                }
                RescreenJob.Summary s = RescreenJob.run(spark, new RescreenJob.Options(parties, database, baseline, output));
                var out = spec.commandLine().getOut();
                out.printf("%,d rows (%,d distinct) screened against %s: %,d with hits, %,d errors in %.1f s (%s)%n",
                        s.rows(), s.distinct(), s.listVersions(), s.withHits(), s.errors(), s.seconds(),
                        spark.sparkContext().master());
                if (baseline != null) {
                    out.printf("against %s: %,d parties changed — %,d hits added, %,d changed, %,d gone%n", baseline,
                            s.partiesChanged(), s.added(), s.changed(), s.gone());
                }
                out.println("records in " + output + "/parties" + (baseline != null ? ", changes in " + output + "/changes" : "")
                        + " (summary: " + output + "/_clearance.json)");
                return 0;
            } finally {
                spark.stop();
            }
        }
    }
}

package org.clearance.cli.audit;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clearance.app.AuditLog;
import org.clearance.app.BadInput;
import org.clearance.app.json.Json;
import org.clearance.cli.options.DatabaseOption;
import org.clearance.ledger.audit.ChainHead;
import org.clearance.ledger.audit.ChainVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clearance audit head|verify|export}: the hash-chained audit trail (docs/ledger.md, "Audit trail"). */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit trail: every check, screening, adjudication and list import, appended, never "
                + "edited, each row hash-chained to the one before (docs/ledger.md).",
        subcommands = {AuditCommand.Head.class, AuditCommand.Verify.class, AuditCommand.Export.class})
public final class AuditCommand {

    /** Exit status when the chain is broken (altered, removed, inserted, reordered rows, or a cut tail). */
    public static final int BROKEN = 3;

    @Command(name = "head", mixinStandardHelpOptions = true,
            description = "Print the last row's SEQ:HASH, to record elsewhere (verify --expect-head checks it later).")
    static final class Head implements Callable<Integer> {
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(AuditLog.head(database.url()));
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute every row's hash and link, in the database or in an export (--file, no database "
                    + "needed). Exit 0 when intact, 3 naming the first bad seq when not, 2 for bad input.")
    static final class Verify implements Callable<Integer> {
        @Option(names = "--expect-head", paramLabel = "SEQ:HASH",
                description = "A head recorded earlier (audit head): the chain must reach it with that hash, so a cut "
                        + "tail or a rewritten chain shows.")
        String expectHead;
        @Option(names = "--file", paramLabel = "FILE.jsonl", description = "Verify this export instead of the database.")
        Path file;
        @Option(names = "--json", description = "Print one JSON object: intact, rows, head, first_bad_seq, problem.")
        boolean json;
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            ChainHead expected = AuditLog.expectedHead(expectHead);
            ChainVerification v = file != null ? AuditLog.verifyFile(file, expected)
                    : AuditLog.verify(database.url(), expected);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(AuditLog.json(v)));
            } else if (v.intact()) {
                out.printf("intact: %d rows, head %s%s%n", v.rows(), v.head(),
                        expected != null ? " (reaches the expected head " + expected + ")" : "");
            } else {
                out.printf("BROKEN at seq %d: %s%n", v.firstBadSeq(), v.problem());
                out.printf("the rows before it verify (%d rows, up to %s)%n", v.rows(), v.head());
            }
            return v.intact() ? 0 : BROKEN;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write every row as one JSON line (seq, time, actor, kind, payload, prev_hash, hash).")
    static final class Export implements Callable<Integer> {
        @Option(names = "--output", required = true, paramLabel = "FILE.jsonl")
        Path output;
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (output.getParent() != null && !java.nio.file.Files.isDirectory(output.getParent())) {
                throw new BadInput("--output: no directory " + output.getParent());
            }
            ChainHead head = AuditLog.export(database.url(), output);
            spec.commandLine().getErr().printf("clearance: exported %d rows to %s; head %s%n", head.seq(), output, head);
            return 0;
        }
    }
}

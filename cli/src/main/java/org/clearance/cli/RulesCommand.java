package org.clearance.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clearance.app.BadInput;
import org.clearance.app.RuleData;
import org.clearance.app.json.Json;
import org.clearance.app.json.RulesJson;
import org.clearance.classification.ClassificationRule;
import org.clearance.classification.Condition;
import org.clearance.classification.ExclusionNote;
import org.clearance.classification.ParagraphRule;
import org.clearance.classification.PointerNote;
import org.clearance.classification.SystemRule;
import org.clearance.classification.ZParagraphRule;
import org.clearance.cli.options.AsOfOption;
import org.clearance.cli.options.PackOptions;
import org.clearance.cli.options.PeriodOptions;
import org.clearance.law.DatedValue;
import org.clearance.law.PackDiff;
import org.clearance.law.Parameter;
import org.clearance.law.Rule;
import org.clearance.law.RulePack;
import org.clearance.law.RuleStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "The dated, cited rules: list them, show one, validate a pack, or see what changed between two dates.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Show.class, RulesCommand.Validate.class,
                RulesCommand.Diff.class})
final class RulesCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every rule with its status on a date.")
    static final class ListRules implements Callable<Integer> {
        @Mixin
        PackOptions options;
        @Mixin
        AsOfOption asOf;
        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            RulePack pack = options.data().pack();
            LocalDate date = pack.requireCovered(asOf.date());
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(RulesJson.list(pack, date)));
                return 0;
            }
            for (Rule r : pack.rules()) {
                out.println(String.format(Locale.ROOT, "%-26s %-40s %s", r.id(), RulesJson.status(r, date), r.title()));
            }
            out.println("\nRule pack " + pack.info().id() + " " + pack.info().hash() + ", as of " + date
                    + "; checked against published law up to " + pack.info().lastReviewed());
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "A rule: its text, its test and its dated status, with citations.")
    static final class Show implements Callable<Integer> {
        @Mixin
        PackOptions options;
        @Parameters(paramLabel = "ID", description = "A rule id (see: clearance rules list) or a parameter id such as 3a090/tpp_a1.")
        String id;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            RulePack pack = options.data().pack();
            var out = spec.commandLine().getOut();
            Rule rule = pack.rule(id).orElse(null);
            if (rule == null) {
                Parameter p = pack.parameter(id).orElseThrow(() -> new BadInput(
                        "unknown rule or parameter '" + id + "' (see: clearance rules list)"));
                out.println(p.id() + " — " + p.description() + " (" + p.unit() + ")");
                for (DatedValue<BigDecimal> v : p.series().values()) out.println("  " + dated(v, v.value() == null
                        ? "repealed" : v.value().stripTrailingZeros().toPlainString()));
                return 0;
            }
            out.println(rule.id() + " — " + rule.title());
            out.println("Source: rulepacks/" + pack.info().id() + "/" + rule.source());
            out.println("Text: " + rule.text());
            if (rule instanceof ClassificationRule c) out.println("Test: " + test(c, pack));
            out.println("Status:");
            for (DatedValue<RuleStatus> v : rule.status().values()) out.println("  " + dated(v, RulesJson.describe(v)));
            if (!rule.interpretations().isEmpty()) {
                out.println("Interpretations:");
                for (String i : rule.interpretations()) {
                    pack.interpretation(i).ifPresent(x -> out.println("  " + x.id() + ": " + x.primary() + " (" + x.doc() + ")"));
                }
            }
            return 0;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Load a rule pack strictly (the bundled one, or DIR) and report the first error with its file and field.")
    static final class Validate implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "0..1", description = "A rule pack directory (default: the bundled pack).")
        Path dir;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            RulePack pack = new RuleData(dir, null).pack();
            spec.commandLine().getOut().println("rule pack " + pack.info().id() + " is valid: " + pack.rules().size()
                    + " rules, " + pack.parameters().size() + " parameters, " + pack.interpretations().size()
                    + " interpretations; " + pack.info().hash());
            return 0;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true, description = "What changed between two dates, with citations.")
    static final class Diff implements Callable<Integer> {
        @Mixin
        PackOptions options;
        @Mixin
        PeriodOptions period;
        @Option(names = "--json", description = "Print a JSON object.")
        boolean json;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            LocalDate f = period.from();
            LocalDate t = period.to();
            PackDiff diff = PackDiff.between(options.data().pack(), f, t);
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(RulesJson.diff(diff, f, t)));
                return 0;
            }
            out.println("Changes after " + f + " up to " + t + ":");
            if (diff.changes().isEmpty()) out.println("  none");
            for (PackDiff.Change c : diff.changes()) {
                out.println("  " + c.date() + "  " + c.id() + ": " + c.before() + " → " + c.after() + "  ["
                        + c.cite().text() + "]" + (c.confidence().isFlagged() ? " [UNCONFIRMED]" : "")
                        + (c.note() != null ? "\n              " + c.note() : ""));
            }
            return 0;
        }
    }

    private static String dated(DatedValue<?> v, String what) {
        return v.from() + "  " + what + "  [" + v.cite().text() + (v.cite().href() != null ? " " + v.cite().href() : "")
                + "] (" + v.confidence().name().toLowerCase(Locale.ROOT) + ")" + (v.note() != null ? " — " + v.note() : "");
    }

    static String test(ClassificationRule rule, RulePack pack) {
        return switch (rule) {
            case ParagraphRule p -> condition(p.condition()) + " → " + p.paragraph() + " (" + p.eccn() + ")";
            case ExclusionNote x -> condition(x.condition()) + " → excludes " + String.join(", ", x.excludes());
            case PointerNote p -> condition(p.condition());
            case SystemRule s -> "contains an IC meeting " + s.containsEccn() + " → " + s.eccn();
            case ZParagraphRule z -> "base " + String.join(" or ", z.bases()) + " meeting " + z.byEccn();
        };
    }

    static String condition(Condition c) {
        return switch (c) {
            case Condition.All a -> "(" + String.join(" and ", a.of().stream().map(RulesCommand::condition).toList()) + ")";
            case Condition.Any a -> "(" + String.join(" or ", a.of().stream().map(RulesCommand::condition).toList()) + ")";
            case Condition.Not n -> "not " + condition(n.of());
            case Condition.Compare x -> x.metric().key() + " " + x.op().code() + " " + x.parameter();
            case Condition.Datacenter d -> "datacenter = " + d.value();
            case Condition.Meets m -> "meets " + m.eccn();
        };
    }
}

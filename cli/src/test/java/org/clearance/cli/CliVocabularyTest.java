package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One vocabulary across commands (issue 10): {@code --as-of} the date whose rules apply, {@code --date} a shipment's
 * date, {@code --from}/{@code --to} a comparison, each with one meaning wherever it appears. A new command that takes
 * a date takes it under one of these names (the mixins in org.clearance.cli.options).
 */
class CliVocabularyTest {

    /** {@code --notified}: the day BIS was notified of a License Exception NAC use ({@code ship}, issue 12). */
    private static final Set<String> DATE_OPTIONS = Set.of("--as-of", "--date", "--from", "--to", "--published",
            "--notified");
    /** The one meaning of each, as its help says it wherever it appears. */
    private static final Map<String, String> MEANING = Map.of(
            "--as-of", "The date whose rules apply (default: today).",
            "--date", "The shipment's date; the rules of that day apply (default: today).",
            "--from", "The earlier date.",
            "--to", "The later date.");

    @Test
    void every_date_option_is_one_of_the_vocabulary_with_one_meaning() {
        List<String> seen = new ArrayList<>();
        walk(new CommandLine(new Main()), seen);
        assertThat(seen).contains("clearance classify --as-of", "clearance rules list --as-of", "clearance check --date",
                "clearance rules diff --from", "clearance rules diff --to");
        assertThat(seen).noneMatch(s -> s.startsWith("clearance classify --date") || s.startsWith("clearance check --as-of"));
    }

    private static void walk(CommandLine cli, List<String> seen) {
        for (OptionSpec o : cli.getCommandSpec().options()) {
            for (String name : o.names()) {
                boolean dateLike = "YYYY-MM-DD".equals(o.paramLabel()) || name.contains("date") || name.contains("as-of");
                if (!dateLike) continue;
                assertThat(DATE_OPTIONS).as(cli.getCommandSpec().qualifiedName() + " " + name).contains(name);
                if (MEANING.containsKey(name)) {
                    assertThat(String.join(" ", o.description())).as(cli.getCommandSpec().qualifiedName() + " " + name)
                            .isEqualTo(MEANING.get(name));
                }
                seen.add(cli.getCommandSpec().qualifiedName() + " " + name);
            }
        }
        cli.getSubcommands().values().forEach(sub -> walk(sub, seen));
    }

    @Test
    void a_bad_date_names_the_option_it_came_from() {
        CliRun classify = CliRun.of("classify", "nvidia-h100-sxm5-80gb", "--as-of", "2024-13-01");
        assertThat(classify.status()).isEqualTo(2);
        assertThat(classify.err()).contains("--as-of").contains("2024-13-01");
        CliRun check = CliRun.of("check", "--item", "nvidia-h100-sxm5-80gb", "--destination", "CN", "--date", "2024-02-30",
                "--no-screening");
        assertThat(check.status()).isEqualTo(2);
        assertThat(check.err()).contains("--date");
        CliRun diff = CliRun.of("rules", "diff", "--from", "2025-01-01", "--to", "2024-01-01");
        assertThat(diff.status()).isEqualTo(2);
        assertThat(diff.err()).contains("--to 2024-01-01 is before --from 2025-01-01");
    }
}

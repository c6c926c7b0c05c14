package org.clearance.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.clearance.app.Classify;
import org.clearance.cli.options.AsOfOption;
import org.clearance.cli.options.PackOptions;
import org.clearance.cli.text.ClassificationText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify a chip or system under ECCN 3A090/4A090 as the rules stood on a date, with every "
                + "step explained and cited.")
final class ClassifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ITEM", description = "A catalog id (see: clearance catalog list) or a specification file (YAML or JSON).")
    String item;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--json", description = "Print one JSON object with the decision.")
    boolean json;

    @Mixin
    PackOptions options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate date = asOf.date();
        Classify.Classified c = new Classify(options.data()).classify(item, date);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(c.jsonText());
        } else {
            out.print(ClassificationText.of(c.classification()));
        }
        return 0;
    }
}

package org.clearance.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.clearance.catalog.Catalog;
import org.clearance.app.BadInput;
import org.clearance.app.json.CatalogJson;
import org.clearance.app.json.Json;
import org.clearance.classification.ItemSpec;
import org.clearance.cli.options.PackOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "The catalog of real accelerators, each a specification with its sources.",
        subcommands = {CatalogCommand.ListItems.class, CatalogCommand.Show.class})
final class CatalogCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Print the catalog ids.")
    static final class ListItems implements Callable<Integer> {
        @Mixin
        PackOptions options;
        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Catalog catalog = options.data().catalog();
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(CatalogJson.items(catalog)));
            } else {
                for (ItemSpec s : catalog.items()) {
                    out.println(String.format(Locale.ROOT, "%-44s %s %s", s.id(), s.vendor(), s.name()));
                }
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print an item's specification file.")
    static final class Show implements Callable<Integer> {
        @Mixin
        PackOptions options;
        @Parameters(paramLabel = "ID")
        String id;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String text = options.data().catalog().sourceText(id).orElseThrow(() ->
                    new BadInput("unknown catalog id '" + id + "' (see: clearance catalog list)"));
            spec.commandLine().getOut().print(text);
            return 0;
        }
    }
}

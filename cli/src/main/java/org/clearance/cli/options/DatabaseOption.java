package org.clearance.cli.options;

import org.clearance.app.Database;
import org.clearance.ledger.ScreeningService;
import picocli.CommandLine.Option;

/** The {@code --database URL} option every command that screens or keeps parties takes. */
public final class DatabaseOption {

    @Option(names = "--database", paramLabel = "URL",
            description = "JDBC URL of Clearance's database, e.g. jdbc:h2:file:/some/dir/clearance or "
                    + "jdbc:postgresql://127.0.0.1:5432/test?user=postgres (default: the embedded H2 file under "
                    + "$XDG_DATA_HOME/clearance or ~/.local/share/clearance). A fresh database imports the shipped lists.")
    String url;

    public String url() {
        return Database.url(url);
    }

    /** The database with the shipped lists imported if it had none. */
    public ScreeningService open() {
        return Database.open(url);
    }
}

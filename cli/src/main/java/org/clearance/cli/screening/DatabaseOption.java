package org.clearance.cli.screening;

import org.clearance.ledger.Ledger;
import org.clearance.ledger.ScreeningService;
import picocli.CommandLine.Option;

/** The {@code --database URL} option every screening command takes. */
public final class DatabaseOption {

    @Option(names = "--database", paramLabel = "URL",
            description = "JDBC URL of Clearance's database, e.g. jdbc:h2:file:/some/dir/clearance or "
                    + "jdbc:postgresql://127.0.0.1:5432/test?user=postgres (default: the embedded H2 file under "
                    + "$XDG_DATA_HOME/clearance or ~/.local/share/clearance). A fresh database imports the shipped lists.")
    String url;

    public String url() {
        return url != null ? url : Ledger.defaultUrl();
    }

    /** The database with the shipped lists imported if it had none. */
    public ScreeningService open() {
        String u = url();
        if (!u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:postgresql:")) {
            throw new org.clearance.cli.Main.BadInput("--database: '" + u + "' is not a JDBC URL Clearance can use: "
                    + "expected jdbc:h2:file:/some/dir/clearance or jdbc:postgresql://HOST:PORT/DB?user=USER");
        }
        return ScreeningService.open(u);
    }
}

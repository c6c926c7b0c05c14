package org.clearance.app;

import org.clearance.ledger.Ledger;
import org.clearance.ledger.ScreeningService;

/** Clearance's database by JDBC URL (null: the embedded H2 file under the user's data directory). */
public final class Database {

    private Database() {
    }

    public static String url(String url) {
        return url != null ? url : Ledger.defaultUrl();
    }

    /** The database with the shipped lists imported if it had none. */
    public static ScreeningService open(String url) {
        String u = url(url);
        if (!u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:postgresql:")) {
            throw new BadInput("--database: '" + u + "' is not a JDBC URL Clearance can use: "
                    + "expected jdbc:h2:file:/some/dir/clearance or jdbc:postgresql://HOST:PORT/DB?user=USER");
        }
        return ScreeningService.open(u);
    }
}

package org.clearance.server;

import java.io.PrintStream;
import org.clearance.app.AuditLog;
import org.clearance.ledger.audit.AuditKinds;
import org.clearance.server.accounts.Accounts;
import org.clearance.server.accounts.Role;

/**
 * No default credentials: the first {@code serve} on a database without users creates {@code admin}, with the
 * password in {@code CLEARANCE_ADMIN_PASSWORD} when set, or a random one printed once.
 */
final class FirstAdmin {

    static final String ENV = "CLEARANCE_ADMIN_PASSWORD";

    private FirstAdmin() {
    }

    static void ensure(Served served, PrintStream out) {
        served.db(s -> {
            Accounts accounts = new Accounts(s.ledger().connection());
            if (accounts.anyUser()) return null;
            String given = System.getenv(ENV);
            Accounts.Created c;
            try {
                c = accounts.addUser("admin", Role.ADMIN, given == null || given.isBlank() ? null : given);
            } catch (org.clearance.ledger.LedgerException raced) {
                return null;                  // another instance created it at the same moment
            }
            AuditLog.record(s.ledger(), AuditKinds.USER_ADD, "serve",
                    AuditLog.payload(null).put("user", "admin").put("role", "admin").put("first", true));
            if (given == null || given.isBlank()) {
                out.println("clearance serve: created the user admin with the one-time password " + c.password()
                        + " (shown once; change it with: clearance users reset-password admin)");
            } else {
                out.println("clearance serve: created the user admin with the password in " + ENV);
            }
            return null;
        });
    }
}

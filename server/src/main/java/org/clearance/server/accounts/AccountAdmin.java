package org.clearance.server.accounts;

import java.time.Duration;
import java.util.List;
import org.clearance.app.AuditLog;
import org.clearance.app.Database;
import org.clearance.ledger.Ledger;
import org.clearance.ledger.audit.AuditKinds;

/**
 * The account operations of {@code clearance users} and {@code clearance tokens} on the database at a URL (null:
 * the embedded one), each audited with the operator as actor. Secrets are returned once and never stored.
 */
public final class AccountAdmin {

    private AccountAdmin() {
    }

    public static Accounts.Created addUser(String url, String name, Role role, String by) {
        return with(url, (ledger, a) -> {
            Accounts.Created c = a.addUser(name, role, null);
            AuditLog.record(ledger, AuditKinds.USER_ADD, AuditLog.actor(by),
                    AuditLog.payload(null).put("user", name).put("role", role.code()));
            return c;
        });
    }

    public static List<User> users(String url) {
        return with(url, (ledger, a) -> a.users());
    }

    public static User disable(String url, String name, String by) {
        return with(url, (ledger, a) -> {
            User u = a.disable(name);
            AuditLog.record(ledger, AuditKinds.USER_DISABLE, AuditLog.actor(by), AuditLog.payload(null).put("user", name));
            return u;
        });
    }

    public static String resetPassword(String url, String name, String by) {
        return with(url, (ledger, a) -> {
            String p = a.resetPassword(name);
            AuditLog.record(ledger, AuditKinds.USER_PASSWORD_RESET, AuditLog.actor(by),
                    AuditLog.payload(null).put("user", name));
            return p;
        });
    }

    /** A token for {@code name}; {@code days} null: until revoked. */
    public static String createToken(String url, String name, Integer days, String by) {
        if (days != null && days < 1) throw new AccountException("--expires-days: expected 1 or more, got " + days);
        return with(url, (ledger, a) -> {
            String t = a.createToken(name, days == null ? null : Duration.ofDays(days));
            long id = a.tokens().get(a.tokens().size() - 1).id();
            AuditLog.record(ledger, AuditKinds.TOKEN_CREATE, AuditLog.actor(by), AuditLog.payload(null)
                    .put("user", name).put("token", id).put("expires_days", days));
            return t;
        });
    }

    public static List<Token> tokens(String url) {
        return with(url, (ledger, a) -> a.tokens());
    }

    public static Token revokeToken(String url, long id, String by) {
        return with(url, (ledger, a) -> {
            Token t = a.revokeToken(id);
            AuditLog.record(ledger, AuditKinds.TOKEN_REVOKE, AuditLog.actor(by),
                    AuditLog.payload(null).put("user", t.user()).put("token", id));
            return t;
        });
    }

    public static Role role(String code) {
        try {
            return Role.of(code);
        } catch (IllegalArgumentException e) {
            throw new AccountException("--role: " + e.getMessage());
        }
    }

    private interface Work<T> {
        T run(Ledger ledger, Accounts accounts);
    }

    private static <T> T with(String url, Work<T> work) {
        try (Ledger ledger = Ledger.open(Database.url(url))) {
            return work.run(ledger, new Accounts(ledger.connection()));
        }
    }

}

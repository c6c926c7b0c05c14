package org.clearance.server.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clearance.ledger.LedgerException;

/**
 * Users, API tokens and sessions in the database (V36__accounts.sql), on one connection (one {@code Accounts} per
 * thread or per borrowed connection). Secrets go in and out of here only at creation: a password as its Argon2id
 * hash, a token or a session id as its SHA-256.
 */
public final class Accounts {

    /** A user name: letters, digits, dot, dash, underscore, at; 1 to 64 characters. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private final Connection c;

    public Accounts(Connection c) {
        this.c = c;
    }

    /** A new user and its one-time password. */
    public record Created(User user, String password) {
    }

    /** A session: its cookie value (given once), CSRF token and user. */
    public record Session(String id, String csrf, User user, Instant expiresAt) {
    }

    public Created addUser(String name, Role role, String passwordOrNull) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new AccountException("user name '" + name + "': expected 1 to 64 letters, digits or . _ @ -");
        }
        if (user(name).isPresent()) throw new AccountException("user '" + name + "' exists already");
        String password = passwordOrNull != null ? passwordOrNull : Passwords.generate();
        if (password.length() < 12) throw new AccountException("a password needs at least 12 characters");
        update("INSERT INTO app_user (name, role, password_hash, disabled, created_at) VALUES (?, ?, ?, FALSE, ?)",
                name, role.code(), Passwords.hash(password), now());
        return new Created(user(name).orElseThrow(), password);
    }

    public boolean anyUser() {
        return query("SELECT COUNT(*) FROM app_user", rs -> rs.getLong(1)).get(0) > 0;
    }

    public Optional<User> user(String name) {
        return query("SELECT id, name, role, disabled, created_at FROM app_user WHERE name = ?", Accounts::user, name)
                .stream().findFirst();
    }

    public List<User> users() {
        return query("SELECT id, name, role, disabled, created_at FROM app_user ORDER BY name", Accounts::user);
    }

    public User disable(String name) {
        User u = known(name);
        update("UPDATE app_user SET disabled = TRUE WHERE id = ?", u.id());
        update("DELETE FROM web_session WHERE user_id = ?", u.id());
        update("UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", now(), u.id());
        return user(name).orElseThrow();
    }

    /** A new random password for {@code name}; its sessions end. */
    public String resetPassword(String name) {
        User u = known(name);
        String password = Passwords.generate();
        update("UPDATE app_user SET password_hash = ? WHERE id = ?", Passwords.hash(password), u.id());
        update("DELETE FROM web_session WHERE user_id = ?", u.id());
        return password;
    }

    /** The user whose password this is, when enabled; empty for an unknown user or a wrong password. */
    public Optional<User> login(String name, String password) {
        List<String[]> rows = query("SELECT password_hash, disabled FROM app_user WHERE name = ?",
                rs -> new String[] {rs.getString(1), String.valueOf(rs.getBoolean(2))}, name);
        if (rows.isEmpty()) {
            Passwords.verify(password, DUMMY);   // the same work for an unknown name: no timing oracle on names
            return Optional.empty();
        }
        if (!Passwords.verify(password, rows.get(0)[0]) || Boolean.parseBoolean(rows.get(0)[1])) return Optional.empty();
        return user(name);
    }

    private static final String DUMMY = Passwords.hash("not a password of anyone");

    /** A new token for {@code name}, valid for {@code validFor} (null: until revoked); the token is shown once. */
    public String createToken(String name, Duration validFor) {
        User u = known(name);
        if (u.disabled()) throw new AccountException("user '" + name + "' is disabled");
        String token = Secrets.random("clr_");
        update("INSERT INTO api_token (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)", u.id(),
                Secrets.sha256(token), now(), validFor == null ? null : Timestamp.from(Instant.now().plus(validFor)));
        return token;
    }

    public List<Token> tokens() {
        return query("SELECT t.id, u.name, t.created_at, t.expires_at, t.revoked_at, t.last_used_at FROM api_token t "
                + "JOIN app_user u ON u.id = t.user_id ORDER BY t.id", rs -> new Token(rs.getLong(1), rs.getString(2),
                instant(rs, 3), instant(rs, 4), instant(rs, 5), instant(rs, 6)));
    }

    public Token revokeToken(long id) {
        Token t = tokens().stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new AccountException("no token " + id + " (see: clearance tokens list)"));
        update("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", now(), id);
        return t;
    }

    /** The enabled user a live token belongs to, and the token's id. */
    public record TokenUser(User user, long tokenId) {
    }

    public Optional<TokenUser> byToken(String token) {
        Timestamp now = now();
        List<TokenUser> found = query("SELECT u.id, u.name, u.role, u.disabled, u.created_at, t.id FROM api_token t "
                + "JOIN app_user u ON u.id = t.user_id WHERE t.token_hash = ? AND t.revoked_at IS NULL "
                + "AND (t.expires_at IS NULL OR t.expires_at > ?) AND u.disabled = FALSE",
                rs -> new TokenUser(user(rs), rs.getLong(6)), Secrets.sha256(token), now);
        return found.stream().findFirst();
    }

    public void tokenUsed(long tokenId) {
        update("UPDATE api_token SET last_used_at = ? WHERE id = ?", now(), tokenId);
    }

    public Session startSession(User u, Duration validFor) {
        String id = Secrets.random("");
        String csrf = Secrets.random("");
        Instant expires = Instant.now().plus(validFor);
        update("INSERT INTO web_session (id_hash, user_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                Secrets.sha256(id), u.id(), csrf, now(), Timestamp.from(expires));
        return new Session(id, csrf, u, expires);
    }

    public Optional<Session> session(String id) {
        return query("SELECT u.id, u.name, u.role, u.disabled, u.created_at, s.csrf, s.expires_at FROM web_session s "
                + "JOIN app_user u ON u.id = s.user_id WHERE s.id_hash = ? AND s.expires_at > ? AND u.disabled = FALSE",
                rs -> new Session(id, rs.getString(6), user(rs), instant(rs, 7)), Secrets.sha256(id), now())
                .stream().findFirst();
    }

    public void endSession(String id) {
        update("DELETE FROM web_session WHERE id_hash = ?", Secrets.sha256(id));
    }

    private User known(String name) {
        return user(name).orElseThrow(() -> new AccountException("no user '" + name + "' (see: clearance users list)"));
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getLong(1), rs.getString(2), Role.of(rs.getString(3)), rs.getBoolean(4), instant(rs, 5));
    }

    private static Instant instant(ResultSet rs, int i) throws SQLException {
        Timestamp t = rs.getTimestamp(i, java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")));
        return t == null ? null : t.toInstant();
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) out.add(row.read(rs));
            return out;
        } catch (SQLException e) {
            throw new LedgerException("accounts: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... args) {
        try (PreparedStatement ps = prepare(sql, args)) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new LedgerException("accounts: " + e.getMessage(), e);
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        java.util.Calendar utc = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Timestamp t) ps.setTimestamp(i + 1, t, utc);
            else if (args[i] == null) ps.setNull(i + 1, java.sql.Types.TIMESTAMP);
            else ps.setObject(i + 1, args[i]);
        }
        return ps;
    }
}

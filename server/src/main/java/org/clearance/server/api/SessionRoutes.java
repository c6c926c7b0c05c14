package org.clearance.server.api;

import static org.clearance.server.http.Schemas.object;
import static org.clearance.server.http.Schemas.str;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clearance.app.AuditLog;
import org.clearance.app.json.Json;
import org.clearance.ledger.audit.AuditKinds;
import org.clearance.server.Served;
import org.clearance.server.Server;
import org.clearance.server.accounts.Accounts;
import org.clearance.server.accounts.Role;
import org.clearance.server.accounts.User;
import org.clearance.server.http.Bodies;
import org.clearance.server.http.Caller;
import org.clearance.server.http.LoginLimiter;
import org.clearance.server.http.Problem;
import org.clearance.server.http.Route;
import org.clearance.server.http.Schemas;

/**
 * Password login to a session (a cookie: HttpOnly, SameSite=Strict, Secure under TLS or behind a declared proxy),
 * rate-limited; logout; who am I. Logins and refused logins are audited.
 */
public final class SessionRoutes {

    public static final Duration SESSION_LENGTH = Duration.ofHours(8);

    private SessionRoutes() {
    }

    public static List<Route> routes(Served served, LoginLimiter limiter) {
        ObjectNode loginBody = object("A user's name and password (JSON, or a form with the same fields).",
                "name", str("The user name."), "password", str("The password."));
        ObjectNode session = object("The session begun.", "user", str("The user."), "role", str("Its role."),
                "csrf_token", str("Send it back in X-CSRF-Token (or the csrf form field) with every POST."),
                "expires_at", str("When the session ends."));
        return List.of(
                Route.json("POST", "/api/v1/login", null, "Log in", "Begins a session (cookie clearance_session). "
                        + "At most " + LoginLimiter.MAX_FAILURES + " failures per user name or address in "
                        + LoginLimiter.WINDOW.toMinutes() + " minutes, then 429.", List.of(), loginBody, session,
                        (ctx, c) -> login(served, limiter, ctx)),
                Route.json("POST", "/api/v1/logout", Role.ANALYST, "Log out", "Ends the caller's session.", List.of(),
                        null, Schemas.any("{}"), (ctx, c) -> logout(served, ctx, c)),
                Route.json("GET", "/api/v1/me", Role.ANALYST, "Who is calling", "The caller's name and role.",
                        List.of(), null, Schemas.any("name, role, via"), (ctx, c) -> DecisionRoutes.ok(ctx,
                                Json.object().put("name", c.user().name()).put("role", c.user().role().code())
                                        .put("via", c.via()))));
    }

    /** Where a login came from, for the rate limit (the peer address; behind a proxy, its X-Forwarded-For's last hop). */
    static String address(Served served, Context ctx) {
        String forwarded = ctx.header("X-Forwarded-For");
        if (served.config().behindProxy() && forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].strip();
        }
        return ctx.ip();
    }

    /** Checks a login (JSON or form) and begins a session: sets the cookie, writes the session JSON. */
    public static void login(Served served, LoginLimiter limiter, Context ctx) {
        String name;
        String password;
        if (String.valueOf(ctx.contentType()).startsWith("application/x-www-form-urlencoded")) {
            name = ctx.formParam("name");
            password = ctx.formParam("password");
        } else {
            ObjectNode b = Bodies.object(ctx, Set.of("name", "password"));
            name = Bodies.text(b, "name");
            password = Bodies.text(b, "password");
        }
        if (name == null || name.isBlank()) throw Problem.badInput("name is required", "name");
        if (password == null || password.isEmpty()) throw Problem.badInput("password is required", "password");
        String who = name.length() > 100 ? name.substring(0, 100) : name;
        String address = address(served, ctx);
        long wait = limiter.retryAfter(who, address);
        if (wait > 0) {
            audit(served, AuditKinds.LOGIN_FAILED, who, "rate-limited", address);
            ctx.header("Retry-After", Long.toString(wait));
            throw new Problem(429, "Too many requests", "too many failed logins; try again in " + wait + " s", null);
        }
        Optional<User> user = served.accounts(a -> a.login(who, password));
        if (user.isEmpty()) {
            limiter.failed(who, address);
            audit(served, AuditKinds.LOGIN_FAILED, who, "wrong name or password", address);
            throw Problem.unauthenticated("wrong user name or password");
        }
        limiter.succeeded(who);
        Accounts.Session s = served.accounts(a -> a.startSession(user.get(), SESSION_LENGTH));
        audit(served, AuditKinds.LOGIN, who, null, address);
        ctx.header("Set-Cookie", cookie(served, s.id(), SESSION_LENGTH.toSeconds()));
        DecisionRoutes.ok(ctx, Json.object().put("user", s.user().name()).put("role", s.user().role().code())
                .put("csrf_token", s.csrf()).put("expires_at", s.expiresAt().toString()));
    }

    public static String cookie(Served served, String value, long maxAge) {
        return Server.SESSION_COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict"
                + (served.config().secureCookies() ? "; Secure" : "");
    }

    private static void logout(Served served, Context ctx, Caller caller) {
        endSession(served, ctx, caller);
        DecisionRoutes.ok(ctx, Json.object());
    }

    /** Ends the caller's session (in the database) and clears its cookie; audited. */
    public static void endSession(Served served, Context ctx, Caller caller) {
        String sid = ctx.cookie(Server.SESSION_COOKIE);
        if (sid != null) served.accounts(a -> {
            a.endSession(sid);
            return null;
        });
        audit(served, AuditKinds.LOGOUT, caller.actor(), null, address(served, ctx));
        ctx.header("Set-Cookie", cookie(served, "", 0));
    }

    private static void audit(Served served, String kind, String actor, String why, String address) {
        served.db(s -> {
            ObjectNode p = AuditLog.payload(null).put("address", address);
            if (why != null) p.put("reason", why);
            AuditLog.record(s.ledger(), kind, actor, p);
            return null;
        });
    }
}

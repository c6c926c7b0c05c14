package org.clearance.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.PrintStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clearance.app.BadInput;
import org.clearance.app.RuleData;
import org.clearance.app.json.Json;
import org.clearance.classification.UnknownItemException;
import org.clearance.geography.UnknownCountryException;
import org.clearance.law.DateOutOfCoverageException;
import org.clearance.server.accounts.AccountException;
import org.clearance.server.api.DecisionRoutes;
import org.clearance.server.api.ListRoutes;
import org.clearance.server.api.ScreeningRoutes;
import org.clearance.server.api.SessionRoutes;
import org.clearance.server.api.SystemRoutes;
import org.clearance.server.http.Caller;
import org.clearance.server.http.LoginLimiter;
import org.clearance.server.http.Metrics;
import org.clearance.server.http.Problem;
import org.clearance.server.http.Route;
import org.clearance.server.http.ServicePool;
import org.clearance.yaml.InputException;

/**
 * Clearance over HTTP (Javalin): the route table registered with authentication, role checks, CSRF for sessions,
 * a body size limit, problem details for every error, and request metrics. Handlers live in {@code api/}; they
 * parse, call the application layer and write its JSON.
 */
public final class Server implements AutoCloseable {

    public static final String SESSION_COOKIE = "clearance_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private final Javalin javalin;
    private final Served served;
    private final List<Route> routes;
    private final Map<Long, Long> tokenTouched = new ConcurrentHashMap<>();
    private ListWatch lists;

    private Server(Served served, List<Route> routes, Javalin javalin) {
        this.served = served;
        this.routes = routes;
        this.javalin = javalin;
    }

    /** Opens the database, creates the first admin on an empty one (printing its one-time password), and serves. */
    public static Server start(ServerConfig config, PrintStream out) {
        ServicePool pool = new ServicePool(config.databaseUrl(), config.connections());
        Served served = new Served(new RuleData(config.rulePack(), config.catalog()), pool, new Metrics(), config);
        try {
            served.data().classifier();           // load the rules before the first request, not during it
            FirstAdmin.ensure(served, out);
            served.db(s -> {
                served.metrics().listVersions(s.versions().size());
                return null;
            });
            List<Route> routes = new ArrayList<>();
            routes.addAll(SystemRoutes.routes(served, routes));
            LoginLimiter limiter = new LoginLimiter(Clock.systemUTC());
            routes.addAll(SessionRoutes.routes(served, limiter));
            routes.addAll(DecisionRoutes.routes(served));
            routes.addAll(ScreeningRoutes.routes(served));
            routes.addAll(ListRoutes.routes(served));
            routes.addAll(org.clearance.server.web.WebRoutes.routes(served, limiter));
            Server[] self = new Server[1];
            Javalin j = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.http.maxRequestSize = Math.max(config.maxBodyBytes(), config.maxBatchBytes());
                cfg.jetty.host = config.bind();
                cfg.jetty.port = config.port();
                if (config.tlsKeystore() != null) Tls.configure(cfg, config);
                for (Route r : routes) {
                    io.javalin.http.Handler h = ctx -> self[0].handle(ctx, r);
                    switch (r.method()) {
                        case "GET" -> cfg.routes.get(r.path(), h);
                        case "POST" -> cfg.routes.post(r.path(), h);
                        default -> throw new IllegalStateException(r.method());
                    }
                }
                cfg.routes.error(404, ctx -> {
                    if (ctx.attribute("problem") == null) {
                        render(ctx, Problem.notFound("no route " + ctx.method() + " " + ctx.path()));
                    }
                });
                cfg.routes.error(405, ctx -> render(ctx, new Problem(405, "Method not allowed",
                        ctx.method() + " is not allowed on " + ctx.path(), null)));
                cfg.routes.exception(Exception.class, (e, ctx) -> render(ctx, problem(e)));
            });
            Server server = new Server(served, List.copyOf(routes), j);
            self[0] = server;
            j.start();
            server.lists = new ListWatch(served, java.time.Duration.ofSeconds(2));
            return server;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    public int port() {
        return javalin.port();
    }

    public List<Route> routes() {
        return routes;
    }

    public Served served() {
        return served;
    }

    @Override
    public void close() {
        if (lists != null) lists.close();
        javalin.stop();
        served.pool().close();
    }

    private void handle(Context ctx, Route route) {
        long t0 = System.nanoTime();
        securityHeaders(ctx);
        try {
            long length = ctx.contentLength();
            long limit = route.bodyType() != null && !route.bodyType().equals("application/json")
                    && !route.bodyType().equals("application/x-www-form-urlencoded")
                    ? served.config().maxBatchBytes() : served.config().maxBodyBytes();
            if (length > limit) {
                throw new Problem(413, "Content too large", "the body is " + length + " bytes; this route takes at "
                        + "most " + limit, null);
            }
            Caller caller = authenticate(ctx, route);
            route.handler().handle(ctx, caller);
        } catch (Exception e) {
            Problem p = problem(e);
            if (!route.responseType().startsWith("text/html")) render(ctx, p);
            else if (p.status() == 401) ctx.redirect("/login");
            else org.clearance.server.web.Views.html(ctx, p.status(), "error", java.util.Map.of("page",
                    org.clearance.server.web.Page.of(p.title(), "error", null), "detail", p.getMessage()));
        } finally {
            served.metrics().request(route.method(), route.path(), ctx.statusCode(), System.nanoTime() - t0);
        }
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
    }

    private Caller authenticate(Context ctx, Route route) {
        Caller caller = null;
        String auth = ctx.header("Authorization");
        if (auth != null) {
            if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw Problem.unauthenticated("Authorization: expected 'Bearer TOKEN'");
            }
            String token = auth.substring(7).strip();
            var found = served.accounts(a -> a.byToken(token))
                    .orElseThrow(() -> Problem.unauthenticated("the token is unknown, revoked or expired"));
            touch(found.tokenId());
            caller = new Caller(found.user(), "token " + found.tokenId(), null);
        } else {
            String sid = ctx.cookie(SESSION_COOKIE);
            if (sid != null && !sid.isBlank()) {
                var session = served.accounts(a -> a.session(sid));
                if (session.isPresent()) {
                    caller = new Caller(session.get().user(), "session", session.get().csrf());
                    if (route.changesState() && !csrfMatches(ctx, session.get().csrf())) {
                        throw Problem.forbidden("the CSRF token is missing or wrong: send the session's token in the "
                                + CSRF_HEADER + " header or the csrf form field");
                    }
                }
            }
        }
        if (route.role() == null) return caller;
        if (caller == null) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"clearance\"");
            throw Problem.unauthenticated("this route needs a bearer token (Authorization: Bearer TOKEN) or a session");
        }
        if (!caller.user().role().includes(route.role())) {
            throw Problem.forbidden(route.method() + " " + route.path() + " needs the " + route.role().code()
                    + " role; " + caller.user().name() + " is " + caller.user().role().code());
        }
        return caller;
    }

    private static boolean csrfMatches(Context ctx, String expected) {
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null && String.valueOf(ctx.contentType()).startsWith("application/x-www-form-urlencoded")) {
            sent = ctx.formParam("csrf");
        }
        return sent != null && MessageDigest.isEqual(sent.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                expected.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Records a token's last use at most once a minute (not on every request of a busy client). */
    private void touch(long tokenId) {
        long now = System.currentTimeMillis();
        Long last = tokenTouched.get(tokenId);
        if (last != null && now - last < 60_000) return;
        tokenTouched.put(tokenId, now);
        served.accounts(a -> {
            a.tokenUsed(tokenId);
            return null;
        });
    }

    /** The problem an exception is answered with (bad input of every kind: 400). */
    public static Problem problemOf(Exception e) {
        return problem(e);
    }

    static Problem problem(Exception e) {
        return switch (e) {
            case Problem p -> p;
            case InputException ie -> Problem.badInput(ie.getMessage(), ie.field());
            case BadInput b -> Problem.badInput(b.getMessage(), null);
            case UnknownItemException u -> Problem.badInput(u.getMessage(), "item");
            case UnknownCountryException u -> Problem.badInput(u.getMessage(), null);
            case DateOutOfCoverageException d -> Problem.badInput(d.getMessage(), null);
            case AccountException a -> Problem.badInput(a.getMessage(), null);
            case org.clearance.app.FourEyes.Refused r -> new Problem(409, "Refused", r.getMessage(), null);
            case HttpResponseException h -> new Problem(h.getStatus(), io.javalin.http.HttpStatus.forStatus(h.getStatus())
                    .getMessage(), h.getMessage(), null);
            default -> {
                org.slf4j.LoggerFactory.getLogger(Server.class).error("internal error", e);
                yield new Problem(500, "Internal error", "the server failed to answer: " + e.getClass().getSimpleName()
                        + " (see the server's log)", null);
            }
        };
    }

    public static void render(Context ctx, Problem p) {
        ctx.attribute("problem", p);
        ctx.status(p.status()).contentType(Problem.MEDIA_TYPE).result(Json.compact(p.json(ctx.path())));
    }
}

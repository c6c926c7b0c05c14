package org.clearance.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.ProxySelector;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.clearance.app.json.Json;
import org.clearance.app.json.ScreeningJson;
import org.clearance.fetch.EnvironmentProxySelector;
import org.clearance.fetch.FetchConfig;
import org.clearance.fetch.HttpFetcher;
import org.clearance.fetch.ListSourceConfig;
import org.clearance.fetch.ListUpdater;
import org.clearance.ledger.ScreeningService;
import org.clearance.ledger.parties.Rescreen;
import org.clearance.yaml.InputException;

/**
 * {@code lists update}: downloads each asked source from the address the configuration gives (or {@code --from}),
 * imports what changed as new list versions, and, when asked, re-screens the kept parties against what changed.
 * One source failing does not stop the others; the report says what happened to each.
 */
public final class UpdateLists {

    /** What to update: a source name or "all", another address for one source, and the configuration file. */
    public record Request(String source, String from, Path config, boolean rescreen) {
    }

    /** Each source's outcome and, with {@code --rescreen}, the re-screening that followed the imports. */
    public record Report(List<ListUpdater.Result> results, Rescreen.Report rescreen, String proxies) {

        /** Every source is as current as its publisher's (imported, identical, or not modified). */
        public boolean ok() {
            return results.stream().allMatch(r -> r.outcome().ok());
        }

        public ObjectNode json() {
            ObjectNode o = Json.object();
            ArrayNode a = Json.array();
            for (ListUpdater.Result r : results) {
                ObjectNode s = Json.object();
                s.put("source", r.source());
                s.put("format", r.config().format().code());
                s.put("url", r.url().toString());
                s.put("outcome", r.outcome().code());
                s.put("message", r.message());
                s.put("bytes", r.bytes());
                s.put("attempts", r.attempts());
                if (r.version() != null) s.set("version", ScreeningJson.version(r.version()));
                else s.putNull("version");
                a.add(s);
            }
            o.set("sources", a);
            o.put("ok", ok());
            if (rescreen != null) o.set("rescreen", Rescreening.json(rescreen));
            return o;
        }
    }

    private UpdateLists() {
    }

    /** The sources a request names, with {@code --from} applied; bad names and URLs are {@link BadInput}. */
    public static List<ListSourceConfig> sources(FetchConfig config, Request request) {
        String name = request.source() == null ? "all" : request.source().strip();
        if (name.equals("all")) {
            if (request.from() != null) throw new BadInput("--from gives the address of one source: add --source NAME");
            return List.copyOf(config.sources().values());
        }
        ListSourceConfig one;
        try {
            one = config.source(name);
        } catch (IllegalArgumentException e) {
            throw new BadInput("--source: " + e.getMessage());
        }
        if (request.from() == null) return List.of(one);
        try {
            return List.of(one.withUrl(FetchConfig.checkedUrl(request.from())));
        } catch (IllegalArgumentException e) {
            throw new BadInput("--from: " + e.getMessage());
        }
    }

    public static FetchConfig config(Path file) {
        try {
            return FetchConfig.load(file);
        } catch (InputException e) {
            throw new BadInput(e.getMessage());
        }
    }

    /** Updates with proxies from the environment and the system clock. */
    public static Report run(ScreeningService service, Request request) {
        return run(service, request, EnvironmentProxySelector.fromEnvironment(), Clock.systemUTC());
    }

    public static Report run(ScreeningService service, Request request, ProxySelector proxies, Clock clock) {
        FetchConfig config = config(request.config());
        List<ListSourceConfig> sources = sources(config, request);
        ListUpdater updater = new ListUpdater(service.ledger(), new HttpFetcher(config, proxies), clock);
        List<ListUpdater.Result> results = new ArrayList<>();
        for (ListSourceConfig s : sources) results.add(updater.update(s));
        Rescreen.Report rescreen = request.rescreen() ? Rescreening.run(service) : null;
        String via = proxies instanceof EnvironmentProxySelector e && !sources.isEmpty()
                ? e.describe(sources.get(0).url()) : "direct";
        return new Report(List.copyOf(results), rescreen, via);
    }
}

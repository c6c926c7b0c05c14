package org.clearance.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clearance.app.RuleData;
import org.clearance.app.ShipmentScreening;
import org.clearance.app.licensing.Licenses;
import org.clearance.app.licensing.Ship;
import org.clearance.app.licensing.ShipRequest;
import org.clearance.shipment.ShipmentFields;

/**
 * Shipments recorded per second through the {@code ship} use case (decided with every rule explained, drawn on one
 * license, recorded under its key with its audit row), with 1, 8 and 32 clients (a session, i.e. a connection, each),
 * all against one license, so that every client contends for the same limit rows. Screening is off (no party named).
 * The database is a fresh H2 file under a temporary directory, or the PostgreSQL URL given (use an empty schema):
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.clearance.benchmarks.ShipBench 2000 [JDBC-URL]</pre>
 *
 * The first argument is the shipments per round (split among the clients); a warm-up round runs first.
 */
public final class ShipBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        String url = args.length > 1 ? args[1]
                : "jdbc:h2:file:" + Files.createTempDirectory("shipbench").resolve("clearance").toAbsolutePath();
        RuleData data = RuleData.bundled();
        Path license = Files.createTempFile("license", ".json");
        Files.writeString(license, """
                {"number": "BENCH-1", "holder": "Bench", "valid_from": "2026-01-01", "valid_to": "2026-12-31",
                 "items": [{"catalog_id": "nvidia-h200-sxm-141gb"}], "destinations": ["CN"],
                 "limits": {"quantity": 100000000, "value": "100000000000", "tpp": "1000000000000000"}}
                """);
        new Licenses(data, url).add(license, "bench");
        Ship ship = new Ship(data, List.of(), url, new Ship.Screening.NotScreened("benchmark"), 7, f -> f);
        System.out.printf(Locale.ROOT, "database %s, %d cores%n", url.replaceAll("\\?.*", ""),
                Runtime.getRuntime().availableProcessors());
        round(ship, "warm-up", Math.min(n, 500), 8);
        for (int clients : new int[] {1, 8, 32}) round(ship, "r" + clients, n, clients);
    }

    private static void round(Ship ship, String prefix, int n, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            done.add(pool.submit(() -> {
                int accepted = 0;
                try (Ship.Session s = ship.open()) {
                    for (int i = client; i < n; i += clients) {
                        ShipRequest r = new ShipRequest(prefix + "-" + i, new ShipmentFields(null,
                                "nvidia-h200-sxm-141gb", "1", "CN", null, null, null, null, null, null, null, null,
                                null, "2026-03-01"), ShipmentScreening.Ids.DERIVED, "BENCH-1", null, null, null,
                                "30000", List.of(), null);
                        if (s.ship(r, "bench").status().equals("accepted")) accepted++;
                    }
                }
                return accepted;
            }));
        }
        int accepted = 0;
        for (Future<Integer> f : done) accepted += f.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%-8s %2d clients: %d shipments (%d accepted) in %.2f s = %.0f shipments/s%n",
                prefix, clients, n, accepted, seconds, n / seconds);
    }
}

// A closed-loop HTTP load generator for the Clearance server (JDK only: run with `java scripts/LoadTest.java ...`).
// Each of --concurrency workers sends one request, waits for the answer, sends the next, for --seconds after
// --warmup seconds; every answer must be 200. Prints requests/s and latency percentiles of the measured part.
//   java scripts/LoadTest.java --url http://127.0.0.1:8080 --token TOKEN --kind check|screen --concurrency 16 \
//        --seconds 30 --warmup 10 [--distinct 5000]
// The mix: check = distinct shipments (catalog items x destinations x dates), each naming a distinct end user, so
// that every request screens a party and is audited; screen = distinct party names, some of them listed.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

public class LoadTest {
    static final String[] ITEMS = {"nvidia-h100-sxm5-80gb", "nvidia-h200-sxm-141gb", "nvidia-h20", "nvidia-b200",
            "amd-instinct-mi300x", "huawei-ascend-910b", "nvidia-a100-sxm4-80gb"};
    static final String[] DESTINATIONS = {"DE", "CN", "MY", "IN", "AE", "JP", "BR", "RU", "SG", "MX"};
    static final String[] DATES = {"2024-06-01", "2025-04-15", "2026-03-01"};
    static final String[] LISTED = {"Northwestern Polytechnical University", "西北工业大学", "Huawei Technologies Co., Ltd."};

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>(Map.of("--kind", "check", "--concurrency", "16", "--seconds", "30",
                "--warmup", "10", "--distinct", "5000"));
        for (int i = 0; i + 1 < args.length; i += 2) o.put(args[i], args[i + 1]);
        String url = o.get("--url"), token = o.get("--token"), kind = o.get("--kind");
        int workers = Integer.parseInt(o.get("--concurrency"));
        int distinct = Integer.parseInt(o.get("--distinct"));
        long warmup = Long.parseLong(o.get("--warmup")) * 1_000_000_000L;
        long measured = Long.parseLong(o.get("--seconds")) * 1_000_000_000L;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI target = URI.create(url + (kind.equals("check") ? "/api/v1/check" : "/api/v1/screen"));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        long from = start + warmup, until = from + measured;
        List<long[]> perWorker = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int[] counts = new int[workers];
        for (int w = 0; w < workers; w++) {
            long[] lat = new long[4_000_000 / workers];
            perWorker.add(lat);
            int me = w;
            Thread t = new Thread(() -> {
                int n = 0;
                long seq = me;
                while (!stop.get()) {
                    String body = kind.equals("check") ? check(seq % distinct) : screen(seq % distinct);
                    seq += workers;
                    HttpRequest r = HttpRequest.newBuilder(target).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> a = http.send(r, HttpResponse.BodyHandlers.ofString());
                        if (a.statusCode() != 200) {
                            if (failures.incrementAndGet() < 5) System.err.println(a.statusCode() + " " + a.body());
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= from && t1 <= until && n < lat.length) lat[n++] = t1 - t0;
                    if (t1 > until) break;
                }
                counts[me] = n;
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        stop.set(true);
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int w = 0; w < workers; w++) {
            System.arraycopy(perWorker.get(w), 0, all, k, counts[w]);
            k += counts[w];
        }
        Arrays.sort(all);
        double secs = measured / 1e9;
        System.out.printf("kind=%s concurrency=%d measured=%.0fs requests=%d failures=%d%n", kind, workers, secs, total,
                failures.get());
        System.out.printf("throughput=%.0f req/s p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms%n", total / secs,
                pct(all, 0.50), pct(all, 0.90), pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static String check(long i) {
        String item = ITEMS[(int) (i % ITEMS.length)];
        String dest = DESTINATIONS[(int) ((i / ITEMS.length) % DESTINATIONS.length)];
        String date = DATES[(int) ((i / 70) % DATES.length)];
        String party = i % 50 == 0 ? LISTED[(int) ((i / 50) % LISTED.length)] : "Load Test Customer " + i + " GmbH";
        return "{\"item\": \"" + item + "\", \"destination\": \"" + dest + "\", \"date\": \"" + date
                + "\", \"quantity\": \"" + (1 + i % 8) + "\", \"end_user\": \"" + party + "\", \"end_user_id\": \"LOAD-" + i + "\"}";
    }

    static String screen(long i) {
        String name = i % 20 == 0 ? LISTED[(int) ((i / 20) % LISTED.length)] : "Load Test Party " + i + " Trading Co";
        return "{\"name\": \"" + name + "\", \"party_id\": \"LOADS-" + i + "\"}";
    }
}

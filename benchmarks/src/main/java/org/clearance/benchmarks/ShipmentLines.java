package org.clearance.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.clearance.catalog.Catalog;

/**
 * Writes a batch-check input of generated shipment lines: catalog items, destinations across every country group,
 * parties headquartered elsewhere now and then, declared end uses, exports from abroad, dates across every period.
 * Deterministic for a given seed.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.clearance.benchmarks.ShipmentLines 1000000 /tmp/shipments.csv}
 */
public final class ShipmentLines {

    private static final String[] DESTINATIONS = {"CN", "HK", "MO", "VN", "SA", "AE", "IN", "DE", "FR", "JP", "MY", "SG",
            "RU", "IR", "CY", "IL", "NI", "KH", "US", "TW", "KR", "BR", "MX", "UA-43", "GB", "TR", "EG", "PK"};
    private static final String[] HQ = {"", "", "", "", "", "", "CN", "US", "DE", "MO", "SG", "RU"};
    private static final String[] END_USES = {"", "", "", "", "", "", "", "none", "military", "supercomputer",
            "ai_training_d5", "military;supercomputer"};
    private static final String[] FROM = {"", "", "", "", "", "", "", "", "SG", "TW", "CN"};
    private static final String[] DATES = {"2022-11-01", "2023-06-01", "2023-11-17", "2024-04-04", "2024-06-15",
            "2024-12-02", "2025-01-13", "2025-04-15", "2025-06-01", "2025-10-01", "2026-01-15", "2026-03-01",
            "2026-07-10", "2026-11-10"};

    private ShipmentLines() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path out = Path.of(args.length > 1 ? args[1] : "shipments.csv");
        List<String> items = Catalog.bundled().ids();
        SplittableRandom random = new SplittableRandom(20261128);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("id,item,quantity,destination,end_user,end_user_country,end_user_hq,ultimate_parent_hq,consignee,"
                    + "consignee_country,purchaser,end_use,export_from,date\n");
            for (int i = 0; i < n; i++) {
                String hq = pick(HQ, random);
                w.write("s" + i + "," + items.get(random.nextInt(items.size())) + "," + (1 + random.nextInt(64)) + ","
                        + pick(DESTINATIONS, random) + ",Buyer " + (i % 997) + ",," + hq + ",,,,," + pick(END_USES, random)
                        + "," + pick(FROM, random) + "," + pick(DATES, random) + "\n");
            }
        }
        System.out.println("wrote " + n + " lines to " + out);
    }

    private static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }
}

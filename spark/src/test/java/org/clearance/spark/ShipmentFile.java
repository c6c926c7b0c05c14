package org.clearance.spark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.clearance.catalog.Catalog;

/**
 * Seeded shipment files for the job's tests, written independently of the code under test: every catalog item, dates
 * across the pack's periods, destinations of every kind, end uses, listed and unlisted parties (so screening finds
 * hits), quoted names with commas, blank lines, a byte-order mark, and bad rows (unknown items and countries, bad
 * dates and quantities).
 */
final class ShipmentFile {

    private static final String[] DATES = {"2022-11-01", "2023-06-01", "2023-11-17", "2024-06-01", "2024-12-31",
            "2025-04-15", "2025-10-15", "2026-01-15", "2026-03-01", "2026-12-07", ""};
    private static final String[] DESTINATIONS = {"CN", "China", "HK", "MO", "RU", "IR", "CU", "AE", "SA", "VN", "MY",
            "DE", "FR", "JP", "IN", "US", "KP", "SY", "BY", "Viet Nam"};
    private static final String[] HQ = {"", "", "", "CN", "MO", "RU", "US", "DE"};
    private static final String[] END_USES = {"", "", "", "none", "military", "supercomputer", "military;supercomputer",
            "ai_training_d5", "advanced_node_ic"};
    private static final String[] LISTED = {"Huawei Technologies Co., Ltd.", "Sugon", "National University of Defense "
            + "Technology", "Banco Nacional de Cuba", "AEROCARIBBEAN AIRLINES", "Northwestern Polytechnical University",
            "西北工业大学", "Moscow Institute of Physics and Technology"};
    private static final String[] BAD = {"no-such-chip,4,CN", "nvidia-h100-sxm5-80gb,-3,CN", "nvidia-h100-sxm5-80gb,2,Atlantis",
            "nvidia-h20,1,CN"};

    private ShipmentFile() {
    }

    static void write(Path file, int n, long seed) throws IOException {
        write(file, n, seed, null);
    }

    /**
     * The same file, line for line, but with every date cell {@code fixedDate} when one is given (the random draws are
     * the same, so the rows are the same shipments): what a comparison of two dates must agree with.
     */
    static void write(Path file, int n, long seed, String fixedDate) throws IOException {
        List<String> items = Catalog.bundled().ids().stream().sorted().toList();
        SplittableRandom random = new SplittableRandom(seed);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write("id,item,quantity,destination,end_user,end_user_country,end_user_hq,ultimate_parent_hq,consignee,"
                    + "consignee_country,purchaser,end_use,export_from,date,end_user_id\n");
            for (int i = 0; i < n; i++) {
                if (random.nextInt(1000) == 0) w.write(random.nextBoolean() ? "\n" : ",,,,\n");
                String date = pick(DATES, random);
                if (random.nextInt(400) == 0) {
                    String bad = random.nextInt(4) == 0 ? "2019-01-01" : random.nextInt(3) == 0 ? "2026-13-01" : date;
                    // a bad row's last cell falls in export_from, not date: it stays as it is in every version of the file
                    w.write("bad" + i + "," + pick(BAD, random) + ",,,,,,,,," + bad + ",\n");
                    continue;
                }
                String endUser = random.nextInt(15) == 0 ? pick(LISTED, random) : "Buyer " + random.nextInt(2000);
                String consignee = random.nextInt(4) == 0 ? (random.nextInt(8) == 0 ? pick(LISTED, random)
                        : "Forwarder " + random.nextInt(80)) : "";
                String purchaser = random.nextInt(8) == 0 ? "Purchaser, " + random.nextInt(30) + " Ltd" : "";
                String consigneeCountry = !consignee.isEmpty() && random.nextInt(3) == 0 ? pick(DESTINATIONS, random) : "";
                String endUserCountry = random.nextInt(10) == 0 ? pick(DESTINATIONS, random) : "";
                String partyId = random.nextInt(40) == 0 ? "CUST-" + random.nextInt(40) : "";
                w.write("s" + i + "," + items.get(random.nextInt(items.size())) + "," + (1 + random.nextInt(64)) + ","
                        + csv(pick(DESTINATIONS, random)) + "," + csv(endUser) + "," + endUserCountry + ","
                        + pick(HQ, random) + "," + pick(HQ, random) + "," + csv(consignee) + "," + consigneeCountry + ","
                        + csv(purchaser) + "," + pick(END_USES, random) + "," + (random.nextInt(20) == 0 ? "DE" : "")
                        + "," + (fixedDate != null ? fixedDate : date) + "," + partyId + "\n");
            }
        }
    }

    private static String csv(String s) {
        return s.indexOf(',') < 0 ? s : '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }
}

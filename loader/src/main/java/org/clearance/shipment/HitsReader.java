package org.clearance.shipment;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearance.determination.PartyHit;
import org.clearance.determination.PartyRole;
import org.clearance.yaml.Documents;
import org.clearance.yaml.StrictNode;

/**
 * Reads restricted-list hits per party from a file (JSON or YAML), in the shape the screening capability hands them to
 * the determination: {@code {end_user: [{list, entity_id, matched_name, score, list_version, license_requirement,
 * license_policy, fr_citation, footnotes, blocked, adjudicated}], consignee: [...], purchaser: [...]}}.
 */
public final class HitsReader {

    private static final Set<String> HIT_KEYS = Set.of("list", "entity_id", "matched_name", "score", "list_version",
            "license_requirement", "license_policy", "fr_citation", "footnotes", "blocked", "adjudicated");

    private HitsReader() {
    }

    public static Map<PartyRole, List<PartyHit>> read(Path file) {
        StrictNode root = Documents.read(file, file.toString()).allowOnly(Set.of("end_user", "consignee", "purchaser"));
        Map<PartyRole, List<PartyHit>> out = new EnumMap<>(PartyRole.class);
        for (PartyRole role : PartyRole.values()) {
            root.optionalNonNull(role.code()).ifPresent(list -> {
                List<PartyHit> hits = new ArrayList<>();
                for (StrictNode h : list.list()) hits.add(hit(h));
                out.put(role, hits);
            });
        }
        return out;
    }

    static PartyHit hit(StrictNode h) {
        h.allowOnly(HIT_KEYS);
        String adjudicated = h.optionalNonNull("adjudicated").map(StrictNode::text).orElse(null);
        if (adjudicated != null && !adjudicated.equals("match") && !adjudicated.equals("no-match")) {
            throw h.require("adjudicated").error("expected match, no-match or null");
        }
        List<Integer> footnotes = new ArrayList<>();
        h.optionalNonNull("footnotes").ifPresent(f -> f.list().forEach(n -> footnotes.add(n.positiveInt())));
        return new PartyHit(h.require("list").text(), h.require("entity_id").text(), h.require("matched_name").text(),
                h.optionalNonNull("score").map(StrictNode::number).orElse(BigDecimal.ONE),
                text(h, "list_version"), text(h, "license_requirement"), text(h, "license_policy"),
                text(h, "fr_citation"), footnotes, h.optionalNonNull("blocked").map(StrictNode::bool).orElse(false),
                adjudicated);
    }

    private static String text(StrictNode h, String key) {
        return h.optionalNonNull(key).map(StrictNode::text).orElse(null);
    }
}

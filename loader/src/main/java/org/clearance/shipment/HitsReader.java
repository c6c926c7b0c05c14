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
            "license_requirement", "license_policy", "fr_citation", "footnotes", "blocked", "adjudicated",
            // an ownership hit as screen --json prints it (docs/ownership.md)
            "basis", "name", "rule", "percent", "percent_high", "caught", "definite", "proven", "owner_link", "via",
            "list_version_label", "adjudication", "entry_changed_since_adjudicated", "features", "matched_alias_kind");

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
        String basis = h.optionalNonNull("basis").map(StrictNode::text).orElse(PartyHit.NAME);
        if (!basis.equals(PartyHit.NAME) && !basis.equals(PartyHit.OWNERSHIP)) {
            throw h.require("basis").error("expected name or ownership");
        }
        String rule = text(h, "rule");
        if (basis.equals(PartyHit.OWNERSHIP) && rule == null) {
            throw h.error("an ownership hit names its rule (rule: ofac-50-percent or affiliates-rule)");
        }
        String version = h.optionalNonNull("list_version").map(v -> v.raw().asText()).orElse(null);
        return new PartyHit(h.require("list").text(), h.require("entity_id").text(), h.require("matched_name").text(),
                h.optionalNonNull("score").map(StrictNode::number).orElse(BigDecimal.ONE),
                version, text(h, "license_requirement"), text(h, "license_policy"),
                text(h, "fr_citation"), footnotes, h.optionalNonNull("blocked").map(StrictNode::bool).orElse(false),
                adjudicated, basis, rule, h.optionalNonNull("definite").map(StrictNode::bool).orElse(!basis.equals(PartyHit.OWNERSHIP)),
                h.optionalNonNull("proven").map(StrictNode::bool).orElse(!basis.equals(PartyHit.OWNERSHIP)),
                h.optionalNonNull("percent").map(StrictNode::number).orElse(null), via(h));
    }

    /** The first path of {@code via} ([[{owner, owned, percent, …}, …], …]) as a sentence, or its text. */
    private static String via(StrictNode h) {
        var v = h.optionalNonNull("via").map(StrictNode::raw).orElse(null);
        if (v == null) return null;
        if (v.isTextual()) return v.asText();
        if (!v.isArray() || v.isEmpty() || !v.get(0).isArray() || v.get(0).isEmpty()) return null;
        StringBuilder sb = new StringBuilder();
        var path = v.get(0);
        for (var link : path) {
            sb.append(link.path("owner").asText()).append(" —").append(link.path("percent").asText("?")).append("%→ ");
        }
        sb.append(path.get(path.size() - 1).path("owned").asText());
        return sb.toString();
    }

    private static String text(StrictNode h, String key) {
        return h.optionalNonNull(key).map(StrictNode::text).orElse(null);
    }
}

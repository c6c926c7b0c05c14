package org.clearance.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearance.determination.PartyHit;
import org.clearance.ledger.parties.PartyQuery;
import org.clearance.screening.list.EntityType;

/**
 * Each distinct party's hits as the driver screened them, in a form Spark can broadcast (strings only), and back.
 * The key is the party as a batch names it: id, name and country, as {@code check --batch} keys the parties it screens
 * once.
 */
final class PartyHits {

    private PartyHits() {
    }

    static String key(PartyQuery q) {
        return key(q.id(), q.name(), q.country());
    }

    static String key(String id, String name, String country) {
        return (id == null ? "" : id) + "\u001f" + name + "\u001f" + country;
    }

    /** The query a key stands for (the key's parts; the type and threshold a batch never sets). */
    static PartyQuery query(String key) {
        String[] parts = key.split("\u001f", -1);
        return new PartyQuery(parts[0].isEmpty() ? null : parts[0], parts[1], "null".equals(parts[2]) ? null : parts[2],
                EntityType.UNKNOWN, null);
    }

    static String[][] encode(List<PartyHit> hits) {
        String[][] out = new String[hits.size()][];
        for (int i = 0; i < hits.size(); i++) {
            PartyHit h = hits.get(i);
            out[i] = new String[] {h.list(), h.entityId(), h.matchedName(), h.score() == null ? null : h.score().toString(),
                    h.listVersion(), h.licenseRequirement(), h.licensePolicy(), h.frCitation(),
                    String.join(",", h.footnotes().stream().map(String::valueOf).toList()), Boolean.toString(h.blocked()),
                    h.adjudicated()};
        }
        return out;
    }

    static List<PartyHit> decode(String[][] hits) {
        List<PartyHit> out = new ArrayList<>(hits.length);
        for (String[] h : hits) {
            List<Integer> footnotes = h[8].isEmpty() ? List.of()
                    : Arrays.stream(h[8].split(",")).map(Integer::valueOf).toList();
            out.add(new PartyHit(h[0], h[1], h[2], h[3] == null ? null : new BigDecimal(h[3]), h[4], h[5], h[6], h[7],
                    footnotes, Boolean.parseBoolean(h[9]), h[10]));
        }
        return List.copyOf(out);
    }

    static Map<String, List<PartyHit>> decodeAll(Map<String, String[][]> encoded) {
        Map<String, List<PartyHit>> out = new HashMap<>(encoded.size() * 2);
        encoded.forEach((k, v) -> out.put(k, decode(v)));
        return out;
    }
}

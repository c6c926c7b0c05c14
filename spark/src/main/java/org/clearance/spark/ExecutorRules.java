package org.clearance.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clearance.app.BatchRows;
import org.clearance.app.CheckShipment;
import org.clearance.app.RuleData;
import org.clearance.app.ShipmentScreening;
import org.clearance.determination.Overlay;
import org.clearance.determination.PartyHit;

/**
 * What every task of a job on one executor shares, built once per executor JVM: the rule pack, catalog and overlays
 * loaded from the broadcast bundle, the determiner (its memories of drawn outcomes fill up across tasks), and the
 * screened parties' hits. Tasks of the same job on the same executor get the same instance.
 */
final class ExecutorRules {

    /** How a job's rows are laid out and decided (the same on every executor). */
    record Shape(int[] index, boolean explain, String inputName, LocalDate today) implements Serializable {
        String key() {
            return Arrays.toString(index) + "|" + explain + "|" + inputName + "|" + today;
        }
    }

    private static final Map<String, BatchRows> ROWS = new ConcurrentHashMap<>();
    private static final Map<String, RuleData> DATA = new ConcurrentHashMap<>();
    private static final Map<String, List<Overlay>> OVERLAYS = new ConcurrentHashMap<>();

    private ExecutorRules() {
    }

    /** The rows' decider without screening (to find the parties to screen). */
    static BatchRows unscreened(RuleBundle bundle, Shape shape) {
        return ROWS.computeIfAbsent(bundle.hash() + "|" + shape.key() + "|-", k -> rows(bundle, shape, null));
    }

    /** The rows' decider with the hits screened by the driver ({@code hitsId} names that broadcast). */
    static BatchRows screened(RuleBundle bundle, Shape shape, long hitsId, Map<String, String[][]> hits) {
        return ROWS.computeIfAbsent(bundle.hash() + "|" + shape.key() + "|" + hitsId, k -> {
            Map<String, List<PartyHit>> decoded = PartyHits.decodeAll(hits);
            return rows(bundle, shape, q -> {
                List<PartyHit> h = decoded.get(PartyHits.key(q));
                if (h == null) throw new IllegalStateException("party " + q + " was not screened by the driver");
                return new ShipmentScreening.Result(null, h);
            });
        });
    }

    static RuleData data(RuleBundle bundle) {
        return DATA.computeIfAbsent(bundle.hash(), k -> {
            RuleBundle.Located at = bundle.locate();
            OVERLAYS.put(k, CheckShipment.overlays(at.overlays()));
            return new RuleData(at.packDir(), at.catalogDir());
        });
    }

    private static BatchRows rows(RuleBundle bundle, Shape shape,
                                  java.util.function.Function<org.clearance.ledger.parties.PartyQuery,
                                          ShipmentScreening.Result> screening) {
        RuleData data = data(bundle);
        return new BatchRows(data, data.determiner(), OVERLAYS.get(bundle.hash()), shape.explain(), false,
                shape.index(), shape.inputName(), shape.today(), screening);
    }
}

package org.clearance.determination;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.clearance.decision.Tri;
import org.clearance.geography.Located;
import org.clearance.law.DatedValue;

/**
 * A {@link ShipmentCondition} prepared once per period of the pack for the many shipments decided in it: its parts
 * held in arrays, its thresholds read for the period, and each place test remembered by resolved place
 * ({@link Located#index()}), since whether a place is in a scope cannot change within a period of the geography.
 * It evaluates exactly as the condition does; explaining stays with the condition.
 */
interface CompiledCondition {

    Tri eval(ShipmentFacts f);

    /**
     * Compiles {@code c} for a period in which every threshold has the value {@code thresholds} gives; place tests
     * share their memory through {@code memos} (one per scope, across periods: a place's index includes its period).
     */
    static CompiledCondition of(ShipmentCondition c, Thresholds thresholds, Memos memos) {
        return switch (c) {
            case ShipmentCondition.All a -> new Junction(all(a.of(), thresholds, memos), false);
            case ShipmentCondition.Any a -> new Junction(all(a.of(), thresholds, memos), true);
            case ShipmentCondition.Not n -> new Not(of(n.of(), thresholds, memos));
            case ShipmentCondition.In i -> new In(i.place(), memos.of(i.scope()));
            case ShipmentCondition.Headquarters h -> new Headquarters(memos.of(h.scope()));
            case ShipmentCondition.ItemMetric m -> {
                DatedValue<BigDecimal> t = thresholds.at(m.parameter());
                yield t == null ? m::eval : new Metric(m, t);
            }
            default -> c::eval;
        };
    }

    /** The value of a threshold parameter throughout the period, or null when it changes within it. */
    interface Thresholds {
        DatedValue<BigDecimal> at(String parameter);
    }

    private static CompiledCondition[] all(List<ShipmentCondition> parts, Thresholds thresholds, Memos memos) {
        CompiledCondition[] out = new CompiledCondition[parts.size()];
        for (int i = 0; i < out.length; i++) out[i] = of(parts.get(i), thresholds, memos);
        return out;
    }

    /** One memory per scope object, shared by every period's compiled conditions. */
    final class Memos {
        private final int capacity;
        private final Map<DestinationScope, ScopeMemo> byScope = new IdentityHashMap<>();

        Memos(int capacity) {
            this.capacity = capacity;
        }

        ScopeMemo of(DestinationScope scope) {
            return byScope.computeIfAbsent(scope, s -> new ScopeMemo(s, capacity));
        }
    }

    /**
     * Whether a place is in a scope, computed once per place and period. Threads may race to fill a slot; they write
     * the same value, and a byte is written whole.
     */
    final class ScopeMemo {
        private static final byte OUT = 1;
        private static final byte IN = 2;

        private final DestinationScope scope;
        private final byte[] known;

        ScopeMemo(DestinationScope scope, int capacity) {
            this.scope = scope;
            this.known = new byte[capacity];
        }

        boolean contains(Located place) {
            int i = place.index();
            if (i < 0 || i >= known.length) return scope.contains(place);
            byte k = known[i];
            if (k != 0) return k == IN;
            boolean in = scope.contains(place);
            known[i] = in ? IN : OUT;
            return in;
        }
    }

    /** All of the parts ({@code any} false) or any of them, in Kleene's logic, stopping at the first decisive one. */
    record Junction(CompiledCondition[] of, boolean any) implements CompiledCondition {
        public Tri eval(ShipmentFacts f) {
            Tri decisive = any ? Tri.TRUE : Tri.FALSE;
            Tri r = any ? Tri.FALSE : Tri.TRUE;
            for (CompiledCondition c : of) {
                Tri t = c.eval(f);
                if (t == decisive) return t;
                if (t == Tri.UNKNOWN) r = Tri.UNKNOWN;
            }
            return r;
        }
    }

    record Not(CompiledCondition of) implements CompiledCondition {
        public Tri eval(ShipmentFacts f) {
            return of.eval(f).not();
        }
    }

    record In(ShipmentCondition.Place place, ScopeMemo scope) implements CompiledCondition {
        public Tri eval(ShipmentFacts f) {
            Located at = switch (place) {
                case DESTINATION -> f.destinationAt();
                case END_USER_LOCATED -> f.endUserAt();
                case EXPORT_FROM -> f.exportFromAt();
            };
            return Tri.of(scope.contains(at));
        }
    }

    record Headquarters(ScopeMemo scope) implements CompiledCondition {
        public Tri eval(ShipmentFacts f) {
            return Tri.of(scope.contains(f.headquartersAt()) || scope.contains(f.parentHeadquartersAt()));
        }
    }

    /** An item metric against a threshold fixed for the period. */
    record Metric(ShipmentCondition.ItemMetric condition, DatedValue<BigDecimal> threshold) implements CompiledCondition {
        public Tri eval(ShipmentFacts f) {
            return condition.eval(f, threshold);
        }
    }
}

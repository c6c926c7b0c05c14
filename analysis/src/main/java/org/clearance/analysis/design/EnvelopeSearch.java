package org.clearance.analysis.design;

import java.util.List;
import org.clearance.classification.ItemSpec;

/**
 * The least change that reaches the goal, found by asking the probe: a lexicographic grid over the knobs (the
 * first knob's change smallest, then the second's, …), then a bisection on each knob in that order, each candidate
 * tested with the later knobs searched again on their grid. Nothing assumes that the rules are monotone in a figure
 * (an overlay need not be): the grid visits every cell, and the final check of 1% less change is a real evaluation.
 */
final class EnvelopeSearch {

    /** Bisection stops when the bracket is under this fraction of the change (so 1% less change lies outside it). */
    private static final double PRECISION = 0.001;
    private static final int MAX_BISECTIONS = 40;

    private final Probe probe;
    private final Variants variants;
    private final ItemSpec base;
    private final double[] max;
    private final int grid;
    private final boolean notDatacenter;

    /** {@code max[i]}: the largest change knob {@code i} may take. */
    EnvelopeSearch(Probe probe, Variants variants, ItemSpec base, double[] max, boolean notDatacenter) {
        this.probe = probe;
        this.variants = variants;
        this.base = base;
        this.max = max.clone();
        this.notDatacenter = notDatacenter;
        this.grid = switch (max.length) {
            case 0, 1 -> 100;
            case 2 -> 40;
            case 3 -> 16;
            default -> 8;
        };
    }

    ItemSpec candidate(double[] change) {
        return variants.apply(base, change, notDatacenter);
    }

    boolean reaches(double[] change) {
        return probe.reaches(candidate(change));
    }

    /** The envelope's change vector, or null when no cell of the grid reaches the goal. */
    double[] search() {
        double[] c = new double[max.length];
        if (reaches(c)) return c;
        double[] found = lexicographic(0, c);
        if (found == null) return null;
        for (int i = 0; i < found.length; i++) found = refine(i, found);
        for (int i = 0; i < found.length; i++) found = lessChange(i, found);
        return found;
    }

    /** The lexicographically least grid point from knob {@code i} on (earlier knobs as in {@code c}), or null. */
    private double[] lexicographic(int i, double[] c) {
        if (i == c.length) return reaches(c) ? c.clone() : null;
        double step = max[i] / grid;
        for (int g = 0; g <= grid; g++) {
            double[] t = c.clone();
            t[i] = g == grid ? max[i] : g * step;
            for (int j = i + 1; j < t.length; j++) t[j] = 0;
            double[] r = lexicographic(i + 1, t);
            if (r != null) return r;
        }
        return null;
    }

    /** Knob {@code i} at {@code x}, the later knobs searched again: a reaching point, or null. */
    private double[] feasible(int i, double x, double[] c) {
        double[] t = c.clone();
        t[i] = x;
        for (int j = i + 1; j < t.length; j++) t[j] = 0;
        return lexicographic(i + 1, t);
    }

    /** Bisects knob {@code i} between its grid value (reaches) and the grid value below (does not). */
    private double[] refine(int i, double[] c) {
        if (c[i] == 0) return c;
        double hi = c[i];
        double lo = Math.max(0, hi - max[i] / grid);
        double[] best = c;
        double[] atLo = feasible(i, lo, c);
        if (atLo != null) {
            // a reaching point below the grid value (the later knobs' grid moved): keep it, then look lower
            best = atLo;
            hi = lo;
            lo = 0;
            double[] zero = feasible(i, 0, best);
            if (zero != null) return zero;
        }
        for (int n = 0; n < MAX_BISECTIONS && hi - lo > PRECISION * hi; n++) {
            double mid = (lo + hi) / 2;
            double[] t = feasible(i, mid, best);
            if (t != null) {
                hi = mid;
                best = t;
            } else {
                lo = mid;
            }
        }
        return best;
    }

    /** While 1% less change on knob {@code i} still reaches the goal (a rule that is not monotone), take it. */
    private double[] lessChange(int i, double[] c) {
        double[] t = c.clone();
        for (int n = 0; n < 500 && t[i] > 0; n++) {
            double[] less = t.clone();
            less[i] = t[i] * 0.99;
            if (!reaches(less)) break;
            t = less;
        }
        return t;
    }

    /** The change vector with knob {@code i} at 1% less change. */
    static double[] lessChangeOf(double[] c, int i) {
        double[] t = c.clone();
        t[i] = c[i] * 0.99;
        return t;
    }
}

package org.clearance.screening.match;

/**
 * Per-thread candidate accumulators sized to the index, so a query allocates almost nothing: each name's summed
 * evidence, the names touched, and a bounded min-heap that keeps the best k in O(n log k).
 */
final class CandidateAccumulator {
    final float[] acc;
    int[] touched = new int[1024];
    int count;

    CandidateAccumulator(int names) {
        acc = new float[names];
    }

    void reset() {
        for (int i = 0; i < count; i++) acc[touched[i]] = 0;
        count = 0;
    }

    void add(int name, float v) {
        if (acc[name] == 0) {
            if (count == touched.length) touched = java.util.Arrays.copyOf(touched, count * 2);
            touched[count++] = name;
        }
        acc[name] += v;
    }

    int[] top(int k) {
        if (count <= k) return java.util.Arrays.copyOf(touched, count);
        // a min-heap of (score bits, name) keeps the k best in O(n log k)
        long[] heap = new long[k];
        int size = 0;
        for (int i = 0; i < count; i++) {
            int name = touched[i];
            long key = ((long) Float.floatToIntBits(acc[name]) << 32) | name;
            if (size < k) {
                heap[size] = key;
                siftUp(heap, size++);
            } else if (key > heap[0]) {
                heap[0] = key;
                siftDown(heap, size);
            }
        }
        int[] out = new int[size];
        for (int i = 0; i < size; i++) out[i] = (int) heap[i];
        return out;
    }

    private static void siftUp(long[] h, int i) {
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (h[p] <= h[i]) return;
            long t = h[p];
            h[p] = h[i];
            h[i] = t;
            i = p;
        }
    }

    private static void siftDown(long[] h, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) return;
            int c = l + 1 < size && h[l + 1] < h[l] ? l + 1 : l;
            if (h[i] <= h[c]) return;
            long t = h[c];
            h[c] = h[i];
            h[i] = t;
            i = c;
        }
    }
}

package dev.contentlint.engine;

/**
 * The order in which a run hands its files to the threads: through the sorted list in strides of
 * about 0.618 of its length (the golden ratio), so that every stretch of the run meets files from
 * every part of the tree.
 *
 * <p>Why: a tree is sorted by folder, and folders hold kinds (docs, then people, then posts). In
 * that order the JIT compiles the checks for the first kind, then throws much of that away when
 * the next kind takes other paths, and compiles again: on 2 cores, 100,000 files took 76 to 78 s
 * in folder order and 69 to 72 s spread (bench/run.sh's corpus). Results are still returned, and
 * reported, in the sorted order.
 */
final class SpreadOrder {

    private static final double GOLDEN = 0.6180339887498949;

    private SpreadOrder() {
    }

    /** The indexes 0..n-1, each once, in the order to hand them out. */
    static int[] of(int n) {
        int[] order = new int[n];
        if (n == 0) {
            return order;
        }
        long stride = Math.max(1, Math.round(n * GOLDEN));
        while (gcd(stride, n) != 1) {
            stride++;
        }
        long index = 0;
        for (int k = 0; k < n; k++) {
            order[k] = (int) index;
            index = (index + stride) % n;
        }
        return order;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}

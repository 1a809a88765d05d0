package dev.contentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class SpreadOrderTest {

    @Test
    void everyIndexComesExactlyOnce() {
        for (int n = 0; n <= 3_000; n++) {
            assertPermutation(n);
        }
        for (int n : new int[] {10_000, 65_536, 100_000, 1_000_003}) {
            assertPermutation(n);
        }
    }

    @Test
    void everyStretchOfTheOrderReachesEveryTenthOfTheList() {
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            int[] order = SpreadOrder.of(n);
            int stretch = n / 20;
            for (int from = 0; from + stretch <= n; from += stretch) {
                BitSet tenths = new BitSet();
                for (int k = from; k < from + stretch; k++) {
                    tenths.set(order[k] * 10 / n);
                }
                assertEquals(10, tenths.cardinality(), "n=" + n + ", from " + from);
            }
        }
    }

    private static void assertPermutation(int n) {
        int[] order = SpreadOrder.of(n);
        assertEquals(n, order.length);
        BitSet seen = new BitSet(n);
        for (int index : order) {
            assertTrue(index >= 0 && index < n && !seen.get(index), "n=" + n + ": " + index);
            seen.set(index);
        }
    }
}

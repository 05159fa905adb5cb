package org.crmworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ranks agree with a map of id to position, for dense ids (an array) and scattered ones (binary search). */
class IdRanksTest {
    private static void agree(long[] ids) {
        IdRanks ranks = new IdRanks(ids);
        Map<Long, Integer> reference = new HashMap<>();
        for (int r = 0; r < ids.length; r++) {
            reference.put(ids[r], r);
        }
        for (long id : ids) {
            assertEquals(reference.get(id), ranks.rank(id));
        }
        Random random = new Random(5);
        for (int i = 0; i < 1000; i++) {
            long probe = random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(500_000) - 1000;
            assertEquals(reference.getOrDefault(probe, -1), ranks.rank(probe), "id " + probe);
        }
    }

    @Test
    void denseIdsInAnyOrder() {
        long[] ids = new long[100_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = 1 + (i * 7919L) % ids.length; // a permutation of 1..n
        }
        agree(ids);
    }

    @Test
    void scatteredIdsAndEmpty() {
        Random random = new Random(11);
        long[] ids = random.longs(50_000).distinct().toArray();
        agree(ids);
        agree(new long[] {Long.MIN_VALUE, Long.MAX_VALUE, 0});
        agree(new long[0]);
    }
}

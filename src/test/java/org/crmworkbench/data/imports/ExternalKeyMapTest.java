package org.crmworkbench.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The import's compact maps agree with Java's own maps on the same keys: external ids of every length and script
 * (past a 16 MB block of key bytes and many growths of every segment), and (id, id) pairs.
 */
class ExternalKeyMapTest {

    private static String key(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "O" + random.nextInt(2_000_000);
            case 1 -> "客户-" + random.nextInt(100_000);
            case 2 -> "x".repeat(random.nextInt(3) == 0 ? 127 + random.nextInt(3) : random.nextInt(64));
            case 3 -> Long.toString(random.nextLong(), 36) + "\u00e9\u4e2d" + random.nextInt(1000);
            default -> "C" + String.format("%08d", random.nextInt(5_000_000));
        };
    }

    @Test
    void agreesWithAHashMapOnAMillionIdsOfEveryKind() {
        Random random = new Random(19);
        ExternalKeyMap compact = new ExternalKeyMap();
        Map<String, KeyRegistry.Entry> reference = new HashMap<>();
        for (int i = 0; i < 1_000_000; i++) {
            String k = key(random);
            KeyRegistry.Entry earlier = compact.putIfAbsent(k, 1000L + i, i + 2);
            assertEquals(reference.get(k), earlier, k);
            reference.putIfAbsent(k, new KeyRegistry.Entry(1000L + i, i + 2));
        }
        assertEquals(reference.size(), compact.size());
        for (Map.Entry<String, KeyRegistry.Entry> e : reference.entrySet()) {
            assertEquals(e.getValue(), compact.get(e.getKey()), e.getKey());
        }
        for (int i = 0; i < 10_000; i++) {
            String absent = "absent-" + i;
            assertNull(compact.get(absent));
        }
    }

    @Test
    void longIdentifiersAreKeptWholeAndAbsurdOnesRefused() {
        ExternalKeyMap compact = new ExternalKeyMap();
        assertNull(compact.get(""));
        assertNull(compact.putIfAbsent("", 7, 1));
        assertEquals(new KeyRegistry.Entry(7, 1), compact.get(""));
        String long1 = "长".repeat(3000); // 9,000 bytes
        String long2 = long1.substring(1) + "短";
        compact.putIfAbsent(long1, 1, 2);
        compact.putIfAbsent(long2, 2, 3);
        assertEquals(new KeyRegistry.Entry(1, 2), compact.get(long1));
        assertEquals(new KeyRegistry.Entry(2, 3), compact.get(long2));
        assertThrows(IllegalArgumentException.class, () -> compact.putIfAbsent("y".repeat(40_000), 3, 4));
    }

    @Test
    void pairMapAgreesWithAHashMap() {
        Random random = new Random(23);
        LongIntMap compact = new LongIntMap(1 << 10);
        Map<Long, Integer> reference = new HashMap<>();
        for (int i = 0; i < 2_000_000; i++) {
            long key = ((long) random.nextInt(300_000) << 32) ^ random.nextInt(5_000);
            int earlier = compact.putIfAbsent(key, i, -1);
            assertEquals(reference.getOrDefault(key, -1), earlier);
            reference.putIfAbsent(key, i);
        }
        assertEquals(reference.size(), compact.size());
        reference.forEach((k, v) -> assertEquals(v, compact.get(k, -1)));
        assertEquals(-1, compact.get(-5L, -1));
    }
}

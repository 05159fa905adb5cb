package org.crmworkbench.analysis.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crmworkbench.model.RatingRows;
import org.junit.jupiter.api.Test;

class RatingMatrixTest {

    private static RatingRows rows(long[] users, long[] items, float[] ratings) {
        long[] times = new long[users.length];
        for (int i = 0; i < times.length; i++) {
            times[i] = 1000 + i;
        }
        return new RatingRows(users, items, ratings, times);
    }

    @Test
    void holdsRatingsBothWaysWithMeansAndColdStartIndexes() {
        RatingRows r = rows(new long[] {7, 5, 7, 5, 9}, new long[] {30, 10, 10, 20, 30},
                new float[] {4, 2, 5, 3, 1});
        RatingMatrix m = RatingMatrix.of(r, new long[] {5, 7, 9, 11}, new long[] {10, 20, 30, 40});
        assertEquals(4, m.userCount());
        assertEquals(4, m.itemCount());
        assertEquals(5, m.size());
        int u7 = m.userIndex(7);
        assertEquals(1, u7);
        assertEquals(-1, m.userIndex(8));
        // customer 7's ratings sorted by product index: product 10 (index 0) then 30 (index 2)
        assertEquals(0, m.itemAt(m.userStart(u7)));
        assertEquals(2, m.itemAt(m.userStart(u7) + 1));
        assertEquals(5f, m.value(u7, 0));
        assertTrue(Float.isNaN(m.value(u7, 1)));
        assertEquals(4.5, m.userMean(u7), 1e-12);
        assertEquals(2.5, m.itemMean(m.itemIndex(30)), 1e-12);
        assertEquals(3.0, m.globalMean(), 1e-12);
        assertEquals(0, m.ratingsOfUser(m.userIndex(11)));
        assertTrue(Double.isNaN(m.userMean(m.userIndex(11))));
        assertEquals(0, m.ratingsOfItem(m.itemIndex(40)));
        int[] raters = new int[m.ratingsOfItem(0)];
        for (int p = m.itemStart(0); p < m.itemEnd(0); p++) {
            raters[p - m.itemStart(0)] = m.userAtItemPosition(p);
        }
        assertArrayEquals(new int[] {0, 1}, raters);
        assertEquals(1f, m.minValue());
        assertEquals(5f, m.maxValue());
        assertEquals(5.0, m.clip(6.2));
    }

    @Test
    void keepDropsHeldOutRatingsButKeepsTheNumbering() {
        RatingMatrix m = RatingMatrix.of(rows(new long[] {1, 1, 2}, new long[] {10, 20, 10}, new float[] {5, 1, 3}));
        boolean[] keep = {true, false, true};
        RatingMatrix train = m.keep(keep);
        assertEquals(2, train.size());
        assertEquals(m.userCount(), train.userCount());
        assertFalse(train.hasRated(0, 1));
        assertEquals(5.0, train.userMean(0), 1e-12);
    }

    @Test
    void refusesUnknownIdsAndDuplicatePairs() {
        RatingRows unknown = rows(new long[] {1}, new long[] {99}, new float[] {3});
        assertThrows(IllegalArgumentException.class,
                () -> RatingMatrix.of(unknown, new long[] {1}, new long[] {10}));
        RatingRows twice = rows(new long[] {1, 1}, new long[] {10, 10}, new float[] {3, 4});
        assertThrows(IllegalArgumentException.class, () -> RatingMatrix.of(twice));
    }

    @Test
    void topItemsPicksBestFirstSkippingExcludedAndNaN() {
        float[] s = {0.5f, Float.NaN, 0.9f, 0.9f, 0.1f, 0.7f};
        assertArrayEquals(new int[] {2, 3, 5}, TopItems.select(s, 3, i -> false));
        assertArrayEquals(new int[] {3, 5, 0}, TopItems.select(s, 3, i -> i == 2));
        assertArrayEquals(new int[] {2, 3, 5, 0, 4}, TopItems.select(s, 10, i -> false));
    }
}

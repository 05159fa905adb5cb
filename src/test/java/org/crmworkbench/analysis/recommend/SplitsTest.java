package org.crmworkbench.analysis.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crmworkbench.model.RatingRows;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

class SplitsTest {
    private static final EvaluationSettings SETTINGS = EvaluationSettings.defaults();

    /** Customers with 0 (customer 4), 1, 2, 5 and 10 ratings. */
    private static RatingMatrix uneven() {
        int[] counts = {1, 2, 5, 10};
        int n = 18;
        long[] users = new long[n];
        long[] items = new long[n];
        float[] ratings = new float[n];
        long[] times = new long[n];
        int row = 0;
        for (int u = 0; u < counts.length; u++) {
            for (int k = 0; k < counts[u]; k++) {
                users[row] = u;
                items[row] = k;
                ratings[row] = 1 + (row % 5);
                times[row] = 100 + row;
                row++;
            }
        }
        return RatingMatrix.of(new RatingRows(users, items, ratings, times), new long[] {0, 1, 2, 3, 4},
                new long[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    }

    private static int heldOf(HoldOut fold, RatingMatrix m, int u) {
        int held = 0;
        for (int p = m.userStart(u); p < m.userEnd(u); p++) {
            if (fold.isHeldOut(p)) {
                held++;
            }
        }
        return held;
    }

    private static void assertTrainIsTheRest(HoldOut fold) {
        RatingMatrix m = fold.full();
        RatingMatrix train = fold.train();
        assertEquals(m.size(), train.size() + fold.heldOutCount());
        for (int u = 0; u < m.userCount(); u++) {
            for (int p = m.userStart(u); p < m.userEnd(u); p++) {
                assertEquals(!fold.isHeldOut(p), train.hasRated(u, m.itemAt(p)), "position " + p);
            }
        }
    }

    @Test
    void randomHoldsOutTheRoundedShareAndKeepsOneInTraining() {
        RatingMatrix m = uneven();
        Splits s = Splits.of(m, SETTINGS.withSplit(SplitKind.RANDOM)); // test share 0.2
        assertEquals(1, s.folds().size());
        HoldOut fold = s.folds().get(0);
        // 1 rating: never held; 2: round(0.4) = 0; 5: round(1.0) = 1; 10: round(2.0) = 2; none: 0
        assertArrayEquals(new int[] {0, 0, 1, 2, 0}, new int[] {heldOf(fold, m, 0), heldOf(fold, m, 1),
                heldOf(fold, m, 2), heldOf(fold, m, 3), heldOf(fold, m, 4)});
        assertTrainIsTheRest(fold);
        EvaluationSettings most = new EvaluationSettings(SplitKind.RANDOM, 0.9, 5, 5, 10, 4, 7);
        HoldOut mostly = Splits.of(m, most).folds().get(0);
        // 2 ratings: round(1.8) = 2 capped at 1; 5: round(4.5) = 5 capped at 4; 10: 9
        assertEquals(1, heldOf(mostly, m, 1));
        assertEquals(4, heldOf(mostly, m, 2));
        assertEquals(9, heldOf(mostly, m, 3));
        assertEquals(0, heldOf(mostly, m, 0));
    }

    @Test
    void theSameSeedGivesTheSameSplit() {
        RatingMatrix m = PlantedRatings.twoGroups(50, 30, 12, 3);
        for (SplitKind kind : SplitKind.values()) {
            EvaluationSettings e = SETTINGS.withSplit(kind);
            List<HoldOut> a = Splits.of(m, e).folds();
            List<HoldOut> b = Splits.of(m, e).folds();
            assertEquals(a.size(), b.size());
            for (int f = 0; f < a.size(); f++) {
                assertArrayEquals(a.get(f).heldOutPositions(), b.get(f).heldOutPositions(), kind + " fold " + f);
            }
        }
        int[] one = Splits.of(m, SETTINGS.withSeed(1)).folds().get(0).heldOutPositions();
        int[] two = Splits.of(m, SETTINGS.withSeed(2)).folds().get(0).heldOutPositions();
        assertEquals(one.length, two.length); // sizes do not depend on the seed
        assertFalse(java.util.Arrays.equals(one, two));
    }

    @Test
    void temporalHoldsOutTheLatestRatings() {
        // customer 1: times 50, 10, 40, 10 on products 0..3; customer 2: one rating
        RatingRows rows = new RatingRows(new long[] {1, 1, 1, 1, 2}, new long[] {0, 1, 2, 3, 0},
                new float[] {5, 4, 3, 2, 1}, new long[] {50, 10, 40, 10, 7});
        RatingMatrix m = RatingMatrix.of(rows);
        EvaluationSettings two = new EvaluationSettings(SplitKind.TEMPORAL, 0.2, 2, 5, 10, 4, 1);
        HoldOut fold = Splits.of(m, two).folds().get(0);
        // the latest two of customer 1 are products 0 (t=50) and 2 (t=40)
        assertArrayEquals(new int[] {0, 2}, fold.heldOutPositions());
        assertTrainIsTheRest(fold);
        // last 3: then the tie at t=10 goes to the later position, product 3
        EvaluationSettings three = new EvaluationSettings(SplitKind.TEMPORAL, 0.2, 3, 5, 10, 4, 1);
        assertArrayEquals(new int[] {0, 2, 3}, Splits.of(m, three).folds().get(0).heldOutPositions());
        // last 10: capped at 3 of 4, so one rating (the earliest) stays in training
        EvaluationSettings ten = new EvaluationSettings(SplitKind.TEMPORAL, 0.2, 10, 5, 10, 4, 1);
        Splits all = Splits.of(m, ten);
        assertArrayEquals(new int[] {0, 2, 3}, all.folds().get(0).heldOutPositions());
        assertEquals(0, all.customersWithoutTimes());
    }

    @Test
    void temporalAgreesWithSortingByTimeThenPositionUnderManyTies() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(17);
        int n = 600;
        long[] users = new long[n];
        long[] items = new long[n];
        float[] ratings = new float[n];
        long[] times = new long[n];
        for (int r = 0; r < n; r++) {
            users[r] = r / 20; // 30 customers x 20 products
            items[r] = r % 20;
            ratings[r] = 3;
            times[r] = random.nextInt(4); // coarse times: many ties
        }
        RatingMatrix m = RatingMatrix.of(new RatingRows(users, items, ratings, times));
        for (int last : new int[] {1, 3, 7, 19, 40}) {
            EvaluationSettings e = new EvaluationSettings(SplitKind.TEMPORAL, 0.2, last, 5, 10, 4, 1);
            HoldOut fold = Splits.of(m, e).folds().get(0);
            for (int u = 0; u < m.userCount(); u++) {
                List<Integer> order = new java.util.ArrayList<>();
                for (int p = m.userStart(u); p < m.userEnd(u); p++) {
                    order.add(p);
                }
                order.sort((a, b) -> m.timeAt(a) != m.timeAt(b) ? Long.compare(m.timeAt(b), m.timeAt(a))
                        : Integer.compare(b, a));
                int hold = Math.min(last, order.size() - 1);
                for (int k = 0; k < order.size(); k++) {
                    assertEquals(k < hold, fold.isHeldOut(order.get(k)), "last " + last + " customer " + u);
                }
            }
        }
    }

    @Test
    void temporalFallsBackToPositionOrderWithoutTimes() {
        long unknown = RatingRows.UNKNOWN_TIME;
        RatingRows rows = new RatingRows(new long[] {1, 1, 1, 2, 2}, new long[] {0, 1, 2, 0, 1},
                new float[] {5, 4, 3, 2, 1}, new long[] {90, unknown, 10, 5, 6});
        RatingMatrix m = RatingMatrix.of(rows);
        EvaluationSettings one = new EvaluationSettings(SplitKind.TEMPORAL, 0.2, 1, 5, 10, 4, 1);
        Splits s = Splits.of(m, one);
        // customer 1 has an unknown time: the last position (product 2) is held out although it is older;
        // customer 2 is timed: product 1 (t=6)
        assertArrayEquals(new int[] {2, 4}, s.folds().get(0).heldOutPositions());
        assertEquals(1, s.customersWithoutTimes());
    }

    @Test
    void kFoldHoldsOutEveryRatingExactlyOnce() {
        RatingMatrix m = PlantedRatings.twoGroups(40, 30, 7, 5);
        RatingMatrix withFew = uneven();
        for (RatingMatrix data : List.of(m, withFew)) {
            Splits s = Splits.of(data, SETTINGS.withSplit(SplitKind.KFOLD).withFolds(5));
            assertEquals(5, s.folds().size());
            int[] times = new int[data.size()];
            for (HoldOut fold : s.folds()) {
                assertTrainIsTheRest(fold);
                for (int p : fold.heldOutPositions()) {
                    times[p]++;
                }
                for (int u = 0; u < data.userCount(); u++) {
                    int count = data.ratingsOfUser(u);
                    int held = heldOf(fold, data, u);
                    if (count >= 2) {
                        // dealt round-robin: at most ceil(count / 5) per fold, and some left for training
                        assertTrue(held <= (count + 4) / 5 && held < count, "customer " + u);
                    }
                }
            }
            for (int u = 0; u < data.userCount(); u++) {
                for (int p = data.userStart(u); p < data.userEnd(u); p++) {
                    assertEquals(data.ratingsOfUser(u) >= 2 ? 1 : 0, times[p], "position " + p);
                }
            }
        }
        // 40 customers x 7 ratings = 280, dealt from a random first fold: folds of about 56
        for (HoldOut fold : Splits.of(m, SETTINGS.withSplit(SplitKind.KFOLD)).folds()) {
            assertTrue(fold.heldOutCount() > 40 && fold.heldOutCount() < 72, fold.toString());
        }
    }

    @Test
    void splittingCanBeCancelled() {
        RatingMatrix m = PlantedRatings.twoGroups(3000, 20, 3, 5);
        Progress cancelled = new CancelledProgress();
        assertThrows(CancelledException.class, () -> Splits.of(m, SETTINGS, cancelled));
    }
}

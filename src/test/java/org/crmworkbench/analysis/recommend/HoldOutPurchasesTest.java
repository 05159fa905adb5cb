package org.crmworkbench.analysis.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.crmworkbench.model.PurchaseRows;
import org.junit.jupiter.api.Test;

/** A fold's purchases never reveal a held-out rating's product, and keep every other purchase. */
class HoldOutPurchasesTest {

    @Test
    void heldOutPairsAreDroppedFromTheFoldsPurchases() {
        RatingMatrix ratings = PlantedRatings.twoGroups(40, 30, 10, 3);
        // every rated product was bought, and each customer also bought product 0 whether rated or not
        int n = ratings.size();
        long[] customers = new long[n + ratings.userCount()];
        long[] products = new long[n + ratings.userCount()];
        int q = 0;
        for (int u = 0; u < ratings.userCount(); u++) {
            boolean boughtZero = false;
            for (int p = ratings.userStart(u); p < ratings.userEnd(u); p++) {
                customers[q] = ratings.userId(u);
                products[q++] = ratings.itemId(ratings.itemAt(p));
                boughtZero |= ratings.itemAt(p) == 0;
            }
            if (!boughtZero) {
                customers[q] = ratings.userId(u);
                products[q++] = ratings.itemId(0);
            }
        }
        long[] userIds = new long[ratings.userCount()];
        long[] itemIds = new long[ratings.itemCount()];
        Arrays.setAll(userIds, ratings::userId);
        Arrays.setAll(itemIds, ratings::itemId);
        float[] units = new float[q];
        Arrays.fill(units, 1f);
        RatingMatrix bought = RatingMatrix.ofPurchases(new PurchaseRows(Arrays.copyOf(customers, q),
                Arrays.copyOf(products, q), units, new int[q]), userIds, itemIds);

        HoldOut fold = Splits.of(ratings, EvaluationSettings.defaults()).folds().get(0);
        RatingMatrix train = fold.trainPurchases(bought);
        assertEquals(bought.size() - fold.heldOutCount(), train.size());
        for (int p : fold.heldOutPositions()) {
            int u = customerAt(ratings, p);
            assertFalse(train.hasRated(u, ratings.itemAt(p)), "a held-out product stays among the purchases");
        }
        for (int u = 0; u < ratings.userCount(); u++) {
            for (int p = fold.train().userStart(u); p < fold.train().userEnd(u); p++) {
                assertTrue(train.hasRated(u, fold.train().itemAt(p)));
            }
        }
    }

    private static int customerAt(RatingMatrix m, int position) {
        int u = 0;
        while (m.userEnd(u) <= position) {
            u++;
        }
        return u;
    }
}

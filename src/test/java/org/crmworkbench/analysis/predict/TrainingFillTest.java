package org.crmworkbench.analysis.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

/** Missing numbers are filled from the training part only, so held-out rows never shape their own fill. */
class TrainingFillTest {

    @Test
    void mediansAndFillsComeFromTheChosenRows() {
        double nan = Double.NaN;
        double[][] x = {{1, 10}, {nan, 20}, {3, nan}, {100, 40}};
        assertArrayEquals(new double[] {2, 15}, TrainingFill.medians(x, new int[] {0, 1, 2}));
        TrainingFill.Split split = TrainingFill.Split.of(x, new int[] {0, 1, 2}, new int[] {3, 1});
        assertArrayEquals(new double[][] {{1, 10}, {2, 20}, {3, 15}}, split.train());
        assertArrayEquals(new double[][] {{100, 40}, {2, 20}}, split.test());
        assertTrue(Double.isNaN(x[1][0]), "the source rows are left as they were");
    }

    @Test
    void heldOutValuesDoNotMoveTheFillOfOtherHeldOutRows() {
        // spend = 5 * age + noise; a few customers have no age. Changing the ages of held-out rows must not change
        // the hold-out prediction of a held-out row whose age is missing (it gets the training rows' median)
        SplittableRandom random = new SplittableRandom(11);
        int n = 400;
        double[] age = new double[n];
        double[] spend = new double[n];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            age[i] = i % 25 == 0 ? Double.NaN : 20 + random.nextDouble() * 50;
            spend[i] = 5 * (Double.isNaN(age[i]) ? 45 : age[i]) + random.nextGaussian();
            ids.add("c" + i);
        }
        Evaluation evaluation = new Evaluation(0.25, 0, 3);
        RegressionResult before = fit(ids, age, spend, evaluation);
        double[] shifted = age.clone();
        HeldOut held = before.heldOut();
        for (int row : held.tableRows()) {
            if (!Double.isNaN(shifted[row])) {
                shifted[row] += 1000;
            }
        }
        RegressionResult after = fit(ids, shifted, spend, evaluation);
        int checked = 0;
        for (int k = 0; k < held.size(); k++) {
            if (Double.isNaN(age[held.tableRows()[k]])) {
                assertEquals(held.predicted()[k], after.heldOut().predicted()[k], 1e-9, held.rowIds().get(k));
                checked++;
            }
        }
        assertTrue(checked > 0, "some held-out rows have no age");
    }

    private static RegressionResult fit(List<String> ids, double[] age, double[] spend, Evaluation evaluation) {
        FeatureTable table = new FeatureTable("planted", ids, List.of(new FeatureTable.NumericColumn("age", age),
                new FeatureTable.NumericColumn("spend", spend)), List.of());
        PredictorData data = PredictorData.prepare(table, "spend", List.of("age"));
        return new RegressionStudy(data, evaluation).fit(RegressionSettings.of(RegressionModel.OLS), Progress.none());
    }
}

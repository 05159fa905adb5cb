package org.crmworkbench.analysis.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** ROC, precision-recall and gains agree with scikit-learn and with hand counts, ties included. */
class RocAnalysisTest {

    @Test
    void aucAndAveragePrecisionEqualScikitLearnWithManyTies() {
        int n = 300;
        double[] scores = new double[n];
        double[] actual = new double[n];
        for (int i = 0; i < n; i++) {
            scores[i] = ((i * 37 + 11) % 10) / 10.0;
            actual[i] = LogisticAgreementTest.unit(i + 1000) < 0.15 + 0.6 * scores[i] ? 1 : 0;
        }
        RocAnalysis analysis = new RocAnalysis(actual, scores);
        assertEquals(127, analysis.positives());
        // roc_auc_score and average_precision_score, scikit-learn 1.2.1 (reference/churn_reference.py)
        assertEquals(0.6986709753766328, analysis.roc().auc(), 1e-12);
        assertEquals(0.595882077240345, analysis.precisionRecall().averagePrecision(), 1e-12);
        assertEquals(11, analysis.roc().thresholds().length);
        assertEquals(127 / 300.0, analysis.precisionRecall().baseRate(), 1e-15);
    }

    @Test
    void rocPointsTakeTiesTogether() {
        double[] actual = {1, 0, 1, 0, 1, 0};
        double[] scores = {0.9, 0.9, 0.5, 0.5, 0.5, 0.1};
        RocCurve roc = new RocAnalysis(actual, scores).roc();
        assertArrayEquals(new double[] {0, 1 / 3.0, 2 / 3.0, 1}, roc.falsePositiveRate(), 1e-12);
        assertArrayEquals(new double[] {0, 1 / 3.0, 1, 1}, roc.truePositiveRate(), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, roc.thresholds()[0]);
        assertEquals(0.9, roc.thresholds()[1]);
        // pairs (pos, neg): 9; wins: pos .9 beats .5,.1 (2) + tie .9 (0.5); pos .5 x2 beat .1 (2) + tie .5 (1)
        assertEquals((2 + 0.5 + 2 + 1) / 9.0, roc.auc(), 1e-12);
    }

    @Test
    void gainsShareTiedRowsInProportion() {
        double[] actual = {1, 0, 0, 0, 1, 1, 0, 0, 0, 0};
        double[] scores = {0.9, 0.5, 0.5, 0.5, 0.5, 0.5, 0.1, 0.1, 0.1, 0.1};
        GainsCurve gains = new RocAnalysis(actual, scores).gains();
        assertEquals(101, gains.populationShare().length);
        assertEquals(0, gains.positivesShare()[0]);
        assertEquals(1 / 3.0, gains.positivesShare()[10], 1e-12);
        // 30% of rows: the top row and 2 of the 5 rows tied at 0.5, which hold 2 of the positives
        assertEquals((1 + 2 * 2 / 5.0) / 3, gains.positivesShare()[30], 1e-12);
        assertEquals(1, gains.positivesShare()[60], 1e-12);
        assertEquals(1, gains.positivesShare()[100], 1e-12);
        assertEquals((1 / 3.0) / 0.1, gains.lift(10), 1e-12);
    }

    @Test
    void suggestedThresholdHasTheBestF1() {
        double[] actual = {1, 1, 0, 1, 0, 0, 0};
        double[] scores = {0.9, 0.8, 0.7, 0.6, 0.3, 0.2, 0.1};
        double threshold = new RocAnalysis(actual, scores).bestF1Threshold();
        assertEquals(0.6, threshold);
        double best = ConfusionMatrix.at(threshold, actual, scores).f1();
        for (double s : scores) {
            assertEquals(true, ConfusionMatrix.at(s, actual, scores).f1() <= best);
        }
    }
}

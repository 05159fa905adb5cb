package org.crmworkbench.analysis.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import smile.data.DataFrame;
import smile.data.formula.Formula;

/**
 * Ridge and lasso against scikit-learn 1.2.1 on the same standardised features (Lasso(alpha = lambda),
 * Ridge(alpha = n lambda); src/test/resources/reference/regression_reference.py), coefficients in original units,
 * intercept first.
 */
class PenalisedRegressionTest {
    private static final double[] SK_LASSO = {3.975721708877463, 1.8615305338392416, -0.9397456899778213, 0.0, 0.46660199794289536, 0.0};
    private static final double[] SK_RIDGE = {3.838978889560995, 1.3433392842311491, -0.6638675709759952, -0.001590042691767449, 0.3288178973698485, -0.0013094709153803048};

    static double[][] x() {
        double[][] x = new double[200][5];
        for (int i = 0; i < 200; i++) {
            for (int j = 0; j < 5; j++) {
                x[i][j] = (j + 1) * Math.sin(i * (0.37 + 0.23 * j) + j) + 0.01 * i * (j % 2);
            }
        }
        return x;
    }

    static double[] y(double[][] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 4 + 2 * x[i][0] - x[i][1] + 0.5 * x[i][3] + Math.sin(2.1 * i + Math.cos(0.5 * i));
        }
        return y;
    }

    @Test
    void lassoAgreesWithScikitLearn() {
        double[][] x = x();
        PenalisedRegression.Fit fit = new PenalisedRegression(PenalisedRegression.Penalty.LASSO)
                .fit(x, y(x), 0.1, 5, 1, Progress.none());
        assertEquals(SK_LASSO[0], fit.intercept(), 1e-8);
        for (int j = 0; j < 5; j++) {
            assertEquals(SK_LASSO[j + 1], fit.coefficients()[j], 1e-8, "x" + j);
        }
        assertEquals(0.0, fit.coefficients()[2], "exactly zero");
        assertEquals(0.0, fit.coefficients()[4], "exactly zero");
    }

    @Test
    void ridgeAgreesWithScikitLearn() {
        double[][] x = x();
        PenalisedRegression.Fit fit = new PenalisedRegression(PenalisedRegression.Penalty.RIDGE)
                .fit(x, y(x), 0.5, 5, 1, Progress.none());
        assertEquals(SK_RIDGE[0], fit.intercept(), 1e-10);
        for (int j = 0; j < 5; j++) {
            assertEquals(SK_RIDGE[j + 1], fit.coefficients()[j], 1e-10, "x" + j);
        }
    }

    /** The measurement behind not using Smile's LASSO: its interior-point solution at the same penalty. */
    @Test
    void smileLassoIsFurtherFromScikitLearn() {
        double[][] x = x();
        double[] y = y(x);
        Standardiser s = Standardiser.of(x);
        double[][] rows = new double[200][6];
        for (int i = 0; i < 200; i++) {
            double[] z = s.apply(x[i]);
            System.arraycopy(z, 0, rows[i], 0, 5);
            rows[i][5] = y[i];
        }
        // Smile minimises ||y - Xw||^2 + lambda ||w||_1: lambda = 2 n alpha in scikit-learn's terms
        var model = smile.regression.LASSO.fit(Formula.lhs("y"), DataFrame.of(rows, "a", "b", "c", "d", "e", "y"),
                2 * 200 * 0.1, 1e-4, 1000);
        double worstSmile = 0;
        for (int j = 0; j < 5; j++) {
            worstSmile = Math.max(worstSmile, Math.abs(model.coefficients()[j] / s.sd(j) - SK_LASSO[j + 1]));
        }
        PenalisedRegression.Fit ours = new PenalisedRegression(PenalisedRegression.Penalty.LASSO)
                .fit(x, y, 0.1, 5, 1, Progress.none());
        double worstOurs = 0;
        for (int j = 0; j < 5; j++) {
            worstOurs = Math.max(worstOurs, Math.abs(ours.coefficients()[j] - SK_LASSO[j + 1]));
        }
        System.out.printf("lasso, largest coefficient difference from scikit-learn: ours %.1e, Smile %.1e%n",
                worstOurs, worstSmile);
        assertTrue(worstOurs < worstSmile);
    }

    @Test
    void crossValidationPicksASmallPenaltyForALowNoiseLinearTarget() {
        double[][] x = x();
        double[] y = y(x);
        PenalisedRegression lasso = new PenalisedRegression(PenalisedRegression.Penalty.LASSO);
        double chosen = lasso.choose(x, y, 5, 7, Progress.none());
        PenalisedRegression.Fit fit = lasso.fit(x, y, Double.NaN, 5, 7, Progress.none());
        assertEquals(chosen, fit.lambda());
        assertTrue(chosen < 0.1, "lambda " + chosen);
        assertEquals(2.0, fit.coefficients()[0], 0.15);
        assertEquals(-1.0, fit.coefficients()[1], 0.15);
        assertEquals(chosen, lasso.choose(x, y, 5, 7, Progress.none()), "seeded folds");
    }

    @Test
    void studyReportsTheChosenLambdaAndCoefficientsWithoutErrors() {
        double[][] x = x();
        double[] y = y(x);
        List<String> ids = java.util.stream.IntStream.range(0, 200).mapToObj(i -> "r" + i).toList();
        PredictorEncoding encoding = new PredictorEncoding(List.of("a", "b", "c", "d", "e"),
                List.of("a", "b", "c", "d", "e"), new double[5], List.of(List.of(), List.of(), List.of(), List.of(),
                List.of()));
        PredictorData data = new PredictorData("formula", "y", ids,
                java.util.stream.IntStream.range(0, 200).toArray(), x, y, encoding, 0);
        RegressionResult r = new RegressionStudy(data, Evaluation.defaults())
                .fit(RegressionSettings.of(RegressionModel.RIDGE), Progress.none());
        assertTrue(r.lambda() > 0 && Double.isFinite(r.lambda()));
        assertEquals(6, r.coefficients().size());
        assertEquals(Coefficient.INTERCEPT, r.coefficients().get(0).term());
        assertTrue(Double.isNaN(r.coefficients().get(1).stdError()));
        assertEquals(Importance.Kind.STANDARDISED_COEFFICIENT, r.importanceKind());
        assertEquals(5, r.importance().size());
        assertEquals("b", r.importance().get(0).feature(), "largest |coef| * sd(x): -1 * 1.5");
        assertTrue(r.test().rSquared() > 0.8);
    }
}

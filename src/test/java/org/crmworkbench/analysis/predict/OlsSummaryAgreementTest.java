package org.crmworkbench.analysis.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

/**
 * The OLS summary against statsmodels 0.13.5 on deterministic data with a three-level category (reference numbers
 * from src/test/resources/reference/regression_reference.py), through preparation, treatment coding and the study.
 */
class OlsSummaryAgreementTest {
    private static final double[] SM_ESTIMATE = {3.0863338941972374, 1.5255808332851273, -0.8275018631200867, 2.358836690903104, -1.712238645938481};
    private static final double[] SM_SE = {0.4259000710341228, 0.025980781308020527, 0.06262366371801438, 0.4061748514057757, 0.49778904889879133};
    private static final double[] SM_T = {7.246615119606219, 58.71959026937212, -13.213884560414927, 5.807441506383628, -3.439687252514483};
    private static final double[] SM_P = {1.48756257764531e-09, 2.6363500454100528e-51, 1.0465835503496328e-18, 3.286111201378217e-07, 0.0011182032954054043};
    private static final double[] SM_LOWER = {2.232811079268718, 1.4735141840774373, -0.953002489612009, 1.5448440994408337, -2.7098301918263568};
    private static final double[] SM_UPPER = {3.9398567091257566, 1.5776474824928173, -0.7020012366281644, 3.1728292823653748, -0.7146471000506053};
    /** R², adjusted R², residual standard error, F, F's p-value. */
    private static final double[] SM_MODEL = {0.9848083449546963, 0.9837034973150378, 1.406903419730689, 891.3521734627028, 2.770585579744604e-49};

    static FeatureTable table() {
        int n = 60;
        String[] regions = {"East", "North", "South"};
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] y = new double[n];
        String[] region = new String[n];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            x1[i] = 10 * Math.sin(0.7 * i) + 0.05 * i;
            x2[i] = ((i * 37) % 101) / 10.0;
            region[i] = regions[(i * 7 + i / 5) % 3];
            double effect = switch (region[i]) {
                case "North" -> 2.0;
                case "South" -> -1.0;
                default -> 0.0;
            };
            y[i] = 3 + 1.5 * x1[i] - 0.8 * x2[i] + effect + 2 * Math.sin(1.3 * i + Math.cos(i));
            ids.add("c" + i);
        }
        return new FeatureTable("formula", ids,
                List.of(new FeatureTable.NumericColumn("x1", x1), new FeatureTable.NumericColumn("x2", x2),
                        new FeatureTable.NumericColumn("y", y)),
                List.of(new FeatureTable.CategoryColumn("region", region)));
    }

    @Test
    void agreesWithStatsmodels() {
        PredictorData data = PredictorData.prepare(table(), "y", List.of("x1", "x2", "region"));
        assertEquals(List.of("x1", "x2", "region[North]", "region[South]"), data.encoding().columns());
        RegressionResult result = new RegressionStudy(data, Evaluation.defaults())
                .fit(RegressionSettings.of(RegressionModel.OLS), Progress.none());
        OlsSummary s = result.summary();
        for (int j = 0; j < 5; j++) {
            Coefficient c = s.coefficients().get(j);
            close(SM_ESTIMATE[j], c.estimate(), 1e-10, c.term());
            close(SM_SE[j], c.stdError(), 1e-10, c.term());
            close(SM_T[j], c.statistic(), 1e-10, c.term());
            close(SM_P[j], c.pValue(), 1e-8, c.term());
            // statsmodels takes t(0.975, 55) from scipy's t.ppf, 1.5e-9 above the exact 2.0040447832891459 (mpmath)
            assertEquals(SM_LOWER[j], c.lower95(), 2e-9 * c.stdError(), c.term());
            assertEquals(SM_UPPER[j], c.upper95(), 2e-9 * c.stdError(), c.term());
        }
        close(SM_MODEL[0], s.rSquared(), 1e-12, "R2");
        close(SM_MODEL[1], s.adjustedRSquared(), 1e-12, "adj R2");
        close(SM_MODEL[2], s.residualStandardError(), 1e-10, "RSE");
        close(SM_MODEL[3], s.fStatistic(), 1e-10, "F");
        close(SM_MODEL[4], s.fPValue(), 1e-8, "F p");
        assertEquals(4, s.modelDf());
        assertEquals(55, s.residualDf());
        assertEquals(60, s.observations());
        assertEquals(s.coefficients(), result.coefficients());
    }

    static void close(double expected, double actual, double relative, String what) {
        assertEquals(expected, actual, relative * Math.abs(expected), what);
    }
}

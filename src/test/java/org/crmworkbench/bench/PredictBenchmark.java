package org.crmworkbench.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.crmworkbench.analysis.predict.Evaluation;
import org.crmworkbench.analysis.predict.PredictorData;
import org.crmworkbench.analysis.predict.PredictorEncoding;
import org.crmworkbench.analysis.predict.RegressionModel;
import org.crmworkbench.analysis.predict.RegressionResult;
import org.crmworkbench.analysis.predict.RegressionSettings;
import org.crmworkbench.analysis.predict.RegressionStudy;
import org.crmworkbench.work.Progress;
import smile.data.DataFrame;
import smile.data.formula.Formula;

/**
 * Regression benchmark (not a test): fit times at 2,000 rows (the sample data's size) and 100,000 rows x 10 planted
 * linear features: OLS with its summary (ours against Smile 3.1.1's {@code OLS.fit} in the same process), lasso with
 * lambda by 5-fold cross-validation, random forest and gradient boosting (200 trees at 2,000 rows, 50 at 100,000);
 * each through {@link RegressionStudy#fit} without cross-validation (folds 0: one fit on all rows, one on the
 * training share, and for the trees permutation importance on the held-out quarter), so a study is about two fits.
 *
 * <p>Reference run of {@code src/test/resources/bench/predict_reference.py} (same shapes, numpy's data; best of 3)
 * on this machine, 2026-11-23, shared with other jobs:
 * <pre>
 * rows 2000:   statsmodels OLS + p-values 0.0019 s, numpy lstsq 0.0004 s, scikit-learn LassoCV (5 folds, 50 alphas)
 *              0.109 s, RandomForestRegressor 200 trees 1 job 7.33 s, GradientBoostingRegressor 200 trees 3.97 s
 * rows 100000: statsmodels 0.320 s, numpy lstsq 0.062 s, LassoCV 1.06 s, RandomForestRegressor 50 trees 168 s,
 *              GradientBoostingRegressor 50 trees 78.4 s
 * </pre>
 *
 * <p>One run of this benchmark, 2026-11-23, 2 cores shared with other jobs (figures vary up to tenfold with the
 * load): 2,000 rows: OLS study 0.007 s (per fit 0.93 of Smile's OLS.fit), lasso study 0.015 s, forest study 3.8 s,
 * boosting study 1.3 s; 100,000 rows: OLS study 0.11 s (1.05 of Smile), lasso study 0.34 s, forest (50 trees)
 * 81 s, boosting (50 trees) 9.3 s.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@predict-benchmark} (add {@code -Dexec.args=2000} for the small
 * size only)
 */
public final class PredictBenchmark {
    private static final int COLS = 10;
    private static final double STATSMODELS_2K = 0.0019;
    private static final double STATSMODELS_100K = 0.320;
    private static final double LASSOCV_2K = 0.109;
    private static final double LASSOCV_100K = 1.06;
    private static final double SK_FOREST_2K = 7.33;
    private static final double SK_FOREST_100K = 168;
    private static final double SK_BOOST_2K = 3.97;
    private static final double SK_BOOST_100K = 78.4;

    private PredictBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf("%d threads%n", Runtime.getRuntime().availableProcessors());
        int[] sizes = args.length > 0 ? new int[] {Integer.parseInt(args[0])} : new int[] {2_000, 100_000};
        for (int rows : sizes) {
            boolean small = rows == 2_000;
            PredictorData data = planted(rows);
            int trees = small ? 200 : 50;
            System.out.printf("%n%,d rows x %d features%n", rows, COLS);
            Evaluation plan = new Evaluation(0.25, 0, 1);
            RegressionStudy study = new RegressionStudy(data, plan);

            double ols = best(() -> study.fit(RegressionSettings.of(RegressionModel.OLS), Progress.none()), 5);
            double smile = best(() -> smileOls(data), 5);
            double statsmodels = small ? STATSMODELS_2K : STATSMODELS_100K;
            System.out.printf("  OLS + summary, study (2 fits): %.4f s; Smile OLS.fit once: %.4f s; per fit ours/Smile"
                    + " %.2f, ours/statsmodels %.2f%n", ols, smile, ols / 2 / smile, ols / 2 / statsmodels);

            double lasso = best(() -> study.fit(RegressionSettings.of(RegressionModel.LASSO), Progress.none()), 3);
            double lassoCv = small ? LASSOCV_2K : LASSOCV_100K;
            System.out.printf("  lasso, lambda by 5-fold CV over 50 values, study (2 fits): %.3f s;"
                    + " per fit ours/scikit-learn LassoCV %.2f%n", lasso, lasso / 2 / lassoCv);

            RegressionSettings forest = new RegressionSettings(RegressionModel.RANDOM_FOREST, 2, Double.NaN, trees);
            double rf = best(() -> study.fit(forest, Progress.none()), 1);
            double rfShare = small ? SK_FOREST_2K : SK_FOREST_100K;
            System.out.printf("  random forest %d trees, study (2 fits + permutation importance): %.2f s;"
                    + " per fit ours/scikit-learn (1 job) %.2f%n", trees, rf, rf / 2 / rfShare);

            RegressionSettings boost = new RegressionSettings(RegressionModel.GRADIENT_BOOSTING, 2, Double.NaN, trees);
            double gbm = best(() -> study.fit(boost, Progress.none()), 1);
            double skBoost = small ? SK_BOOST_2K : SK_BOOST_100K;
            System.out.printf("  gradient boosting %d trees, study (2 fits + permutation importance): %.2f s;"
                    + " per fit ours/scikit-learn %.2f%n", trees, gbm, gbm / 2 / skBoost);
        }
    }

    private static Object smileOls(PredictorData data) {
        double[][] rows = new double[data.rows()][COLS + 1];
        String[] names = new String[COLS + 1];
        for (int j = 0; j < COLS; j++) {
            names[j] = "x" + j;
        }
        names[COLS] = "y";
        for (int i = 0; i < data.rows(); i++) {
            System.arraycopy(data.x()[i], 0, rows[i], 0, COLS);
            rows[i][COLS] = data.y()[i];
        }
        return smile.regression.OLS.fit(Formula.lhs("y"), DataFrame.of(rows, names)).ttest();
    }

    private static double best(Supplier<Object> fit, int rounds) {
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            Object result = fit.get();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
            if (result instanceof RegressionResult rr && rr.test() == null) {
                throw new IllegalStateException();
            }
        }
        return best;
    }

    private static PredictorData planted(int rows) {
        SplittableRandom random = new SplittableRandom(7);
        double[][] x = new double[rows][COLS];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < COLS; j++) {
                x[i][j] = random.nextDouble(0, 10);
                y[i] += 0.1 * (j + 1) * x[i][j];
            }
            y[i] += random.nextGaussian();
        }
        List<String> names = IntStream.range(0, COLS).mapToObj(j -> "x" + j).toList();
        PredictorEncoding encoding = new PredictorEncoding(names, names, new double[COLS],
                names.stream().map(n -> List.<String>of()).toList());
        return new PredictorData("planted", "y", IntStream.range(0, rows).mapToObj(i -> "r" + i).toList(),
                IntStream.range(0, rows).toArray(), x, y, encoding, 0);
    }
}

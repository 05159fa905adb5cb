package org.crmworkbench.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.crmworkbench.analysis.predict.ChurnStudy;
import org.crmworkbench.analysis.predict.ClassificationResult;
import org.crmworkbench.analysis.predict.ClassificationSettings;
import org.crmworkbench.analysis.predict.ClassifierModel;
import org.crmworkbench.analysis.predict.ClassifierScore;
import org.crmworkbench.analysis.predict.Coefficient;
import org.crmworkbench.analysis.predict.Evaluation;
import org.crmworkbench.analysis.predict.ModelScore;
import org.crmworkbench.analysis.predict.PredictorData;
import org.crmworkbench.analysis.predict.RegressionModel;
import org.crmworkbench.analysis.predict.RegressionResult;
import org.crmworkbench.analysis.predict.RegressionSettings;
import org.crmworkbench.analysis.predict.RegressionStudy;
import org.crmworkbench.model.PredictionRunRecord;
import org.crmworkbench.present.predict.PredictCharts;
import org.crmworkbench.present.predict.PredictFiles;
import org.crmworkbench.work.Progress;
import org.jfree.chart.JFreeChart;

/**
 * What a {@link PredictionWorkflow} needs to know of one kind of prediction: how to fit, compare and score its
 * models, which model of a comparison is best, and how its runs and charts are made. The regression of a numeric
 * target ({@link #regression()}) and the 0/1 classifier ({@link #classification()}) differ only here.
 *
 * @param kind        {@code prediction_runs.task} of a saved run
 * @param modelKey    the model's key in files and runs ({@code ols}, {@code logistic}, ...)
 * @param settingsOf  a fit's settings
 * @param dataOf      the rows a fit learnt from
 * @param evaluationOf the split, folds and seed of a fit
 * @param coefficientsOf a fit's coefficients, intercept first (empty for models without them)
 * @param every       every model of the task with the knobs of the given settings
 * @param fit         fits and evaluates one model
 * @param compare     scores every given model on the same split and folds
 * @param score       the fitted model's value (prediction or probability) for every encoded row
 * @param rank        the figure a comparison row is ranked by (cross-validated where there are folds)
 * @param higherIsBetter whether a larger {@code rank} is better (AUC) or worse (RMSE)
 * @param parameters  the run's parameters as stored (JSON)
 * @param metrics     the run's metrics as written and stored (JSON), given the threshold (ignored by a regression)
 * @param charts      the charts of a fit by file name
 * @param comparisonChart the chart of a comparison
 * @param <S> the settings of one model
 * @param <R> the fitted model with its evaluation
 * @param <C> one row of the model comparison
 */
public record PredictionTask<S, R, C>(String kind, Function<S, String> modelKey, Function<R, S> settingsOf,
                                      Function<R, PredictorData> dataOf, Function<R, Evaluation> evaluationOf,
                                      Function<R, List<Coefficient>> coefficientsOf,
                                      Function<S, List<S>> every, Fit<S, R> fit, Compare<S, C> compare,
                                      BiFunction<R, double[][], double[]> score, ToDoubleFunction<C> rank,
                                      boolean higherIsBetter, Function<R, String> parameters,
                                      Metrics<R, C> metrics, BiFunction<PredictCharts, R, Map<String, JFreeChart>> charts,
                                      BiFunction<PredictCharts, List<C>, JFreeChart> comparisonChart) {

    /** Fits one model. */
    @FunctionalInterface
    public interface Fit<S, R> {
        R fit(PredictorData data, Evaluation evaluation, S settings, Progress progress);
    }

    /** Scores several models on the same split and folds. */
    @FunctionalInterface
    public interface Compare<S, C> {
        List<C> compare(PredictorData data, Evaluation evaluation, List<S> all, Progress progress);
    }

    /** The metrics of a fit as JSON. */
    @FunctionalInterface
    public interface Metrics<R, C> {
        String json(R result, double threshold, List<C> comparison);
    }

    /** A regression of a numeric target (next-window spend by default): seven models, best by lowest RMSE. */
    public static PredictionTask<RegressionSettings, RegressionResult, ModelScore> regression() {
        return new PredictionTask<>(PredictionRunRecord.REGRESSION, s -> s.model().key(), RegressionResult::settings,
                RegressionResult::data, RegressionResult::evaluation, RegressionResult::coefficients, k -> Arrays.stream(RegressionModel.values())
                        .map(m -> new RegressionSettings(m, k.degree(), k.lambda(), k.trees())).toList(),
                (data, evaluation, s, p) -> new RegressionStudy(data, evaluation).fit(s, p),
                (data, evaluation, all, p) -> new RegressionStudy(data, evaluation).compare(all, p),
                (r, rows) -> r.model().predict(rows),
                s -> Double.isFinite(s.cvRmse()) ? s.cvRmse() : s.test().rmse(), false,
                r -> new PredictFiles().regressionParameters(r),
                (r, threshold, comparison) -> new PredictFiles().regressionMetrics(r, comparison),
                PredictCharts::regressionCharts, PredictCharts::comparison);
    }

    /** A classifier of a 0/1 target (churn by default): three classifiers, best by highest AUC. */
    public static PredictionTask<ClassificationSettings, ClassificationResult, ClassifierScore> classification() {
        return new PredictionTask<>(PredictionRunRecord.CLASSIFICATION, s -> s.model().key(),
                ClassificationResult::settings, ClassificationResult::data, ClassificationResult::evaluation,
                ClassificationResult::coefficients,
                k -> Arrays.stream(ClassifierModel.values())
                        .map(m -> new ClassificationSettings(m, k.balance(), k.lambda(), k.trees())).toList(),
                (data, evaluation, s, p) -> new ChurnStudy(data, evaluation).fit(s, p),
                (data, evaluation, all, p) -> new ChurnStudy(data, evaluation).compare(all, p),
                (r, rows) -> r.model().score(rows),
                s -> Double.isFinite(s.cvAuc()) ? s.cvAuc() : s.auc(), true,
                r -> new PredictFiles().classificationParameters(r),
                (r, threshold, comparison) -> new PredictFiles().classificationMetrics(r, threshold, comparison),
                PredictCharts::classificationCharts, PredictCharts::classifierComparison);
    }

    /** Index in {@code scores} of the best model by {@link #rank}, or -1 when there is none. */
    public int best(List<C> scores) {
        int best = -1;
        double top = higherIsBetter ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (int i = 0; i < scores.size(); i++) {
            double v = rank.applyAsDouble(scores.get(i));
            if (higherIsBetter ? v > top : v < top) {
                top = v;
                best = i;
            }
        }
        return best;
    }
}

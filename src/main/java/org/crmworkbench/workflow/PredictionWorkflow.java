package org.crmworkbench.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.analysis.predict.ClassificationResult;
import org.crmworkbench.analysis.predict.ClassificationSettings;
import org.crmworkbench.analysis.predict.ClassifierScore;
import org.crmworkbench.analysis.predict.Evaluation;
import org.crmworkbench.analysis.predict.ModelScore;
import org.crmworkbench.analysis.predict.PredictorData;
import org.crmworkbench.analysis.predict.RegressionResult;
import org.crmworkbench.analysis.predict.RegressionSettings;
import org.crmworkbench.analysis.predict.ScoreFactor;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.features.CustomerHistoryReader;
import org.crmworkbench.data.runs.PredictionRunStore;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.model.PredictionRunRecord;
import org.crmworkbench.present.predict.PredictCharts;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.IntRange;
import org.crmworkbench.work.Progress;
import org.jfree.chart.JFreeChart;

/**
 * A prediction from customer history or a file: read the history, fit the chosen model (and compare every model of
 * the task on the same split), score the rows, and save the scores of today's customers as a prediction run. Used by
 * {@code regress} and {@code classify} and by the Predict workspace's Spend and Churn tabs; the {@link PredictionTask}
 * is what differs between them.
 *
 * @param <S> settings of one model
 * @param <R> a fitted model with its evaluation
 * @param <C> one row of the model comparison
 */
public final class PredictionWorkflow<S, R, C> {
    /** The outcome window in days as the window's spinner offers it (the history may allow less). */
    public static final IntRange WINDOW_DAYS = new IntRange("window-days", CustomerHistoryReader.MIN_WINDOW_DAYS,
            3650);

    /** Factors listed beside each classifier score. */
    public static final int FACTORS = 3;

    private final PredictionTask<S, R, C> task;
    private final Evaluation evaluation;

    public PredictionWorkflow(PredictionTask<S, R, C> task, Evaluation evaluation) {
        this.task = Objects.requireNonNull(task, "task");
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
    }

    /** A regression of a numeric target. */
    public static PredictionWorkflow<RegressionSettings, RegressionResult, ModelScore> regression(
            Evaluation evaluation) {
        return new PredictionWorkflow<>(PredictionTask.regression(), evaluation);
    }

    /** A classifier of a 0/1 target. */
    public static PredictionWorkflow<ClassificationSettings, ClassificationResult, ClassifierScore> classification(
            Evaluation evaluation) {
        return new PredictionWorkflow<>(PredictionTask.classification(), evaluation);
    }

    /**
     * The customers' history with outcomes over the last {@code windowDays} days of the data, with their feedback's
     * sentiment as features when the database holds feedback ({@link FeedbackFeatures}).
     */
    public static CustomerHistory readHistory(Database db, int windowDays, Progress progress) {
        return FeedbackFeatures.add(db, new CustomerHistoryReader(db).read(windowDays, progress), progress);
    }

    /**
     * The customers' history as {@link #readHistory}, or empty when the database has no orders yet (nothing to
     * learn from is no failure for a window that waits for data).
     */
    public static Optional<CustomerHistory> readHistoryIfAny(Database db, int windowDays, Progress progress) {
        CustomerHistoryReader reader = new CustomerHistoryReader(db);
        return reader.hasOrders() ? Optional.of(FeedbackFeatures.add(db, reader.read(windowDays, progress), progress))
                : Optional.empty();
    }

    public PredictionTask<S, R, C> task() {
        return task;
    }

    /** Scores every model of the task, each with the knobs of {@code knobs}, on the same split and folds. */
    public List<C> compare(PredictorData data, S knobs, Progress progress) {
        return task.compare().compare(data, evaluation, task.every().apply(knobs), progress);
    }

    /** Fits and evaluates the model of {@code settings}. */
    public R fit(PredictorData data, S settings, Progress progress) {
        return task.fit().fit(data, evaluation, settings, progress);
    }

    /** The fitted model's value for every row of {@code table}, in its row order. */
    public double[] score(R result, FeatureTable table) {
        return task.score().apply(result, encode(result, table));
    }

    /** The fitted model's value for every encoded row. */
    public double[] score(R result, double[][] rows) {
        return task.score().apply(result, rows);
    }

    /** The rows the fit learnt from. */
    public PredictorData data(R result) {
        return task.dataOf().apply(result);
    }

    /** The fit's metrics as written to metrics.json and stored with the run. */
    public String metrics(R result, double threshold, List<C> comparison) {
        return task.metrics().json(result, threshold, comparison);
    }

    /** Index in {@code comparison} of the best model, or -1. */
    public int best(List<C> comparison) {
        return task.best(comparison);
    }

    /** The fit's charts by file name, and the comparison's chart as {@code comparison} when there is one. */
    public Map<String, JFreeChart> charts(PredictCharts charts, R result, List<C> comparison) {
        Map<String, JFreeChart> all = new LinkedHashMap<>(task.charts().apply(charts, result));
        if (!comparison.isEmpty()) {
            all.put("comparison", task.comparisonChart().apply(charts, comparison));
        }
        return all;
    }

    /** The rows of {@code table} as the fitted model reads them. */
    public double[][] encode(R result, FeatureTable table) {
        return task.dataOf().apply(result).encoding().encode(table);
    }

    /**
     * The run of {@code result} with the scores of today's customers of {@code history}.
     *
     * @param metrics what {@link PredictionTask#metrics} gave for the files
     * @param values  one score per customer of {@code history.current()}
     * @param started when the work began
     */
    public PredictionRunRecord run(R result, CustomerHistory history, String metrics, double[] values,
                                   Instant started) {
        PredictorData data = task.dataOf().apply(result);
        return new PredictionRunRecord(0, task.kind(), task.modelKey().apply(task.settingsOf().apply(result)),
                data.target(), data.encoding().features(), task.parameters().apply(result), metrics,
                task.evaluationOf().apply(result).seed(),
                history.cutoff(), history.windowDays(), data.source(), started, AppVersion.current(),
                history.current().customerIds(), values);
    }

    /** The {@link #FACTORS} factors that move each encoded row's score most under a fitted classifier. */
    public static List<List<ScoreFactor>> factors(ClassificationResult result, double[][] rows, Progress progress) {
        List<List<ScoreFactor>> factors = new ArrayList<>(rows.length);
        for (double[] row : rows) {
            progress.checkCancelled();
            factors.add(result.model().factors(row, FACTORS));
        }
        return factors;
    }

    /** Stores {@code run} whole or not at all; returns it with its id. */
    public PredictionRunRecord save(Database db, PredictionRunRecord run) {
        return new PredictionRunStore(db).save(run);
    }
}

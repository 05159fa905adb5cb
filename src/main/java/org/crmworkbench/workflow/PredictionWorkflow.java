package org.crmworkbench.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.crmworkbench.analysis.predict.ClassificationResult;
import org.crmworkbench.analysis.predict.ClassificationSettings;
import org.crmworkbench.analysis.predict.ClassifierScore;
import org.crmworkbench.analysis.predict.Evaluation;
import org.crmworkbench.analysis.predict.ModelScore;
import org.crmworkbench.analysis.predict.PredictorData;
import org.crmworkbench.analysis.predict.RegressionResult;
import org.crmworkbench.analysis.predict.RegressionSettings;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.features.CustomerHistoryReader;
import org.crmworkbench.data.runs.PredictionRunStore;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.model.PredictionRunRecord;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.IntRange;
import org.crmworkbench.work.Progress;

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

    private final PredictionTask<S, R, C> task;
    private final Evaluation evaluation;

    public PredictionWorkflow(PredictionTask<S, R, C> task, Evaluation evaluation) {
        this.task = Objects.requireNonNull(task, "task");
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
    }

    /** A regression of a numeric target. */
    public static PredictionWorkflow<RegressionSettings, RegressionResult, ModelScore> regression(
            Evaluation evaluation) {
        return new PredictionWorkflow<>(new RegressionTask(), evaluation);
    }

    /** A classifier of a 0/1 target. */
    public static PredictionWorkflow<ClassificationSettings, ClassificationResult, ClassifierScore> classification(
            Evaluation evaluation) {
        return new PredictionWorkflow<>(new ClassificationTask(), evaluation);
    }

    /** The customers' history with outcomes over the last {@code windowDays} days of the data. */
    public static CustomerHistory readHistory(Database db, int windowDays, Progress progress) {
        return new CustomerHistoryReader(db).read(windowDays, progress);
    }

    public PredictionTask<S, R, C> task() {
        return task;
    }

    /** Scores every model of the task, each with the knobs of {@code knobs}, on the same split and folds. */
    public List<C> compare(PredictorData data, S knobs, Progress progress) {
        return task.compare(data, evaluation, task.every(knobs), progress);
    }

    /** Fits and evaluates the model of {@code settings}. */
    public R fit(PredictorData data, S settings, Progress progress) {
        return task.fit(data, evaluation, settings, progress);
    }

    /** The fitted model's value for every row of {@code table}, in its row order. */
    public double[] score(R result, FeatureTable table) {
        return task.score(result, encode(result, table));
    }

    /** The rows of {@code table} as the fitted model reads them. */
    public double[][] encode(R result, FeatureTable table) {
        return task.data(result).encoding().encode(table);
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
        PredictorData data = task.data(result);
        return new PredictionRunRecord(0, task.kind(), task.modelKey(task.settings(result)), data.target(),
                data.encoding().features(), task.parameters(result), metrics, task.evaluation(result).seed(),
                history.cutoff(), history.windowDays(), data.source(), started, AppVersion.current(),
                history.current().customerIds(), values);
    }

    /** Stores {@code run} whole or not at all; returns it with its id. */
    public PredictionRunRecord save(Database db, PredictionRunRecord run) {
        return new PredictionRunStore(db).save(run);
    }
}

package org.crmworkbench.workflow;

import java.util.List;
import org.crmworkbench.analysis.predict.Evaluation;
import org.crmworkbench.analysis.predict.PredictorData;
import org.crmworkbench.work.Progress;

/**
 * What a {@link PredictionWorkflow} needs to know of one kind of prediction: how to fit, compare and score its models,
 * and how its runs are described when saved. The regression ({@link RegressionTask}) and the 0/1 classification
 * ({@link ClassificationTask}) differ only here.
 *
 * @param <S> the settings of one model (model and knobs)
 * @param <R> the fitted model with its evaluation
 * @param <C> one row of the model comparison
 */
public interface PredictionTask<S, R, C> {
    /** {@code prediction_runs.task} of a saved run. */
    String kind();

    /** The model's key in files and runs ({@code ols}, {@code logistic}, ...). */
    String modelKey(S settings);

    S settings(R result);

    PredictorData data(R result);

    Evaluation evaluation(R result);

    /** Every model of the task, each with the knobs of {@code knobs}. */
    List<S> every(S knobs);

    R fit(PredictorData data, Evaluation evaluation, S settings, Progress progress);

    List<C> compare(PredictorData data, Evaluation evaluation, List<S> all, Progress progress);

    /** The fitted model's value (prediction or probability) for every encoded row. */
    double[] score(R result, double[][] rows);

    /** Index in {@code scores} of the best model, or -1 when there is none. */
    int best(List<C> scores);

    /** The run's parameters as stored (JSON). */
    String parameters(R result);

    /** The run's metrics as written and stored (JSON); {@code threshold} is ignored by a regression. */
    String metrics(R result, double threshold, List<C> comparison);
}

package org.crmworkbench.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A stored prediction run: the model, what it was fitted on, how well it did, and one score per customer.
 *
 * @param id          the run's id in {@code analysis_runs} (0 before it is saved)
 * @param task        {@value #REGRESSION} or {@value #CLASSIFICATION}
 * @param model       the model's command-line name ({@code ols}, {@code rf}, {@code logistic}, ...)
 * @param target      the column predicted ({@code next_spend}, {@code churned}, ...)
 * @param features    features in the order used
 * @param parameters  the model's settings as a JSON object ({@code {"degree":2,"lambda":0.1}})
 * @param metrics     the evaluation as a JSON object (the same content as the CLI's {@code metrics.json})
 * @param seed        the seed of the split, the folds and the model
 * @param cutoff      first day of the outcome window the model learnt from, or null
 * @param windowDays  length of that window in days, or null
 * @param dataSource  where the data came from
 * @param customerIds internal customer id per score
 * @param values      the prediction per customer (a value in the target's unit, or a probability for a
 *                    classification), parallel to {@code customerIds}
 */
public record PredictionRunRecord(long id, String task, String model, String target, List<String> features,
                                  String parameters, String metrics, long seed, LocalDate cutoff, Integer windowDays,
                                  String dataSource, Instant startedAt, String appVersion, long[] customerIds,
                                  double[] values) {
    public static final String REGRESSION = "regression";
    public static final String CLASSIFICATION = "classification";

    public PredictionRunRecord {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(target, "target");
        features = List.copyOf(features);
        parameters = parameters == null ? "{}" : parameters;
        metrics = metrics == null ? "{}" : metrics;
        if (customerIds.length != values.length) {
            throw new IllegalArgumentException("one value per customer");
        }
    }

    public PredictionRunRecord withId(long newId) {
        return new PredictionRunRecord(newId, task, model, target, features, parameters, metrics, seed, cutoff,
                windowDays, dataSource, startedAt, appVersion, customerIds, values);
    }
}

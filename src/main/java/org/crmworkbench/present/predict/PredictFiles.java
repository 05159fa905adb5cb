package org.crmworkbench.present.predict;

import static org.crmworkbench.present.OutputFiles.cell;
import static org.crmworkbench.present.OutputFiles.number;
import static org.crmworkbench.present.OutputFiles.numbers;
import static org.crmworkbench.present.OutputFiles.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.analysis.predict.ClassificationResult;
import org.crmworkbench.analysis.predict.ClassificationSettings;
import org.crmworkbench.analysis.predict.ClassifierModel;
import org.crmworkbench.analysis.predict.ClassifierScore;
import org.crmworkbench.analysis.predict.Coefficient;
import org.crmworkbench.analysis.predict.ConfusionMatrix;
import org.crmworkbench.analysis.predict.Evaluation;
import org.crmworkbench.analysis.predict.FitMetrics;
import org.crmworkbench.analysis.predict.Importance;
import org.crmworkbench.analysis.predict.ModelScore;
import org.crmworkbench.analysis.predict.OlsSummary;
import org.crmworkbench.analysis.predict.PredictorData;
import org.crmworkbench.analysis.predict.RegressionModel;
import org.crmworkbench.analysis.predict.RegressionResult;
import org.crmworkbench.analysis.predict.RegressionSettings;
import org.crmworkbench.analysis.predict.ScoreFactor;
import org.crmworkbench.present.OutputFiles;

/**
 * The Predict workspace's files: coefficient tables, metrics as JSON, predictions and scores as CSV. Column names and
 * JSON keys are fixed English identifiers (for scripts); numbers are written with full precision, an unknown number
 * (NaN) as an empty CSV cell or a JSON {@code null}.
 */
public final class PredictFiles {

    /**
     * {@code coefficients.csv}: for linear models {@code term,estimate,std_error,t,p,lower95,upper95} (the constant
     * named {@code intercept}; empty cells where a model gives no standard error); for other models
     * {@code feature,importance,lower,upper}.
     */
    public void writeCoefficients(Path file, RegressionResult result) throws IOException {
        boolean linear = result.settings().model().linear() && !result.coefficients().isEmpty();
        OutputFiles.writeCsv(file, csv -> {
            if (linear) {
                csv.writeRecord("term", "estimate", "std_error", "t", "p", "lower95", "upper95");
                for (Coefficient c : result.coefficients()) {
                    csv.writeRecord(c.term(), cell(c.estimate()), cell(c.stdError()), cell(c.statistic()),
                            cell(c.pValue()), cell(c.lower95()), cell(c.upper95()));
                }
            } else {
                csv.writeRecord("feature", "importance", "lower", "upper");
                for (Importance i : result.importance()) {
                    csv.writeRecord(i.feature(), cell(i.value()), cell(i.lower()), cell(i.upper()));
                }
            }
        });
    }

    /**
     * {@code coefficients.csv} of a logistic regression: {@code term,estimate,odds_ratio,std_error,z,p,lower95,upper95}
     * (estimates in log-odds, the odds ratio their exponential); for trees {@code feature,importance,lower,upper}.
     */
    public void writeClassifierCoefficients(Path file, ClassificationResult result) throws IOException {
        OutputFiles.writeCsv(file, csv -> {
            if (!result.coefficients().isEmpty()) {
                csv.writeRecord("term", "estimate", "odds_ratio", "std_error", "z", "p", "lower95", "upper95");
                for (Coefficient c : result.coefficients()) {
                    csv.writeRecord(c.term(), cell(c.estimate()), cell(Math.exp(c.estimate())), cell(c.stdError()),
                            cell(c.statistic()), cell(c.pValue()), cell(c.lower95()), cell(c.upper95()));
                }
            } else {
                csv.writeRecord("feature", "importance", "lower", "upper");
                for (Importance i : result.importance()) {
                    csv.writeRecord(i.feature(), cell(i.value()), cell(i.lower()), cell(i.upper()));
                }
            }
        });
    }

    /**
     * The regression's {@code metrics.json}: model, target, features, rows, seed, test share, folds, the summary
     * ({@code r2}, {@code adj_r2}, {@code rse}, {@code f}, {@code f_p}, df) when there is one, held-out {@code rmse},
     * {@code mae}, {@code r2_test}, {@code mape}, the per-fold {@code cv} scores with their mean, and the comparison
     * table when given.
     *
     * <p>Keys: {@code task, model, target, features, columns, source, rows, dropped_rows, seed, test_share, folds},
     * the model's knobs ({@code degree, lambda, lambda_by_cv, trees}, those it uses), then when there is a summary
     * {@code observations, r2, adj_r2, rse, f, f_p, df_model, df_residual}; then {@code test_rows, rmse, mae, r2_test,
     * mape, mape_skipped_rows}; {@code cv} is an object with {@code folds} (one object per fold with {@code rmse, mae,
     * r2, mape}), {@code mean} (the same four averaged) and {@code rmse_sd}; {@code comparison} (only when given)
     * holds one object per model with {@code model}, its knobs, {@code rmse, mae, r2_test, mape} on the hold-out and
     * {@code cv_rmse, cv_rmse_sd, cv_mae, cv_r2} over the folds.
     */
    public String regressionMetrics(RegressionResult result, List<ModelScore> comparison) {
        return OutputFiles.json(json -> {
            json.writeStartObject();
            json.writeStringField("task", "regression");
            header(json, result.settings().model().key(), result.data(), result.evaluation());
            regressionKnobs(json, result.settings(), result.lambda());
            OlsSummary s = result.summary();
            if (s != null) {
                json.writeNumberField("observations", s.observations());
                number(json, "r2", s.rSquared());
                number(json, "adj_r2", s.adjustedRSquared());
                number(json, "rse", s.residualStandardError());
                number(json, "f", s.fStatistic());
                number(json, "f_p", s.fPValue());
                json.writeNumberField("df_model", s.modelDf());
                json.writeNumberField("df_residual", s.residualDf());
            }
            json.writeNumberField("test_rows", result.heldOut().size());
            FitMetrics t = result.test();
            number(json, "rmse", t.rmse());
            number(json, "mae", t.mae());
            number(json, "r2_test", t.rSquared());
            number(json, "mape", t.mape());
            json.writeNumberField("mape_skipped_rows", t.mapeSkipped());
            json.writeObjectFieldStart("cv");
            json.writeArrayFieldStart("folds");
            for (FitMetrics f : result.folds()) {
                json.writeStartObject();
                fitMetrics(json, f);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("mean");
            number(json, "rmse", mean(result.folds(), FitMetrics::rmse));
            number(json, "mae", mean(result.folds(), FitMetrics::mae));
            number(json, "r2", mean(result.folds(), FitMetrics::rSquared));
            number(json, "mape", mean(result.folds(), FitMetrics::mape));
            json.writeEndObject();
            number(json, "rmse_sd", new ModelScore(result.settings(), t, result.folds()).cvRmseSd());
            json.writeEndObject();
            if (comparison != null && !comparison.isEmpty()) {
                json.writeArrayFieldStart("comparison");
                for (ModelScore score : comparison) {
                    json.writeStartObject();
                    json.writeStringField("model", score.settings().model().key());
                    regressionKnobs(json, score.settings(), score.settings().lambda());
                    number(json, "rmse", score.test().rmse());
                    number(json, "mae", score.test().mae());
                    number(json, "r2_test", score.test().rSquared());
                    number(json, "mape", score.test().mape());
                    number(json, "cv_rmse", score.cvRmse());
                    number(json, "cv_rmse_sd", score.cvRmseSd());
                    number(json, "cv_mae", mean(score.folds(), FitMetrics::mae));
                    number(json, "cv_r2", mean(score.folds(), FitMetrics::rSquared));
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        });
    }

    /**
     * The classification's {@code metrics.json}: model, target, features, rows, positives, seed, {@code auc},
     * {@code average_precision}, and at {@code threshold}: {@code accuracy}, {@code precision}, {@code recall},
     * {@code f1} and the confusion matrix; the per-fold AUC; the comparison table when given.
     *
     * <p>Keys: {@code task, model, target, features, columns, source, rows, dropped_rows, seed, test_share, folds,
     * balance}, the knobs used ({@code lambda} for logistic regression, {@code trees} for trees), {@code positives,
     * test_rows, test_positives, auc, average_precision, base_rate, suggested_threshold, threshold, accuracy,
     * precision, recall, specificity, f1}, {@code confusion} ({@code tp, fp, tn, fn}), {@code cv_auc} (per fold),
     * {@code cv_auc_mean, cv_auc_sd}; {@code comparison} (only when given): per model {@code model, balance}, its
     * knobs, {@code auc, average_precision, f1, cv_auc, cv_auc_sd}.
     */
    public String classificationMetrics(ClassificationResult result, double threshold,
                                        List<ClassifierScore> comparison) {
        return OutputFiles.json(json -> {
            json.writeStartObject();
            json.writeStringField("task", "classification");
            header(json, result.settings().model().key(), result.data(), result.evaluation());
            classifierKnobs(json, result.settings());
            json.writeNumberField("positives", result.positives());
            json.writeNumberField("test_rows", result.heldOut().size());
            int testPositives = 0;
            for (double a : result.heldOut().actual()) {
                testPositives += a == 1 ? 1 : 0;
            }
            json.writeNumberField("test_positives", testPositives);
            number(json, "auc", result.roc().auc());
            number(json, "average_precision", result.precisionRecall().averagePrecision());
            number(json, "base_rate", result.precisionRecall().baseRate());
            number(json, "suggested_threshold", result.threshold());
            number(json, "threshold", threshold);
            ConfusionMatrix c = result.confusion(threshold);
            number(json, "accuracy", c.accuracy());
            number(json, "precision", c.precision());
            number(json, "recall", c.recall());
            number(json, "specificity", c.specificity());
            number(json, "f1", c.f1());
            json.writeObjectFieldStart("confusion");
            json.writeNumberField("tp", c.truePositives());
            json.writeNumberField("fp", c.falsePositives());
            json.writeNumberField("tn", c.trueNegatives());
            json.writeNumberField("fn", c.falseNegatives());
            json.writeEndObject();
            numbers(json, "cv_auc", result.foldAuc());
            ClassifierScore own = new ClassifierScore(result.settings(), result.roc().auc(),
                    result.precisionRecall().averagePrecision(), c.f1(), result.foldAuc());
            number(json, "cv_auc_mean", own.cvAuc());
            number(json, "cv_auc_sd", own.cvAucSd());
            if (comparison != null && !comparison.isEmpty()) {
                json.writeArrayFieldStart("comparison");
                for (ClassifierScore score : comparison) {
                    json.writeStartObject();
                    json.writeStringField("model", score.settings().model().key());
                    classifierKnobs(json, score.settings());
                    number(json, "auc", score.auc());
                    number(json, "average_precision", score.averagePrecision());
                    number(json, "f1", score.f1());
                    number(json, "cv_auc", score.cvAuc());
                    number(json, "cv_auc_sd", score.cvAucSd());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        });
    }

    /**
     * The model's settings as a JSON object, for saved runs: {@code model}, the knobs it uses ({@code degree},
     * {@code lambda} with {@code lambda_by_cv}, {@code trees}), {@code test_share}, {@code folds}, {@code seed}.
     */
    public String regressionParameters(RegressionResult result) {
        return OutputFiles.json(json -> {
            json.writeStartObject();
            json.writeStringField("model", result.settings().model().key());
            regressionKnobs(json, result.settings(), result.lambda());
            evaluation(json, result.evaluation());
            json.writeEndObject();
        });
    }

    /**
     * The classifier's settings as a JSON object, for saved runs: {@code model}, {@code balance}, {@code lambda}
     * or {@code trees}, the suggested {@code threshold}, {@code test_share}, {@code folds}, {@code seed}.
     */
    public String classificationParameters(ClassificationResult result) {
        return OutputFiles.json(json -> {
            json.writeStartObject();
            json.writeStringField("model", result.settings().model().key());
            classifierKnobs(json, result.settings());
            number(json, "threshold", result.threshold());
            evaluation(json, result.evaluation());
            json.writeEndObject();
        });
    }

    /** {@code predictions.csv}: {@code id,<column>} per row. */
    public void writePredictions(Path file, List<String> rowIds, String column, double[] values) throws IOException {
        if (rowIds.size() != values.length) {
            throw new IllegalArgumentException("one value per row id");
        }
        OutputFiles.writeCsv(file, csv -> {
            csv.writeRecord("id", column);
            for (int i = 0; i < values.length; i++) {
                csv.writeRecord(rowIds.get(i), cell(values[i]));
            }
        });
    }

    /**
     * {@code scores.csv}: {@code id,score,predicted,actual,factor1,effect1,...} per row, {@code predicted} 1 when the
     * score is at or above {@code threshold}, {@code actual} empty where unknown (NaN). {@code actual} may be null
     * (all unknown) and {@code factors} null or empty (no factor columns); there are as many factor pairs as the
     * longest list, shorter lists leave their cells empty.
     */
    public void writeScores(Path file, List<String> rowIds, double[] scores, double[] actual, double threshold,
                            List<List<ScoreFactor>> factors) throws IOException {
        if (rowIds.size() != scores.length || (actual != null && actual.length != scores.length)
                || (factors != null && !factors.isEmpty() && factors.size() != scores.length)) {
            throw new IllegalArgumentException("one score, actual value and factor list per row id");
        }
        int pairs = factors == null ? 0 : factors.stream().mapToInt(List::size).max().orElse(0);
        OutputFiles.writeCsv(file, csv -> {
            List<String> header = new ArrayList<>(List.of("id", "score", "predicted", "actual"));
            for (int k = 1; k <= pairs; k++) {
                header.add("factor" + k);
                header.add("effect" + k);
            }
            csv.writeRecord(header);
            for (int i = 0; i < scores.length; i++) {
                List<String> row = new ArrayList<>(4 + 2 * pairs);
                row.add(rowIds.get(i));
                row.add(cell(scores[i]));
                row.add(Double.isNaN(scores[i]) ? "" : scores[i] >= threshold ? "1" : "0");
                row.add(actual == null ? "" : cell(actual[i]));
                List<ScoreFactor> mine = pairs == 0 ? List.of() : factors.get(i);
                for (int k = 0; k < pairs; k++) {
                    row.add(k < mine.size() ? mine.get(k).feature() : "");
                    row.add(k < mine.size() ? cell(mine.get(k).effect()) : "");
                }
                csv.writeRecord(row);
            }
        });
    }

    /** Writes {@code json} (from the methods above) to {@code file}. */
    public void writeJson(Path file, String json) throws IOException {
        OutputFiles.writeText(file, json);
    }

    private static void header(JsonGenerator json, String model, PredictorData data, Evaluation evaluation)
            throws IOException {
        json.writeStringField("model", model);
        json.writeStringField("target", data.target());
        strings(json, "features", data.encoding().features());
        strings(json, "columns", data.encoding().columns());
        json.writeStringField("source", data.source());
        json.writeNumberField("rows", data.rows());
        json.writeNumberField("dropped_rows", data.droppedRows());
        evaluation(json, evaluation);
    }

    private static void evaluation(JsonGenerator json, Evaluation evaluation) throws IOException {
        json.writeNumberField("seed", evaluation.seed());
        number(json, "test_share", evaluation.testShare());
        json.writeNumberField("folds", evaluation.folds());
    }

    private static void regressionKnobs(JsonGenerator json, RegressionSettings settings, double lambdaUsed)
            throws IOException {
        RegressionModel model = settings.model();
        if (model == RegressionModel.POLYNOMIAL) {
            json.writeNumberField("degree", settings.degree());
        }
        if (model == RegressionModel.RIDGE || model == RegressionModel.LASSO) {
            number(json, "lambda", lambdaUsed);
            json.writeBooleanField("lambda_by_cv", Double.isNaN(settings.lambda()));
        }
        if (model == RegressionModel.RANDOM_FOREST || model == RegressionModel.GRADIENT_BOOSTING) {
            json.writeNumberField("trees", settings.trees());
        }
    }

    private static void classifierKnobs(JsonGenerator json, ClassificationSettings settings) throws IOException {
        json.writeStringField("balance", settings.balance().key());
        if (settings.model() == ClassifierModel.LOGISTIC) {
            number(json, "lambda", settings.lambda());
        } else {
            json.writeNumberField("trees", settings.trees());
        }
    }

    private static void fitMetrics(JsonGenerator json, FitMetrics f) throws IOException {
        number(json, "rmse", f.rmse());
        number(json, "mae", f.mae());
        number(json, "r2", f.rSquared());
        number(json, "mape", f.mape());
    }

    private static double mean(List<FitMetrics> folds, java.util.function.ToDoubleFunction<FitMetrics> metric) {
        return folds.stream().mapToDouble(metric).average().orElse(Double.NaN);
    }
}

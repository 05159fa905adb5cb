package org.crmworkbench.present.predict;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crmworkbench.analysis.predict.ClassificationResult;
import org.crmworkbench.analysis.predict.ClassifierScore;
import org.crmworkbench.analysis.predict.ModelScore;
import org.crmworkbench.analysis.predict.RegressionResult;
import org.crmworkbench.analysis.predict.ScoreFactor;

/**
 * The Predict workspace's files: coefficient tables, metrics as JSON, predictions and scores as CSV. Column names and
 * JSON keys are fixed English identifiers (for scripts); numbers are written with full precision.
 */
public final class PredictFiles {

    /**
     * {@code coefficients.csv}: for linear models {@code term,estimate,std_error,t,p,lower95,upper95} (the constant
     * named {@code intercept}; empty cells where a model gives no standard error); for other models
     * {@code feature,importance,lower,upper}.
     */
    public void writeCoefficients(Path file, RegressionResult result) throws IOException {
        throw new UnsupportedOperationException("not yet built");
    }

    /**
     * The regression's {@code metrics.json}: model, target, features, rows, seed, test share, folds, the summary
     * ({@code r2}, {@code adj_r2}, {@code rse}, {@code f}, {@code f_p}, df) when there is one, held-out {@code rmse},
     * {@code mae}, {@code r2_test}, {@code mape}, the per-fold {@code cv} scores with their mean, and the comparison
     * table when given.
     */
    public String regressionMetrics(RegressionResult result, List<ModelScore> comparison) {
        throw new UnsupportedOperationException("not yet built");
    }

    /**
     * The classification's {@code metrics.json}: model, target, features, rows, positives, seed, {@code auc},
     * {@code average_precision}, and at {@code threshold}: {@code accuracy}, {@code precision}, {@code recall},
     * {@code f1} and the confusion matrix; the per-fold AUC; the comparison table when given.
     */
    public String classificationMetrics(ClassificationResult result, double threshold,
                                        List<ClassifierScore> comparison) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** The model's settings as a JSON object, for saved runs. */
    public String regressionParameters(RegressionResult result) {
        throw new UnsupportedOperationException("not yet built");
    }

    public String classificationParameters(ClassificationResult result) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** {@code predictions.csv}: {@code id,<column>} per row. */
    public void writePredictions(Path file, List<String> rowIds, String column, double[] values) throws IOException {
        throw new UnsupportedOperationException("not yet built");
    }

    /**
     * {@code scores.csv}: {@code id,score,predicted,actual,factor1,effect1,...} per row, {@code predicted} 1 when the
     * score is at or above {@code threshold}, {@code actual} empty where unknown (NaN).
     */
    public void writeScores(Path file, List<String> rowIds, double[] scores, double[] actual, double threshold,
                            List<List<ScoreFactor>> factors) throws IOException {
        throw new UnsupportedOperationException("not yet built");
    }

    /** Writes {@code json} (from the methods above) to {@code file}. */
    public void writeJson(Path file, String json) throws IOException {
        throw new UnsupportedOperationException("not yet built");
    }
}

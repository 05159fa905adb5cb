package org.crmworkbench.present.predict;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmworkbench.analysis.predict.ClassificationResult;
import org.crmworkbench.analysis.predict.ClassifierScore;
import org.crmworkbench.analysis.predict.ModelScore;
import org.crmworkbench.analysis.predict.RegressionResult;
import org.crmworkbench.i18n.Messages;
import org.jfree.chart.JFreeChart;

/** The charts of the Predict workspace, for the window and for files. */
public final class PredictCharts {
    private final Messages messages;

    public PredictCharts(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Held-out actual values against predictions, with the line of perfect prediction. */
    public JFreeChart actualVsPredicted(RegressionResult result) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** Held-out residuals against predictions, with the zero line. */
    public JFreeChart residuals(RegressionResult result) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** Coefficients with 95% intervals (linear models) or feature importance (others). */
    public JFreeChart coefficients(RegressionResult result) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** Cross-validated RMSE per model with its spread. */
    public JFreeChart comparison(List<ModelScore> scores) {
        throw new UnsupportedOperationException("not yet built");
    }

    public JFreeChart roc(ClassificationResult result) {
        throw new UnsupportedOperationException("not yet built");
    }

    public JFreeChart precisionRecall(ClassificationResult result) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** Cumulative gains with the random and perfect lines, and lift. */
    public JFreeChart gains(ClassificationResult result) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** Coefficients (logistic) or permutation importance (trees) of a classifier. */
    public JFreeChart importance(ClassificationResult result) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** Cross-validated AUC per classifier with its spread. */
    public JFreeChart classifierComparison(List<ClassifierScore> scores) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** The regression charts by file name: {@code actual-vs-predicted}, {@code residuals}, {@code coefficients}. */
    public Map<String, JFreeChart> regressionCharts(RegressionResult result) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** The classification charts by file name: {@code roc}, {@code precision-recall}, {@code gains}, {@code importance}. */
    public Map<String, JFreeChart> classificationCharts(ClassificationResult result) {
        throw new UnsupportedOperationException("not yet built");
    }
}

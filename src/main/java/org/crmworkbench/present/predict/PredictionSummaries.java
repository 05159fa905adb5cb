package org.crmworkbench.present.predict;

import java.util.Arrays;
import java.util.Objects;
import org.crmworkbench.analysis.predict.ClassificationResult;
import org.crmworkbench.analysis.predict.ClassifierScore;
import org.crmworkbench.analysis.predict.FitMetrics;
import org.crmworkbench.analysis.predict.ModelScore;
import org.crmworkbench.analysis.predict.OlsSummary;
import org.crmworkbench.analysis.predict.RegressionResult;
import org.crmworkbench.i18n.Messages;

/** The lines the Predict workspace shows above and beside a fit, in the current language. */
public final class PredictionSummaries {
    private final Messages messages;
    private final PredictFormats formats;

    public PredictionSummaries(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = new PredictFormats(messages);
    }

    /** What stands in the metrics line while there is no fit. */
    public String noFit(boolean fitting) {
        return messages.get(fitting ? "predict.summary.fitting" : "predict.summary.noFit");
    }

    /** Held-out RMSE, MAE, R² and MAPE, cross-validated RMSE and the penalty chosen. */
    public String regressionMetrics(RegressionResult r) {
        FitMetrics t = r.test();
        ModelScore own = new ModelScore(r.settings(), t, r.folds());
        String cv = r.folds().isEmpty() ? messages.get("predict.summary.noCv")
                : messages.get("predict.summary.cv", r.folds().size(), formats.meanSd(own.cvRmse(), own.cvRmseSd()));
        String lambda = Double.isFinite(r.lambda()) ? "  " + messages.get("predict.summary.lambda",
                formats.number(r.lambda(), 4)) : "";
        return messages.get("predict.summary.regression", messages.get("predict.ui.model."
                        + r.settings().model().key()), formats.count(r.data().rows()), formats.count(r.heldOut().size()),
                formats.number(t.rmse(), 2), formats.number(t.mae(), 2), formats.number(t.rSquared(), 3),
                Double.isFinite(t.mape()) ? formats.number(t.mape(), 1) + " %" : "–") + "  " + cv + lambda;
    }

    /** R's summary lines for least squares; otherwise what the coefficient table holds. */
    public String regressionSummary(RegressionResult r) {
        OlsSummary s = r.summary();
        if (s != null) {
            return messages.get("predict.summary.ols", formats.number(s.residualStandardError(), 3),
                    formats.count(s.residualDf()), formats.number(s.rSquared(), 4),
                    formats.number(s.adjustedRSquared(), 4), formats.number(s.fStatistic(), 2),
                    formats.count(s.modelDf()), formats.count(s.residualDf()), formats.p(s.fPValue()),
                    formats.count(s.observations())) + "\n" + messages.get("predict.summary.stars");
        }
        return r.coefficients().isEmpty() ? messages.get("predict.summary.noCoefficients")
                : messages.get("predict.summary.penalised");
    }

    /** Rows, churners, held-out AUC, average precision, base rate and cross-validated AUC. */
    public String churnMetrics(ClassificationResult r) {
        double cvAuc = Arrays.stream(r.foldAuc()).average().orElse(Double.NaN);
        String cv = r.foldAuc().length == 0 ? messages.get("predict.summary.noCv")
                : messages.get("predict.summary.cvAuc", r.foldAuc().length, formats.meanSd(cvAuc,
                new ClassifierScore(r.settings(), 0, 0, 0, r.foldAuc()).cvAucSd()));
        return messages.get("predict.summary.churn", messages.get("predict.ui.classifier."
                        + r.settings().model().key()), formats.count(r.data().rows()), formats.count(r.positives()),
                formats.count(r.heldOut().size()), formats.number(r.roc().auc(), 3),
                formats.number(r.precisionRecall().averagePrecision(), 3),
                formats.percent(r.precisionRecall().baseRate())) + "  " + cv;
    }

    /** The threshold as the slider's label shows it. */
    public String threshold(double cut) {
        return formats.number(cut, 3);
    }
}

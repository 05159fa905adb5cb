package org.crmworkbench.workflow;

import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.analysis.predict.Evaluation;
import org.crmworkbench.analysis.predict.ModelScore;
import org.crmworkbench.analysis.predict.PredictorData;
import org.crmworkbench.analysis.predict.RegressionModel;
import org.crmworkbench.analysis.predict.RegressionResult;
import org.crmworkbench.analysis.predict.RegressionSettings;
import org.crmworkbench.analysis.predict.RegressionStudy;
import org.crmworkbench.model.PredictionRunRecord;
import org.crmworkbench.present.predict.PredictFiles;
import org.crmworkbench.work.Progress;

/** A regression of a numeric target (next-window spend by default): the seven models, best by lowest RMSE. */
public final class RegressionTask implements PredictionTask<RegressionSettings, RegressionResult, ModelScore> {

    @Override
    public String kind() {
        return PredictionRunRecord.REGRESSION;
    }

    @Override
    public String modelKey(RegressionSettings settings) {
        return settings.model().key();
    }

    @Override
    public RegressionSettings settings(RegressionResult result) {
        return result.settings();
    }

    @Override
    public PredictorData data(RegressionResult result) {
        return result.data();
    }

    @Override
    public Evaluation evaluation(RegressionResult result) {
        return result.evaluation();
    }

    @Override
    public List<RegressionSettings> every(RegressionSettings knobs) {
        List<RegressionSettings> all = new ArrayList<>();
        for (RegressionModel m : RegressionModel.values()) {
            all.add(new RegressionSettings(m, knobs.degree(), knobs.lambda(), knobs.trees()));
        }
        return all;
    }

    @Override
    public RegressionResult fit(PredictorData data, Evaluation evaluation, RegressionSettings settings,
                                Progress progress) {
        return new RegressionStudy(data, evaluation).fit(settings, progress);
    }

    @Override
    public List<ModelScore> compare(PredictorData data, Evaluation evaluation, List<RegressionSettings> all,
                                    Progress progress) {
        return new RegressionStudy(data, evaluation).compare(all, progress);
    }

    @Override
    public double[] score(RegressionResult result, double[][] rows) {
        return result.model().predict(rows);
    }

    /** The model with the lowest cross-validated RMSE (held-out RMSE without folds). */
    @Override
    public int best(List<ModelScore> scores) {
        int best = -1;
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < scores.size(); i++) {
            double v = Double.isFinite(scores.get(i).cvRmse()) ? scores.get(i).cvRmse() : scores.get(i).test().rmse();
            if (v < lowest) {
                lowest = v;
                best = i;
            }
        }
        return best;
    }

    @Override
    public String parameters(RegressionResult result) {
        return new PredictFiles().regressionParameters(result);
    }

    @Override
    public String metrics(RegressionResult result, double threshold, List<ModelScore> comparison) {
        return new PredictFiles().regressionMetrics(result, comparison);
    }
}

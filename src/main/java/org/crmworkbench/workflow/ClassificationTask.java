package org.crmworkbench.workflow;

import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.analysis.predict.ChurnStudy;
import org.crmworkbench.analysis.predict.ClassificationResult;
import org.crmworkbench.analysis.predict.ClassificationSettings;
import org.crmworkbench.analysis.predict.ClassifierModel;
import org.crmworkbench.analysis.predict.ClassifierScore;
import org.crmworkbench.analysis.predict.Evaluation;
import org.crmworkbench.analysis.predict.PredictorData;
import org.crmworkbench.analysis.predict.ScoreFactor;
import org.crmworkbench.model.PredictionRunRecord;
import org.crmworkbench.present.predict.PredictFiles;
import org.crmworkbench.work.Progress;

/**
 * A classifier of a 0/1 target (churn by default): the three classifiers, best by highest AUC, and the factors that
 * move each customer's score.
 */
public final class ClassificationTask
        implements PredictionTask<ClassificationSettings, ClassificationResult, ClassifierScore> {
    /** Factors listed beside each score. */
    public static final int FACTORS = 3;

    @Override
    public String kind() {
        return PredictionRunRecord.CLASSIFICATION;
    }

    @Override
    public String modelKey(ClassificationSettings settings) {
        return settings.model().key();
    }

    @Override
    public ClassificationSettings settings(ClassificationResult result) {
        return result.settings();
    }

    @Override
    public PredictorData data(ClassificationResult result) {
        return result.data();
    }

    @Override
    public Evaluation evaluation(ClassificationResult result) {
        return result.evaluation();
    }

    @Override
    public List<ClassificationSettings> every(ClassificationSettings knobs) {
        List<ClassificationSettings> all = new ArrayList<>();
        for (ClassifierModel m : ClassifierModel.values()) {
            all.add(new ClassificationSettings(m, knobs.balance(), knobs.lambda(), knobs.trees()));
        }
        return all;
    }

    @Override
    public ClassificationResult fit(PredictorData data, Evaluation evaluation, ClassificationSettings settings,
                                    Progress progress) {
        return new ChurnStudy(data, evaluation).fit(settings, progress);
    }

    @Override
    public List<ClassifierScore> compare(PredictorData data, Evaluation evaluation, List<ClassificationSettings> all,
                                         Progress progress) {
        return new ChurnStudy(data, evaluation).compare(all, progress);
    }

    @Override
    public double[] score(ClassificationResult result, double[][] rows) {
        return result.model().score(rows);
    }

    /** The classifier with the highest cross-validated AUC (held-out AUC without folds). */
    @Override
    public int best(List<ClassifierScore> scores) {
        int best = -1;
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.size(); i++) {
            double v = Double.isFinite(scores.get(i).cvAuc()) ? scores.get(i).cvAuc() : scores.get(i).auc();
            if (v > highest) {
                highest = v;
                best = i;
            }
        }
        return best;
    }

    @Override
    public String parameters(ClassificationResult result) {
        return new PredictFiles().classificationParameters(result);
    }

    @Override
    public String metrics(ClassificationResult result, double threshold, List<ClassifierScore> comparison) {
        return new PredictFiles().classificationMetrics(result, threshold, comparison);
    }

    /** The {@link #FACTORS} factors that move each encoded row's score most. */
    public static List<List<ScoreFactor>> factors(ClassificationResult result, double[][] rows, Progress progress) {
        List<List<ScoreFactor>> factors = new ArrayList<>(rows.length);
        for (double[] row : rows) {
            progress.checkCancelled();
            factors.add(result.model().factors(row, FACTORS));
        }
        return factors;
    }
}

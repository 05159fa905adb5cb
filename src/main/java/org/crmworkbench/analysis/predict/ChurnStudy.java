package org.crmworkbench.analysis.predict;

import java.util.List;
import java.util.Objects;
import org.crmworkbench.work.Progress;

/**
 * Fits, evaluates and compares classifiers of a 0/1 target (churn, or any 0/1 column) with one evaluation plan.
 * The hold-out and the folds are stratified, so each keeps the share of positives.
 */
public final class ChurnStudy {
    private final PredictorData data;
    private final Evaluation evaluation;

    /**
     * @throws org.crmworkbench.work.BadParameterException naming {@code target} when a target value is not 0 or 1
     *         (the message names the row) or one class is missing
     */
    public ChurnStudy(PredictorData data, Evaluation evaluation) {
        this.data = Objects.requireNonNull(data, "data");
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
    }

    public PredictorData data() {
        return data;
    }

    public ClassificationResult fit(ClassificationSettings settings, Progress progress) {
        throw new UnsupportedOperationException("not yet built");
    }

    public List<ClassifierScore> compare(List<ClassificationSettings> settings, Progress progress) {
        throw new UnsupportedOperationException("not yet built");
    }
}

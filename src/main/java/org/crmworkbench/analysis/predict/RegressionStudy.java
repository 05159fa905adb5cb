package org.crmworkbench.analysis.predict;

import java.util.List;
import java.util.Objects;
import org.crmworkbench.work.Progress;

/** Fits, evaluates and compares regression models on one set of rows with one evaluation plan. */
public final class RegressionStudy {
    private final PredictorData data;
    private final Evaluation evaluation;

    public RegressionStudy(PredictorData data, Evaluation evaluation) {
        this.data = Objects.requireNonNull(data, "data");
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
    }

    public PredictorData data() {
        return data;
    }

    public Evaluation evaluation() {
        return evaluation;
    }

    /** Fits one model: hold-out metrics, cross-validation, summary or importance, and the model refitted on all rows. */
    public RegressionResult fit(RegressionSettings settings, Progress progress) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** Hold-out and cross-validation metrics of several models, in the order given. */
    public List<ModelScore> compare(List<RegressionSettings> settings, Progress progress) {
        throw new UnsupportedOperationException("not yet built");
    }
}

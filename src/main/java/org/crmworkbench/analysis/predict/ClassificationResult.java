package org.crmworkbench.analysis.predict;

import java.util.List;

/**
 * A fitted classifier and its honest evaluation on held-out rows.
 *
 * @param settings         the model and knobs
 * @param evaluation       the split, folds and seed
 * @param data             the rows (target 0 or 1)
 * @param positives        rows whose target is 1
 * @param heldOut          held-out rows: actual 0/1 and the score of the model fitted on the rest
 * @param roc              ROC of {@code heldOut}
 * @param precisionRecall  precision-recall curve of {@code heldOut}
 * @param gains            cumulative gains of {@code heldOut}
 * @param threshold        the suggested threshold: the one with the highest F1 on {@code heldOut}
 * @param coefficients     logistic regression's coefficients on all rows (log-odds, z and p); empty for trees
 * @param importance       feature importance, largest first
 * @param importanceKind   what {@code importance} measures
 * @param foldAuc          AUC of each cross-validation fold (empty when folds = 0)
 * @param model            the model refitted on all rows
 */
public record ClassificationResult(ClassificationSettings settings, Evaluation evaluation, PredictorData data,
                                   int positives, HeldOut heldOut, RocCurve roc,
                                   PrecisionRecallCurve precisionRecall, GainsCurve gains, double threshold,
                                   List<Coefficient> coefficients, List<Importance> importance,
                                   Importance.Kind importanceKind, double[] foldAuc, FittedClassifier model) {
    public ClassificationResult {
        coefficients = List.copyOf(coefficients);
        importance = List.copyOf(importance);
    }

    /** The confusion matrix of the held-out rows at {@code cut}. */
    public ConfusionMatrix confusion(double cut) {
        return ConfusionMatrix.at(cut, heldOut.actual(), heldOut.predicted());
    }
}

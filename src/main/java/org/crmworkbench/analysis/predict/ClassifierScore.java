package org.crmworkbench.analysis.predict;

/**
 * One row of the classifier comparison table (held-out figures at each model's suggested threshold).
 *
 * @param settings         the model and knobs
 * @param auc              held-out ROC AUC
 * @param averagePrecision held-out average precision
 * @param f1               held-out F1 at the suggested threshold
 * @param foldAuc          AUC per cross-validation fold
 */
public record ClassifierScore(ClassificationSettings settings, double auc, double averagePrecision, double f1,
                              double[] foldAuc) {

    public double cvAuc() {
        return java.util.Arrays.stream(foldAuc).average().orElse(Double.NaN);
    }

    public double cvAucSd() {
        return ModelScore.spread(foldAuc);
    }
}

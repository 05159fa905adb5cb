package org.crmworkbench.analysis.predict;

import org.crmworkbench.work.BadParameterException;

/**
 * How a model is evaluated: a seeded hold-out for the charts and test figures, and k-fold cross-validation on the
 * same rows for the comparison table. The final model is refitted on all rows.
 *
 * @param testShare share of rows held out, 0.05..0.5
 * @param folds     cross-validation folds, 2..20 (0 skips cross-validation)
 * @param seed      seed of the split, the folds and any randomised model
 */
public record Evaluation(double testShare, int folds, long seed) {
    public static final double DEFAULT_TEST_SHARE = 0.25;
    public static final int DEFAULT_FOLDS = 5;
    public static final long DEFAULT_SEED = 20261123L;

    public Evaluation {
        if (!(testShare >= 0.05 && testShare <= 0.5)) {
            throw new BadParameterException("test-share", "predict.error.testShare",
                    "the test share must be between 0.05 and 0.5", testShare);
        }
        if (folds != 0 && (folds < 2 || folds > 20)) {
            throw new BadParameterException("folds", "predict.error.folds", "folds must be between 2 and 20", folds);
        }
    }

    public static Evaluation defaults() {
        return new Evaluation(DEFAULT_TEST_SHARE, DEFAULT_FOLDS, DEFAULT_SEED);
    }
}

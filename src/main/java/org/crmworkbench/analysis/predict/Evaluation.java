package org.crmworkbench.analysis.predict;

import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.DoubleRange;
import org.crmworkbench.work.IntRange;

/**
 * How a model is evaluated: a seeded hold-out for the charts and test figures, and k-fold cross-validation on the
 * same rows for the comparison table. The final model is refitted on all rows.
 *
 * @param testShare share of rows held out, {@link #TEST_SHARE}
 * @param folds     cross-validation folds, {@link #FOLDS} (0 skips cross-validation)
 * @param seed      seed of the split, the folds and any randomised model (the window offers {@link #SEED})
 */
public record Evaluation(double testShare, int folds, long seed) {
    /** The share of rows held out. */
    public static final DoubleRange TEST_SHARE = new DoubleRange("test-share", 0.05, 0.5, 0.05);
    /** Cross-validation folds; 0 (no cross-validation) is accepted as well. */
    public static final IntRange FOLDS = new IntRange("folds", 2, 20);
    /** The seeds the window's spinner offers (the command line takes any long). */
    public static final IntRange SEED = IntRange.SEEDS;
    public static final double DEFAULT_TEST_SHARE = 0.25;
    public static final int DEFAULT_FOLDS = 5;
    public static final long DEFAULT_SEED = 20261123L;

    public Evaluation {
        if (!TEST_SHARE.contains(testShare)) {
            throw new BadParameterException("test-share", "predict.error.testShare", "the test share must be between "
                    + TEST_SHARE.min() + " and " + TEST_SHARE.max(), testShare, TEST_SHARE.min(), TEST_SHARE.max());
        }
        if (folds != 0 && !FOLDS.contains(folds)) {
            throw new BadParameterException("folds", "predict.error.folds", "folds must be between " + FOLDS.min()
                    + " and " + FOLDS.max(), folds, FOLDS.min(), FOLDS.max());
        }
    }

    public static Evaluation defaults() {
        return new Evaluation(DEFAULT_TEST_SHARE, DEFAULT_FOLDS, DEFAULT_SEED);
    }
}

package org.crmworkbench.analysis.assistant;

import org.crmworkbench.work.BadParameterException;

/**
 * How the assistant is trained and when it hands over.
 *
 * @param threshold       the confidence below which a question is handed over, 0..1; NaN to choose it on held-out
 *                        examples
 * @param margin          the least top-1 minus top-2 confidence to answer, 0..1; NaN to choose it with the threshold
 * @param oosLabel        the reserved intent label of out-of-scope examples ({@code out_of_scope} by default)
 * @param folds           cross-validation folds for calibration and the choice of threshold (2..20)
 * @param wrongAnswerCost what a wrong answer costs against a correct one when the threshold is chosen: the choice
 *                        maximises correct answers + out-of-scope questions handed over - cost x wrong answers
 *                        (0 = the CLINC150 paper's rule, accuracy with out of scope as one more class)
 * @param seed            the seed of the folds
 */
public record AssistantSettings(double threshold, double margin, String oosLabel, int folds, double wrongAnswerCost,
                                long seed) {
    public static final String DEFAULT_OOS_LABEL = "out_of_scope";
    public static final int DEFAULT_FOLDS = 5;
    public static final double DEFAULT_WRONG_ANSWER_COST = 1.0;
    public static final long DEFAULT_SEED = 17L;

    public AssistantSettings {
        if (!Double.isNaN(threshold) && !(threshold >= 0 && threshold <= 1)) {
            throw new BadParameterException("threshold", "assistant.error.threshold",
                    "threshold must be between 0 and 1 (got {0})", threshold);
        }
        if (!Double.isNaN(margin) && !(margin >= 0 && margin <= 1)) {
            throw new BadParameterException("margin", "assistant.error.margin",
                    "margin must be between 0 and 1 (got {0})", margin);
        }
        if (oosLabel == null || oosLabel.isBlank()) {
            throw new BadParameterException("oos-label", "assistant.error.oosLabel",
                    "the out-of-scope label must not be empty");
        }
        oosLabel = oosLabel.strip();
        if (folds < 2 || folds > 20) {
            throw new BadParameterException("folds", "assistant.error.folds",
                    "folds must be between 2 and 20 (got {0})", folds);
        }
        if (!(wrongAnswerCost >= 0 && wrongAnswerCost <= 10)) {
            throw new BadParameterException("wrong-answer-cost", "assistant.error.wrongCost",
                    "the cost of a wrong answer must be between 0 and 10 (got {0})", wrongAnswerCost);
        }
    }

    /** Threshold and margin chosen, out-of-scope label {@code out_of_scope}, 5 folds, a wrong answer costs 1. */
    public static AssistantSettings defaults() {
        return new AssistantSettings(Double.NaN, Double.NaN, DEFAULT_OOS_LABEL, DEFAULT_FOLDS,
                DEFAULT_WRONG_ANSWER_COST, DEFAULT_SEED);
    }

    public AssistantSettings withThreshold(double value) {
        return new AssistantSettings(value, margin, oosLabel, folds, wrongAnswerCost, seed);
    }

    public AssistantSettings withMargin(double value) {
        return new AssistantSettings(threshold, value, oosLabel, folds, wrongAnswerCost, seed);
    }

    public AssistantSettings withOosLabel(String value) {
        return new AssistantSettings(threshold, margin, value, folds, wrongAnswerCost, seed);
    }

    public AssistantSettings withWrongAnswerCost(double value) {
        return new AssistantSettings(threshold, margin, oosLabel, folds, value, seed);
    }

    /** Whether the threshold (and the margin, when not given) are to be chosen on held-out examples. */
    public boolean choosesThreshold() {
        return Double.isNaN(threshold);
    }
}

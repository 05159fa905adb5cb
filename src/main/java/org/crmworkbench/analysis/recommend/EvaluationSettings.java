package org.crmworkbench.analysis.recommend;

import java.util.Objects;
import org.crmworkbench.work.BadParameterException;

/**
 * How recommenders are evaluated.
 *
 * @param split             how ratings are held out
 * @param testShare         share of each customer's ratings held out by the random split (0..1, exclusive)
 * @param lastN             ratings per customer held out by the temporal split (the latest ones)
 * @param folds             folds of the k-fold split
 * @param n                 length of the recommendation lists ranking metrics judge (the N of precision@N)
 * @param relevantRating    a held-out rating at or above this counts as relevant for ranking metrics
 * @param seed              seed of the random and k-fold splits
 */
public record EvaluationSettings(SplitKind split, double testShare, int lastN, int folds, int n,
                                 double relevantRating, long seed) {
    public EvaluationSettings {
        Objects.requireNonNull(split, "split");
        if (!(testShare > 0 && testShare < 1)) {
            throw new BadParameterException("test-share", "recommend.eval.testShare",
                    "must be between 0 and 1 (exclusive), was " + testShare, testShare);
        }
        if (lastN < 1) {
            throw new BadParameterException("last", "recommend.param.range",
                    "must be a whole number from 1 to 1000000, was " + lastN, 1, 1_000_000, lastN);
        }
        if (folds < 2 || folds > 50) {
            throw new BadParameterException("folds", "recommend.param.range",
                    "must be a whole number from 2 to 50, was " + folds, 2, 50, folds);
        }
        if (n < 1 || n > 1_000) {
            throw new BadParameterException("n", "recommend.param.range",
                    "must be a whole number from 1 to 1000, was " + n, 1, 1_000, n);
        }
        if (!Double.isFinite(relevantRating)) {
            throw new BadParameterException("relevant", "recommend.param.nonNegative",
                    "must be a number, was " + relevantRating, relevantRating);
        }
    }

    /** Random 20% per customer, N = 10, ratings of 4 and above relevant, 5 folds when k-fold is chosen. */
    public static EvaluationSettings defaults() {
        return new EvaluationSettings(SplitKind.RANDOM, 0.2, 5, 5, 10, 4.0, RecommenderSettings.DEFAULT_SEED);
    }

    public EvaluationSettings withSplit(SplitKind s) {
        return new EvaluationSettings(s, testShare, lastN, folds, n, relevantRating, seed);
    }

    public EvaluationSettings withFolds(int f) {
        return new EvaluationSettings(split, testShare, lastN, f, n, relevantRating, seed);
    }

    public EvaluationSettings withSeed(long s) {
        return new EvaluationSettings(split, testShare, lastN, folds, n, relevantRating, s);
    }

    public EvaluationSettings withN(int listLength) {
        return new EvaluationSettings(split, testShare, lastN, folds, listLength, relevantRating, seed);
    }
}

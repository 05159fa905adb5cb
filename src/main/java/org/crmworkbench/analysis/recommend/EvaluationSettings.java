package org.crmworkbench.analysis.recommend;

import java.util.Objects;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.DoubleRange;
import org.crmworkbench.work.IntRange;

/**
 * How recommenders are evaluated. Each parameter's accepted range is declared here once (the list length N is
 * {@link RecommenderSettings#N}); the window's spinners and the command line read them from here.
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
    /** The share of each customer's ratings the random split holds out; both ends excluded. */
    public static final DoubleRange TEST_SHARE = new DoubleRange("test-share", 0, 1, 0.05);
    public static final IntRange LAST = new IntRange("last", 1, 1_000_000);
    public static final IntRange FOLDS = new IntRange("folds", 2, 50);
    /** Any finite rating can be the threshold of relevance. */
    public static final DoubleRange RELEVANT = new DoubleRange("relevant", -Double.MAX_VALUE, Double.MAX_VALUE, 0.5);

    public EvaluationSettings {
        Objects.requireNonNull(split, "split");
        if (!(testShare > TEST_SHARE.min() && testShare < TEST_SHARE.max())) {
            throw new BadParameterException(TEST_SHARE.parameter(), "recommend.eval.testShare",
                    "must be between 0 and 1 (exclusive), was " + testShare, testShare);
        }
        RecommenderSettings.checked(LAST, lastN);
        RecommenderSettings.checked(FOLDS, folds);
        RecommenderSettings.checked(RecommenderSettings.N, n);
        if (!RELEVANT.contains(relevantRating)) {
            throw new BadParameterException(RELEVANT.parameter(), "recommend.param.nonNegative",
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

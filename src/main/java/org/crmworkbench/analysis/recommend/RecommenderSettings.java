package org.crmworkbench.analysis.recommend;

import java.util.Locale;
import java.util.Objects;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.IntRange;

/**
 * A recommendation method and all its parameters; each method reads the ones it has (see {@link #describe()}).
 * Records compare by value, so settings double as a cache key. Out-of-range values are refused with a
 * {@link BadParameterException} naming the command-line parameter; each whole-number parameter's accepted range is
 * declared here once (the window's spinners and the command line read it from here).
 *
 * @param neighbours       k of the neighbourhood methods
 * @param similarity       how neighbourhood methods compare rating vectors
 * @param minOverlap       neighbourhood methods ignore pairs with fewer ratings in common
 * @param significance     user-kNN and item-kNN Pearson shrink similarities of pairs with fewer common ratings
 *                         than this by overlap/significance (significance weighting); 0 turns it off
 * @param factors          latent factors of matrix factorisation
 * @param epochs           passes over the data (SGD) or alternations (ALS)
 * @param regularisation   L2 penalty on factors and biases
 * @param learningRate     SGD step size
 * @param solver           SGD or ALS for explicit matrix factorisation
 * @param confidence       alpha of implicit ALS: confidence = 1 + alpha x units bought
 * @param coldStartRatings the hybrid treats customers with fewer ratings than this as cold start
 * @param seed             seed of every random choice
 */
public record RecommenderSettings(RecommenderAlgorithm algorithm, int neighbours, Similarity similarity,
                                  int minOverlap, int significance, int factors, int epochs, double regularisation,
                                  double learningRate, FactorSolver solver, double confidence, int coldStartRatings,
                                  long seed) {
    public static final long DEFAULT_SEED = 20_261_123L;
    public static final IntRange NEIGHBOURS = new IntRange("neighbours", 1, 1_000);
    public static final IntRange MIN_OVERLAP = new IntRange("min-overlap", 1, 1_000_000);
    public static final IntRange SIGNIFICANCE = new IntRange("significance", 0, 1_000_000);
    public static final IntRange FACTORS = new IntRange("factors", 1, 500);
    public static final IntRange EPOCHS = new IntRange("epochs", 1, 1_000);
    public static final IntRange COLD_START = new IntRange("cold-start", 0, 1_000_000);
    /** The length of a top-N list: what the recommend verb writes per customer and what the evaluation judges. */
    public static final IntRange N = new IntRange("n", 1, 1_000);

    public RecommenderSettings {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(similarity, "similarity");
        Objects.requireNonNull(solver, "solver");
        checked(NEIGHBOURS, neighbours);
        checked(MIN_OVERLAP, minOverlap);
        checked(SIGNIFICANCE, significance);
        checked(FACTORS, factors);
        checked(EPOCHS, epochs);
        checked(COLD_START, coldStartRatings);
        nonNegative("regularisation", regularisation, false);
        nonNegative("learning-rate", learningRate, true);
        nonNegative("confidence", confidence, false);
    }

    /** The usual parameters of a method: 20 neighbours, cosine, 20 factors, 20 epochs. */
    public static RecommenderSettings defaults(RecommenderAlgorithm algorithm) {
        return new RecommenderSettings(algorithm, 20, Similarity.COSINE, 3, 50, 20, 20, 0.05, 0.01,
                FactorSolver.SGD, 10.0, 5, DEFAULT_SEED);
    }

    public RecommenderSettings withAlgorithm(RecommenderAlgorithm a) {
        return new RecommenderSettings(a, neighbours, similarity, minOverlap, significance, factors, epochs,
                regularisation, learningRate, solver, confidence, coldStartRatings, seed);
    }

    public RecommenderSettings withNeighbours(int k) {
        return new RecommenderSettings(algorithm, k, similarity, minOverlap, significance, factors, epochs,
                regularisation, learningRate, solver, confidence, coldStartRatings, seed);
    }

    public RecommenderSettings withSimilarity(Similarity s) {
        return new RecommenderSettings(algorithm, neighbours, s, minOverlap, significance, factors, epochs,
                regularisation, learningRate, solver, confidence, coldStartRatings, seed);
    }

    public RecommenderSettings withFactors(int f) {
        return new RecommenderSettings(algorithm, neighbours, similarity, minOverlap, significance, f, epochs,
                regularisation, learningRate, solver, confidence, coldStartRatings, seed);
    }

    public RecommenderSettings withEpochs(int e) {
        return new RecommenderSettings(algorithm, neighbours, similarity, minOverlap, significance, factors, e,
                regularisation, learningRate, solver, confidence, coldStartRatings, seed);
    }

    public RecommenderSettings withRegularisation(double r) {
        return new RecommenderSettings(algorithm, neighbours, similarity, minOverlap, significance, factors, epochs,
                r, learningRate, solver, confidence, coldStartRatings, seed);
    }

    public RecommenderSettings withSolver(FactorSolver s) {
        return new RecommenderSettings(algorithm, neighbours, similarity, minOverlap, significance, factors, epochs,
                regularisation, learningRate, s, confidence, coldStartRatings, seed);
    }

    public RecommenderSettings withSeed(long s) {
        return new RecommenderSettings(algorithm, neighbours, similarity, minOverlap, significance, factors, epochs,
                regularisation, learningRate, solver, confidence, coldStartRatings, s);
    }

    /** The parameters this method reads, as {@code name=value} pairs in command-line names. */
    public String describe() {
        return switch (algorithm) {
            case POPULAR -> "";
            case BASELINE -> "regularisation=" + num(regularisation);
            case USER_KNN -> "neighbours=" + neighbours + " similarity=" + similarity.cliName() + " min_overlap="
                    + minOverlap + " significance=" + significance;
            case ITEM_KNN -> "neighbours=" + neighbours + " similarity=" + similarity.cliName() + " min_overlap="
                    + minOverlap + (similarity == Similarity.PEARSON ? " significance=" + significance : "");
            case MF -> "solver=" + solver.cliName() + " factors=" + factors + " epochs=" + epochs
                    + " regularisation=" + num(regularisation)
                    + (solver == FactorSolver.SGD ? " learning_rate=" + num(learningRate) : "") + " seed=" + seed;
            case IMPLICIT -> "factors=" + factors + " epochs=" + epochs + " regularisation=" + num(regularisation)
                    + " confidence=" + num(confidence) + " seed=" + seed;
            case CONTENT -> "tf-idf";
            case HYBRID -> "neighbours=" + neighbours + " factors=" + factors + " cold_start=" + coldStartRatings
                    + " seed=" + seed;
        };
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }

    /**
     * {@code value} when {@code range} holds it; otherwise a {@link BadParameterException} naming the parameter and
     * its range ({@code neighbours: Must be a whole number from 1 to 1000; was 0}).
     */
    public static int checked(IntRange range, int value) {
        if (!range.contains(value)) {
            throw new BadParameterException(range.parameter(), "recommend.param.range",
                    "must be a whole number from " + range.min() + " to " + range.max() + ", was " + value,
                    range.min(), range.max(), value);
        }
        return value;
    }

    private static void nonNegative(String parameter, double value, boolean strictlyPositive) {
        if (!Double.isFinite(value) || value < 0 || (strictlyPositive && value == 0)) {
            throw new BadParameterException(parameter, strictlyPositive ? "recommend.param.positive"
                    : "recommend.param.nonNegative", "must be a " + (strictlyPositive ? "positive" : "non-negative")
                    + " number, was " + value, value);
        }
    }
}

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
 * @param neighbours       k of the neighbourhood methods: a prediction uses the k most similar products the customer
 *                         rated (item-kNN), or the k most similar customers who rated the product (user-kNN)
 * @param similarity       how neighbourhood methods compare rating vectors
 * @param minOverlap       neighbourhood methods ignore pairs with fewer ratings in common
 * @param significance     cosine and Pearson shrink similarities of pairs with fewer common ratings than this by
 *                         overlap/significance (significance weighting); 0 turns it off
 * @param minNeighbours    a neighbourhood prediction with fewer neighbours than this (min_k) is the bias baseline
 *                         alone; a minimum above k counts as k
 * @param shrinkage        {@link Similarity#PEARSON_BASELINE} is shrunk by {@code (n - 1) / (n - 1 + shrinkage)} for
 *                         n common ratings; 0 turns it off
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
                                  int minOverlap, int significance, int minNeighbours, double shrinkage,
                                  int factors, int epochs, double regularisation, double learningRate,
                                  FactorSolver solver, double confidence, int coldStartRatings, long seed) {
    public static final long DEFAULT_SEED = 20_261_123L;
    public static final IntRange NEIGHBOURS = new IntRange("neighbours", 1, 1_000);
    public static final IntRange MIN_OVERLAP = new IntRange("min-overlap", 1, 1_000_000);
    public static final IntRange SIGNIFICANCE = new IntRange("significance", 0, 1_000_000);
    public static final IntRange MIN_NEIGHBOURS = new IntRange("min-neighbours", 1, 1_000);
    /** The largest shrinkage accepted (in common ratings). */
    public static final double MAX_SHRINKAGE = 1_000_000;
    public static final IntRange FACTORS = new IntRange("factors", 1, 500);
    public static final IntRange EPOCHS = new IntRange("epochs", 1, 1_000);
    public static final IntRange COLD_START = new IntRange("cold-start", 0, 1_000_000);
    /** The length of a top-N list: what the recommend verb writes per customer and what the evaluation judges. */
    public static final IntRange N = new IntRange("n", 1, 1_000);
    /** Default k of the neighbourhood methods (chosen on sparse data, see RecommendBenchmark). */
    public static final int DEFAULT_NEIGHBOURS = 40;
    /** Default min_k of the neighbourhood methods. */
    public static final int DEFAULT_MIN_NEIGHBOURS = 3;
    /** Default shrinkage of {@link Similarity#PEARSON_BASELINE}. */
    public static final double DEFAULT_SHRINKAGE = 100;
    /** Default similarity of the neighbourhood methods. */
    public static final Similarity DEFAULT_SIMILARITY = Similarity.PEARSON_BASELINE;

    public RecommenderSettings {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(similarity, "similarity");
        Objects.requireNonNull(solver, "solver");
        checked(NEIGHBOURS, neighbours);
        checked(MIN_OVERLAP, minOverlap);
        checked(SIGNIFICANCE, significance);
        checked(MIN_NEIGHBOURS, minNeighbours);
        nonNegative("shrinkage", shrinkage, false);
        if (shrinkage > MAX_SHRINKAGE) {
            throw new BadParameterException("shrinkage", "recommend.param.atMost", "must be at most "
                    + num(MAX_SHRINKAGE) + ", was " + num(shrinkage), MAX_SHRINKAGE, shrinkage);
        }
        checked(FACTORS, factors);
        checked(EPOCHS, epochs);
        checked(COLD_START, coldStartRatings);
        nonNegative("regularisation", regularisation, false);
        nonNegative("learning-rate", learningRate, true);
        nonNegative("confidence", confidence, false);
    }

    /** Settings without min_k and shrinkage (their defaults), as before they existed. */
    public RecommenderSettings(RecommenderAlgorithm algorithm, int neighbours, Similarity similarity,
                               int minOverlap, int significance, int factors, int epochs, double regularisation,
                               double learningRate, FactorSolver solver, double confidence, int coldStartRatings,
                               long seed) {
        this(algorithm, neighbours, similarity, minOverlap, significance, DEFAULT_MIN_NEIGHBOURS, DEFAULT_SHRINKAGE,
                factors, epochs, regularisation, learningRate, solver, confidence, coldStartRatings, seed);
    }

    /**
     * The usual parameters of a method: 40 neighbours, shrunk baseline Pearson (shrinkage 100), min_k 3, 20 factors,
     * 20 epochs.
     */
    public static RecommenderSettings defaults(RecommenderAlgorithm algorithm) {
        return new RecommenderSettings(algorithm, DEFAULT_NEIGHBOURS, DEFAULT_SIMILARITY, 1, 50,
                DEFAULT_MIN_NEIGHBOURS, DEFAULT_SHRINKAGE, 20, 20, 0.05, 0.01, FactorSolver.SGD, 10.0, 5,
                DEFAULT_SEED);
    }

    public RecommenderSettings withAlgorithm(RecommenderAlgorithm a) {
        return new RecommenderSettings(a, neighbours, similarity, minOverlap, significance, minNeighbours, shrinkage,
                factors, epochs, regularisation, learningRate, solver, confidence, coldStartRatings, seed);
    }

    public RecommenderSettings withNeighbours(int k) {
        return new RecommenderSettings(algorithm, k, similarity, minOverlap, significance, minNeighbours, shrinkage,
                factors, epochs, regularisation, learningRate, solver, confidence, coldStartRatings, seed);
    }

    public RecommenderSettings withSimilarity(Similarity s) {
        return new RecommenderSettings(algorithm, neighbours, s, minOverlap, significance, minNeighbours, shrinkage,
                factors, epochs, regularisation, learningRate, solver, confidence, coldStartRatings, seed);
    }

    public RecommenderSettings withMinOverlap(int m) {
        return new RecommenderSettings(algorithm, neighbours, similarity, m, significance, minNeighbours, shrinkage,
                factors, epochs, regularisation, learningRate, solver, confidence, coldStartRatings, seed);
    }

    public RecommenderSettings withMinNeighbours(int m) {
        return new RecommenderSettings(algorithm, neighbours, similarity, minOverlap, significance, m, shrinkage,
                factors, epochs, regularisation, learningRate, solver, confidence, coldStartRatings, seed);
    }

    public RecommenderSettings withShrinkage(double s) {
        return new RecommenderSettings(algorithm, neighbours, similarity, minOverlap, significance, minNeighbours, s,
                factors, epochs, regularisation, learningRate, solver, confidence, coldStartRatings, seed);
    }

    public RecommenderSettings withFactors(int f) {
        return new RecommenderSettings(algorithm, neighbours, similarity, minOverlap, significance, minNeighbours,
                shrinkage, f, epochs, regularisation, learningRate, solver, confidence, coldStartRatings, seed);
    }

    public RecommenderSettings withEpochs(int e) {
        return new RecommenderSettings(algorithm, neighbours, similarity, minOverlap, significance, minNeighbours,
                shrinkage, factors, e, regularisation, learningRate, solver, confidence, coldStartRatings, seed);
    }

    public RecommenderSettings withRegularisation(double r) {
        return new RecommenderSettings(algorithm, neighbours, similarity, minOverlap, significance, minNeighbours,
                shrinkage, factors, epochs, r, learningRate, solver, confidence, coldStartRatings, seed);
    }

    public RecommenderSettings withLearningRate(double r) {
        return new RecommenderSettings(algorithm, neighbours, similarity, minOverlap, significance, minNeighbours,
                shrinkage, factors, epochs, regularisation, r, solver, confidence, coldStartRatings, seed);
    }

    public RecommenderSettings withSolver(FactorSolver s) {
        return new RecommenderSettings(algorithm, neighbours, similarity, minOverlap, significance, minNeighbours,
                shrinkage, factors, epochs, regularisation, learningRate, s, confidence, coldStartRatings, seed);
    }

    public RecommenderSettings withSeed(long s) {
        return new RecommenderSettings(algorithm, neighbours, similarity, minOverlap, significance, minNeighbours,
                shrinkage, factors, epochs, regularisation, learningRate, solver, confidence, coldStartRatings, s);
    }

    /** min_k as the neighbourhood methods apply it: at most k. */
    public int effectiveMinNeighbours() {
        return Math.min(minNeighbours, neighbours);
    }

    /** The parameters this method reads, as {@code name=value} pairs in command-line names. */
    public String describe() {
        return switch (algorithm) {
            case POPULAR -> "";
            case BASELINE -> "regularisation=" + num(regularisation);
            case USER_KNN, ITEM_KNN -> "neighbours=" + neighbours + " min_neighbours=" + minNeighbours
                    + " similarity=" + similarity.cliName() + " min_overlap=" + minOverlap
                    + (similarity == Similarity.PEARSON_BASELINE ? " shrinkage=" + num(shrinkage)
                    : algorithm == RecommenderAlgorithm.USER_KNN || similarity == Similarity.PEARSON
                    ? " significance=" + significance : "");
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

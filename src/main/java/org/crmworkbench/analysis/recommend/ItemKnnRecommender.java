package org.crmworkbench.analysis.recommend;

import java.util.Objects;
import org.crmworkbench.work.Progress;

/**
 * Item-based k-nearest-neighbours, the standard neighbourhood formulation (Koren; Surprise's {@code KNNBaseline}):
 * a customer's predicted rating of product {@code i} is the bias baseline plus the similarity-weighted mean of their
 * residuals on the {@link RecommenderSettings#neighbours() k} products most similar to {@code i} among those they
 * rated (see {@link ItemKnnModel}).
 *
 * <p>Fitting computes the bias baseline, then, for every product, its candidate neighbours: every product with a
 * positive similarity and at least {@link RecommenderSettings#minOverlap() minOverlap} co-raters (see
 * {@link ItemSimilarityBuilder} for the formulas), most similar first, in parallel over products (the result does not
 * depend on the number of threads). The candidates are kept exactly while they fit in
 * {@value #ENTRY_BUDGET} entries over the catalogue; above that each product keeps its {@code ENTRY_BUDGET /
 * products} most similar (never fewer than {@value #MIN_CANDIDATES}), so a neighbour is then chosen among the
 * customer's rated products within that many (memory: 18 bytes per entry, for the lists and their transpose).
 */
public final class ItemKnnRecommender implements Recommender {
    /** Candidate entries kept exactly over the whole catalogue (about 36 MB with the transpose). */
    public static final int ENTRY_BUDGET = 2_000_000;
    /** Candidates per product kept at least, whatever the catalogue's size. */
    public static final int MIN_CANDIDATES = 100;
    /** Candidates per product kept at most (places in a list are stored in 16 bits). */
    public static final int MAX_CANDIDATES = 65_535;

    private final RecommenderSettings settings;
    private final int threads;
    private final int candidateLimit;

    /** Builds on as many threads as the machine has cores. */
    public ItemKnnRecommender(RecommenderSettings settings) {
        this(settings, Runtime.getRuntime().availableProcessors());
    }

    /** Builds on the given number of threads (at least 1). */
    public ItemKnnRecommender(RecommenderSettings settings, int threads) {
        this(settings, threads, 0);
    }

    /**
     * Builds on the given number of threads keeping at most {@code candidateLimit} candidates per product (0: the
     * budget's choice, see the class comment); for benchmarks that measure the effect of the bound.
     */
    public ItemKnnRecommender(RecommenderSettings settings, int threads, int candidateLimit) {
        this.settings = Objects.requireNonNull(settings, "settings");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (candidateLimit < 0) {
            throw new IllegalArgumentException("candidateLimit must be at least 0, was " + candidateLimit);
        }
        this.threads = threads;
        this.candidateLimit = candidateLimit;
    }

    @Override
    public RecommenderSettings settings() {
        return settings;
    }

    /** Candidates kept per product for a catalogue of {@code products}: all of them while the budget allows. */
    public static int candidates(int products) {
        int all = Math.max(0, products - 1);
        return Math.min(Math.min(all, MAX_CANDIDATES), Math.max(MIN_CANDIDATES, ENTRY_BUDGET / Math.max(1, products)));
    }

    @Override
    public ItemKnnModel fit(RecommenderInput input, Progress progress) {
        RatingMatrix r = input.ratings();
        BiasBaseline.Model biases = new BiasBaseline(settings.withAlgorithm(RecommenderAlgorithm.BASELINE))
                .fit(input, progress);
        int limit = candidateLimit > 0 ? Math.min(Math.min(candidateLimit, MAX_CANDIDATES),
                Math.max(0, r.itemCount() - 1)) : candidates(r.itemCount());
        progress.stage("recommend.stage.itemCandidates", r.itemCount(), limit);
        progress.checkCancelled();
        NeighbourLists neighbours = new ItemSimilarityBuilder(r, settings, biases, limit, threads).build(progress);
        return new ItemKnnModel(r, neighbours, biases, settings.neighbours(), settings.effectiveMinNeighbours());
    }
}

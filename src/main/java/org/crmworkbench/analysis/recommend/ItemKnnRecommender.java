package org.crmworkbench.analysis.recommend;

import java.util.Objects;
import org.crmworkbench.work.Progress;

/**
 * Item-based k-nearest-neighbours: products are alike when the same customers rate them alike. Fitting precomputes,
 * for every product, its {@link RecommenderSettings#neighbours() k} most similar products (similarity above 0, at
 * least {@link RecommenderSettings#minOverlap() minOverlap} customers who rated both) by adjusted cosine or Pearson
 * (see {@link ItemSimilarityBuilder} for the exact formulas), in parallel over products; the result does not depend
 * on the number of threads. A customer's predicted rating of a product is its bias baseline (global mean plus
 * customer and product biases, fitted too) plus the similarity-weighted mean deviation of their ratings of the
 * product's neighbours from their baselines (see {@link ItemKnnModel}).
 */
public final class ItemKnnRecommender implements Recommender {
    private final RecommenderSettings settings;
    private final int threads;

    /** Builds on as many threads as the machine has cores. */
    public ItemKnnRecommender(RecommenderSettings settings) {
        this(settings, Runtime.getRuntime().availableProcessors());
    }

    /** Builds on the given number of threads (at least 1). */
    public ItemKnnRecommender(RecommenderSettings settings, int threads) {
        this.settings = Objects.requireNonNull(settings, "settings");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    @Override
    public RecommenderSettings settings() {
        return settings;
    }

    @Override
    public ItemKnnModel fit(RecommenderInput input, Progress progress) {
        RatingMatrix r = input.ratings();
        progress.stage("recommend.stage.itemSimilarities", r.itemCount(), settings.neighbours());
        progress.checkCancelled();
        NeighbourLists neighbours = new ItemSimilarityBuilder(r, settings.similarity(), settings.neighbours(),
                settings.minOverlap(), settings.significance(), threads).build(progress);
        BiasBaseline.Model biases = new BiasBaseline(settings.withAlgorithm(RecommenderAlgorithm.BASELINE))
                .fit(input, progress);
        return new ItemKnnModel(r, neighbours, biases);
    }
}

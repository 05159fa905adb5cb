package org.crmworkbench.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.crmworkbench.analysis.recommend.ItemKnnModel;
import org.crmworkbench.analysis.recommend.ItemKnnRecommender;
import org.crmworkbench.analysis.recommend.RatingMatrix;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderInput;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.Similarity;
import org.crmworkbench.work.Progress;

/**
 * Item-kNN before and after issue 19, measured in the same run. Before: every product's global top-k list (k = 50,
 * adjusted cosine, min overlap 3), a prediction from whichever of those the customer rated, however few. It is the
 * same computation as the present model with its candidates cut to k and min_k 1, which is how it is run here.
 * After: the defaults (shrunk baseline Pearson, k = 40, min_k = 3, every positive candidate within the entry budget).
 */
final class KnnBeforeAfter {
    static final int OLD_K = 50;
    private static final int RUNS = 3;

    private KnnBeforeAfter() {
    }

    /** The former item-kNN at top-k: adjusted cosine, min overlap 3, every stored neighbour used. */
    static RecommenderSettings before(int k) {
        return RecommenderSettings.defaults(RecommenderAlgorithm.ITEM_KNN).withSimilarity(Similarity.COSINE)
                .withNeighbours(k).withMinOverlap(3).withMinNeighbours(1);
    }

    static RecommenderSettings after() {
        return RecommenderSettings.defaults(RecommenderAlgorithm.ITEM_KNN);
    }

    /** Build time (median of 3 after a warm-up), stored entries, model memory and heap after the build. */
    static ItemKnnModel build(PrintStream out, RatingMatrix ratings, String label, RecommenderSettings s,
                              int candidates, int threads) {
        RecommenderInput input = RecommenderInput.ratingsOnly(ratings);
        ItemKnnRecommender recommender = new ItemKnnRecommender(s, threads, candidates);
        ItemKnnModel model = recommender.fit(input, Progress.none());
        double[] seconds = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long t0 = System.nanoTime();
            model = recommender.fit(input, Progress.none());
            seconds[r] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(seconds);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        out.printf("  %-7s %-78s candidates %s: build %.3f s (median of %d, %.3f-%.3f), %,d entries, model %.1f MB, "
                + "heap used %.0f MB%n", label, s.describe(), candidates == 0 ? "budget "
                + ItemKnnRecommender.candidates(ratings.itemCount()) : String.valueOf(candidates), seconds[RUNS / 2],
                RUNS, seconds[0], seconds[RUNS - 1], model.neighbourCount(), model.modelBytes() / 1e6,
                (rt.totalMemory() - rt.freeMemory()) / 1e6);
        return model;
    }

    /** Section build: before and after on the benchmark data, then the bound's memory at other limits. */
    static ItemKnnModel builds(PrintStream out, RatingMatrix ratings, int threads) {
        out.printf("item-kNN build on %d threads (before: global top-%d lists; after: defaults):%n", threads, OLD_K);
        build(out, ratings, "before", before(OLD_K), OLD_K, threads);
        ItemKnnModel after = build(out, ratings, "after", after(), 0, threads);
        build(out, ratings, "after", after().withSimilarity(Similarity.COSINE), 0, threads);
        build(out, ratings, "after", after().withSimilarity(Similarity.PEARSON), 0, threads);
        return after;
    }

    /** Section rmse: hold-out RMSE of before and after, and the effect of the candidate bound. */
    static void holdOut(PrintStream out, RatingMatrix ratings, boolean[] train, double baseline, int threads) {
        RatingMatrix trainMatrix = ratings.keep(train);
        RecommenderInput input = RecommenderInput.ratingsOnly(trainMatrix);
        int budget = ItemKnnRecommender.candidates(ratings.itemCount());
        List<Object[]> runs = List.of(new Object[] {"before", before(OLD_K), OLD_K},
                new Object[] {"after", after(), 0}, new Object[] {"after", after(), budget / 2},
                new Object[] {"after", after(), budget * 2});
        for (Object[] run : runs) {
            RecommenderSettings s = (RecommenderSettings) run[1];
            int candidates = (Integer) run[2];
            long t0 = System.nanoTime();
            ItemKnnModel model = new ItemKnnRecommender(s, threads, candidates).fit(input, Progress.none());
            double fit = (System.nanoTime() - t0) / 1e9;
            double rmse = RecommendBenchmark.rmse(ratings, train, model::predict);
            out.printf("  %-6s ITEM_KNN %s candidates %s: RMSE %.4f, ratio to bias baseline %.3f (fit %.2f s, "
                    + "model %.1f MB)%n", run[0], s.describe(), candidates == 0 ? "budget " + budget : candidates,
                    rmse, rmse / baseline, fit, model.modelBytes() / 1e6);
        }
    }
}

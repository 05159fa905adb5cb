package org.crmworkbench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.analysis.recommend.RatingMatrix;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderInput;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.Recommenders;
import org.crmworkbench.work.Progress;

/**
 * Issue 19 point 4 for the performance benchmark: on the seeded MovieLens-shaped set ({@link MovieLensShape}), the
 * 5-fold RMSE at the defaults of the bias baseline (the reference), user-kNN, item-kNN and matrix factorisation, and
 * how many customers' first recommendation rests on one weak neighbour. Surprise's published ML-100k figures are
 * printed beside them for orientation only: the set is generated, not MovieLens.
 */
final class RecommendAccuracyFigures {
    private RecommendAccuracyFigures() {
    }

    static List<BenchFigure> measure() {
        RatingMatrix all = SparseAccuracy.data();
        int[] fold = FiveFoldRmse.folds(all, SparseAccuracy.SEED);
        System.out.printf(Locale.ROOT, "recommend: sparse set %,d customers x %,d products, %,d ratings, 5-fold%n",
                all.userCount(), all.itemCount(), all.size());
        double baseline = rmse(all, fold, RecommenderAlgorithm.BASELINE);
        List<BenchFigure> figures = new ArrayList<>();
        String surprise = " (Surprise on ML-100k: baseline 0.944, k-NN baseline 0.931)";
        for (RecommenderAlgorithm a : List.of(RecommenderAlgorithm.USER_KNN, RecommenderAlgorithm.ITEM_KNN)) {
            double r = rmse(all, fold, a);
            figures.add(new BenchFigure("4", a.cliName() + " 5-fold RMSE at its defaults, sparse set",
                    String.format(Locale.ROOT, "%.4f", r), String.format(Locale.ROOT, "bias baseline %.4f", baseline)
                    + surprise, "<= the baseline", r <= baseline));
        }
        double mf = rmse(all, fold, RecommenderAlgorithm.MF);
        figures.add(new BenchFigure("4", "mf 5-fold RMSE at its defaults, sparse set",
                String.format(Locale.ROOT, "%.4f", mf), String.format(Locale.ROOT, "bias baseline %.4f", baseline)
                + " (Surprise SVD++ on ML-100k 0.919)", "better than SVD++ on the same data: not measurable here",
                null));
        for (RecommenderAlgorithm a : List.of(RecommenderAlgorithm.ITEM_KNN, RecommenderAlgorithm.USER_KNN)) {
            TopOfList.Counts c = TopOfList.count(all, RecommenderSettings.defaults(a));
            figures.add(new BenchFigure("4", a.cliName() + ": first recommendations resting on one neighbour with"
                    + " similarity < 0.1", String.format(Locale.ROOT, "%,d of %,d (baseline fallbacks %,d)",
                    c.oneWeak(), c.customers(), c.fallback()), "-", "none", c.oneWeak() == 0));
        }
        return figures;
    }

    private static double rmse(RatingMatrix all, int[] fold, RecommenderAlgorithm algorithm) {
        RecommenderSettings s = RecommenderSettings.defaults(algorithm);
        long t0 = System.nanoTime();
        double r = FiveFoldRmse.rmse(all, fold, train -> {
            var model = Recommenders.create(s).fit(RecommenderInput.ratingsOnly(train), Progress.none());
            return model::predict;
        });
        System.out.printf(Locale.ROOT, "recommend: %-8s %s RMSE %.4f (%.1f s)%n", algorithm.cliName(), s.describe(), r,
                (System.nanoTime() - t0) / 1e9);
        return r;
    }
}

package org.crmworkbench.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.analysis.recommend.RatingMatrix;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderInput;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.Recommenders;
import org.crmworkbench.analysis.recommend.TrainedRecommender;
import org.crmworkbench.work.Progress;

/**
 * Accuracy on sparse data at the defaults: 5-fold RMSE (Surprise's protocol, {@link FiveFoldRmse}) of the bias
 * baseline, user-kNN, item-kNN and matrix factorisation on the MovieLens-shaped set ({@link MovieLensShape}), beside
 * Surprise's published figures on the real 100,000-rating set. Run alone: {@code -Drecommend.sections=sparse}.
 */
final class SparseAccuracy {
    static final long SEED = 20261123L;

    private SparseAccuracy() {
    }

    static RatingMatrix data() {
        return RatingMatrix.of(MovieLensShape.generate(SEED));
    }

    static void report(PrintStream out) {
        RatingMatrix all = data();
        int[] fold = FiveFoldRmse.folds(all, SEED);
        out.printf("sparse set (MovieLens-shaped, seeded): %,d customers x %,d products, %,d ratings (%.1f%% filled); "
                + "5-fold random split of the ratings, mean RMSE of the folds%n", all.userCount(), all.itemCount(),
                all.size(), 100.0 * all.size() / ((double) all.userCount() * all.itemCount()));
        out.println("  Surprise on the real set (5-fold): baseline 0.944, k-NN 0.98, centred k-NN 0.951, "
                + "k-NN baseline 0.931, SVD 0.934, SVD++ 0.919");
        out.println("  before issue 19, measured on the old code with this set: user-kNN (k 20, cosine, customer-mean "
                + "centred) 0.9093, item-kNN (k 20, cosine, global top-20 lists) 1.0291, MF 0.8866");
        List<RecommenderSettings> methods = new ArrayList<>();
        for (RecommenderAlgorithm a : Boolean.getBoolean("sparse.skipDefaults") ? List.<RecommenderAlgorithm>of()
                : List.of(RecommenderAlgorithm.BASELINE, RecommenderAlgorithm.USER_KNN,
                RecommenderAlgorithm.ITEM_KNN, RecommenderAlgorithm.MF)) {
            methods.add(RecommenderSettings.defaults(a));
        }
        if (!Boolean.getBoolean("sparse.skipDefaults")) {
            // item-kNN before issue 19 at its defaults then: global top-20 lists, adjusted cosine, min overlap 3
            RecommenderSettings before = KnnBeforeAfter.before(20);
            methods.add(before);
            CANDIDATES.put(before, 20);
        }
        for (String extra : System.getProperty("sparse.extra", "").split(";")) {
            if (!extra.isBlank()) {
                methods.add(parse(extra.trim()));
            }
        }
        for (String top : System.getProperty("sparse.top", "itemknn;userknn").split(";")) {
            if (!top.isBlank()) {
                TopOfList.report(all, parse(top.trim()), out);
            }
        }
        double baseline = Double.NaN;
        for (RecommenderSettings s : methods) {
            long t0 = System.nanoTime();
            int candidates = CANDIDATES.get(s) == null ? 0 : CANDIDATES.get(s);
            double rmse = FiveFoldRmse.rmse(all, fold, train -> {
                TrainedRecommender m = (candidates > 0
                        ? new org.crmworkbench.analysis.recommend.ItemKnnRecommender(s, 2, candidates)
                        : Recommenders.create(s)).fit(RecommenderInput.ratingsOnly(train), Progress.none());
                return m::predict;
            });
            if (Double.isNaN(baseline)) {
                baseline = rmse;
            }
            out.printf("  %-8s %-70s%s RMSE %.4f (ratio to baseline %.3f; 5 fits and predictions %.1f s)%n",
                    s.algorithm().cliName(), s.describe(), candidates > 0 ? " candidates=" + candidates : "", rmse, rmse / baseline, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** "itemknn neighbours=40 similarity=pearson ..." as settings (the bench's own shorthand). */
    /** Item-kNN candidate limits asked for by the bench's shorthand ({@code candidates=N}). */
    private static final java.util.Map<RecommenderSettings, Integer> CANDIDATES = new java.util.IdentityHashMap<>();

    static RecommenderSettings parse(String text) {
        String[] words = text.split("\\s+");
        RecommenderSettings s = RecommenderSettings.defaults(RecommenderAlgorithm.parse("algo", words[0]));
        Integer candidates = null;
        for (int w = 1; w < words.length; w++) {
            String[] kv = words[w].split("=");
            if (kv[0].equals("candidates")) {
                candidates = Integer.parseInt(kv[1]);
                continue;
            }
            s = switch (kv[0]) {
                case "neighbours" -> s.withNeighbours(Integer.parseInt(kv[1]));
                case "similarity" -> s.withSimilarity(org.crmworkbench.analysis.recommend.Similarity.parse("s", kv[1]));
                case "min_neighbours" -> s.withMinNeighbours(Integer.parseInt(kv[1]));
                case "shrinkage" -> s.withShrinkage(Double.parseDouble(kv[1]));
                case "min_overlap" -> s.withMinOverlap(Integer.parseInt(kv[1]));
                case "learning_rate" -> s.withLearningRate(Double.parseDouble(kv[1]));
                case "solver" -> s.withSolver(org.crmworkbench.analysis.recommend.FactorSolver.parse("s", kv[1]));
                case "factors" -> s.withFactors(Integer.parseInt(kv[1]));
                case "epochs" -> s.withEpochs(Integer.parseInt(kv[1]));
                case "regularisation" -> s.withRegularisation(Double.parseDouble(kv[1]));
                default -> throw new IllegalArgumentException("unknown " + kv[0]);
            };
        }
        if (candidates != null) {
            CANDIDATES.put(s, candidates);
        }
        return s;
    }
}

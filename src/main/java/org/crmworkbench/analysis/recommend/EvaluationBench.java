package org.crmworkbench.analysis.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;

/**
 * Evaluates recommenders on held-out ratings ({@link Splits}). For each method and fold: fits on the training
 * ratings (timed), then, in parallel over customers, predicts every held-out rating (RMSE and MAE, for methods that
 * predict ratings) and ranks a top-N list for every customer with a held-out rating at or above the relevance
 * threshold, leaving out the products they rated in training (precision, recall, NDCG, MAP, hit rate; catalogue
 * coverage over those lists). Figures are averaged over the folds that have any (a fold without test customers adds
 * no ranking figures).
 *
 * <p>Customers are cut into slices that depend only on their number, and per-slice totals are added in slice order,
 * so the figures are the same on any number of threads. The last splits made are kept for the same matrix (by
 * identity) and split settings, so asking for one kNN point after another does not split again. Safe to use from
 * several threads.
 */
public final class EvaluationBench implements RecommenderBench {
    /** Customers per slice of the parallel test loop. */
    static final int CUSTOMERS_PER_SLICE = 64;

    private final int threads;
    private final Function<RecommenderSettings, Recommender> methods;
    private RatingMatrix cachedMatrix;
    private SplitKey cachedKey;
    private Splits cachedSplits;

    /** A bench making methods with {@link Recommenders#create} and using every core. */
    public EvaluationBench() {
        this(Runtime.getRuntime().availableProcessors(), Recommenders::create);
    }

    /**
     * A bench on {@code threads} threads that makes each method with {@code methods}.
     *
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public EvaluationBench(int threads, Function<RecommenderSettings, Recommender> methods) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.methods = Objects.requireNonNull(methods, "methods");
    }

    @Override
    public List<AlgorithmScores> compare(RecommenderInput input, List<RecommenderSettings> methodSettings,
                                         EvaluationSettings settings, Progress progress) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(settings, "settings");
        List<RecommenderSettings> todo = List.copyOf(methodSettings);
        Splits splits = splits(input.ratings(), settings, progress);
        ForkJoinPool pool = threads == 1 ? null : new ForkJoinPool(threads);
        try {
            List<AlgorithmScores> out = new ArrayList<>(todo.size());
            for (RecommenderSettings method : todo) {
                out.add(evaluate(input, method, splits, settings, progress, pool));
            }
            return List.copyOf(out);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    @Override
    public NeighbourPoint neighbourPoint(RecommenderInput input, RecommenderSettings knn, EvaluationSettings settings,
                                         Progress progress) {
        if (!knn.algorithm().usesNeighbours()) {
            throw new IllegalArgumentException(knn.algorithm() + " has no neighbour count");
        }
        AlgorithmScores s = compare(input, List.of(knn), settings, progress).get(0);
        return new NeighbourPoint(knn.algorithm(), knn.neighbours(), s.rmse(), s.precision(), s.n());
    }

    /** The folds for this matrix and settings: the cached ones when the same matrix and split were asked for last. */
    synchronized Splits splits(RatingMatrix ratings, EvaluationSettings settings, Progress progress) {
        SplitKey key = SplitKey.of(settings);
        if (cachedMatrix != ratings || !key.equals(cachedKey)) {
            progress.stage("recommend.stage.split", settings.split().cliName());
            Splits made = Splits.of(ratings, settings, progress);
            cachedMatrix = ratings;
            cachedKey = key;
            cachedSplits = made;
        }
        return cachedSplits;
    }

    private AlgorithmScores evaluate(RecommenderInput input, RecommenderSettings method, Splits splits,
                                     EvaluationSettings settings, Progress progress, ForkJoinPool pool) {
        List<HoldOut> folds = splits.folds();
        FoldMean rmse = new FoldMean();
        FoldMean mae = new FoldMean();
        FoldMean precision = new FoldMean();
        FoldMean recall = new FoldMean();
        FoldMean ndcg = new FoldMean();
        FoldMean map = new FoldMean();
        FoldMean hitRate = new FoldMean();
        FoldMean coverage = new FoldMean();
        double fitSeconds = 0;
        double predictSeconds = 0;
        int testCustomers = 0;
        for (int f = 0; f < folds.size(); f++) {
            progress.stage("recommend.stage.evaluate", method.algorithm().cliName(), f + 1, folds.size());
            progress.checkCancelled();
            HoldOut fold = folds.get(f);
            long t0 = System.nanoTime();
            RatingMatrix bought = fold.trainPurchases(input.purchases());
            TrainedRecommender trained = methods.apply(method).fit(
                    new RecommenderInput(fold.train(), bought, input.texts()), progress);
            long t1 = System.nanoTime();
            FoldTest test = test(trained, fold, bought, settings, progress, pool);
            long t2 = System.nanoTime();
            fitSeconds += (t1 - t0) / 1e9;
            predictSeconds += (t2 - t1) / 1e9;
            rmse.add(test.errors.rmse());
            mae.add(test.errors.mae());
            RankingMetrics r = test.ranking;
            precision.add(r.precision());
            recall.add(r.recall());
            ndcg.add(r.ndcg());
            map.add(r.map());
            hitRate.add(r.hitRate());
            coverage.add(r.customers() == 0 ? Double.NaN : test.coverage.share());
            testCustomers += (int) r.customers();
        }
        return new AlgorithmScores(method, method.describe(), settings.n(), rmse.mean(), mae.mean(),
                precision.mean(), recall.mean(), ndcg.mean(), map.mean(), hitRate.mean(), coverage.mean(),
                fitSeconds / folds.size(), predictSeconds / folds.size(), testCustomers);
    }

    private FoldTest test(TrainedRecommender trained, HoldOut fold, RatingMatrix bought, EvaluationSettings settings,
                          Progress progress, ForkJoinPool pool) {
        int customers = fold.full().userCount();
        int slices = (customers + CUSTOMERS_PER_SLICE - 1) / CUSTOMERS_PER_SLICE;
        SliceProgress sliceProgress = new SliceProgress(progress, slices);
        List<FoldTest> parts = perSlice(slices, pool, slice -> {
            int from = slice * CUSTOMERS_PER_SLICE;
            int to = Math.min(customers, from + CUSTOMERS_PER_SLICE);
            FoldTest part = testCustomers(trained, fold, bought, settings, from, to, progress);
            sliceProgress.sliceDone();
            return part;
        });
        FoldTest total = new FoldTest(settings.n(), fold.full().itemCount());
        for (FoldTest part : parts) {
            total.errors.add(part.errors);
            total.ranking.add(part.ranking);
            total.coverage.add(part.coverage);
        }
        return total;
    }

    private static FoldTest testCustomers(TrainedRecommender trained, HoldOut fold, RatingMatrix bought,
                                          EvaluationSettings settings,
                                          int from, int to, Progress progress) {
        RatingMatrix full = fold.full();
        RatingMatrix train = fold.train();
        int items = full.itemCount();
        FoldTest out = new FoldTest(settings.n(), items);
        boolean predicts = trained.predictsRatings();
        double threshold = settings.relevantRating();
        float[] scores = new float[items];
        boolean[] rated = new boolean[items];
        int[] relevant = new int[16];
        for (int u = from; u < to; u++) {
            progress.checkCancelled();
            int relevantCount = 0;
            for (int p = full.userStart(u); p < full.userEnd(u); p++) {
                if (!fold.isHeldOut(p)) {
                    continue;
                }
                int item = full.itemAt(p);
                float value = full.valueAt(p);
                if (predicts) {
                    out.errors.add(trained.predict(u, item), value);
                }
                if (value >= threshold) {
                    if (relevantCount == relevant.length) {
                        relevant = java.util.Arrays.copyOf(relevant, 2 * relevantCount);
                    }
                    relevant[relevantCount++] = item; // ascending: a customer's ratings are sorted by product
                }
            }
            if (relevantCount == 0) {
                continue;
            }
            trained.score(u, scores);
            // ranked as in the window: products the customer rated or bought (in training) are not recommended
            mark(rated, train, u, true);
            mark(rated, bought, u, true);
            int[] top = TopItems.select(scores, settings.n(), item -> rated[item]);
            mark(rated, train, u, false);
            mark(rated, bought, u, false);
            out.ranking.add(top, java.util.Arrays.copyOf(relevant, relevantCount));
            out.coverage.add(top);
        }
        return out;
    }

    private static void mark(boolean[] known, RatingMatrix matrix, int user, boolean value) {
        for (int p = matrix.userStart(user); p < matrix.userEnd(user); p++) {
            known[matrix.itemAt(p)] = value;
        }
    }

    /** Runs {@code body} for every slice, on the pool when there is one, and gives the results in slice order. */
    private static <T> List<T> perSlice(int slices, ForkJoinPool pool, IntFunction<T> body) {
        List<T> out = new ArrayList<>(slices);
        if (pool == null || slices <= 1) {
            for (int s = 0; s < slices; s++) {
                out.add(body.apply(s));
            }
            return out;
        }
        List<Future<T>> running = new ArrayList<>(slices);
        for (int s = 0; s < slices; s++) {
            int slice = s;
            running.add(pool.submit(() -> body.apply(slice)));
        }
        try {
            for (Future<T> f : running) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            running.forEach(f -> f.cancel(false));
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            running.forEach(f -> f.cancel(false));
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    /** Totals of one fold (or one slice of it). */
    private static final class FoldTest {
        final RatingErrors errors = new RatingErrors();
        final RankingMetrics ranking;
        final CatalogueCoverage coverage;

        FoldTest(int n, int items) {
            ranking = new RankingMetrics(n);
            coverage = new CatalogueCoverage(items);
        }
    }

    /** Mean over the folds where a figure is defined; NaN when it is in none. */
    private static final class FoldMean {
        private double sum;
        private int count;

        void add(double value) {
            if (!Double.isNaN(value)) {
                sum += value;
                count++;
            }
        }

        double mean() {
            return count == 0 ? Double.NaN : sum / count;
        }
    }

    /** Reports finished slices from whichever thread finishes them, one report at a time. */
    private static final class SliceProgress {
        private final Progress progress;
        private final int slices;
        private int done;

        SliceProgress(Progress progress, int slices) {
            this.progress = progress;
            this.slices = slices;
        }

        synchronized void sliceDone() {
            progress.worked(++done, slices);
        }
    }

    /** The settings that decide the folds. */
    private record SplitKey(SplitKind split, double testShare, int lastN, int folds, long seed) {
        static SplitKey of(EvaluationSettings s) {
            return new SplitKey(s.split(), s.testShare(), s.lastN(), s.folds(), s.seed());
        }
    }
}

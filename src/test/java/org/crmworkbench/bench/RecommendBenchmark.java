package org.crmworkbench.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.crmworkbench.analysis.recommend.BiasBaseline;
import org.crmworkbench.analysis.recommend.FactorSolver;
import org.crmworkbench.analysis.recommend.ItemKnnModel;
import org.crmworkbench.analysis.recommend.ItemKnnRecommender;
import org.crmworkbench.analysis.recommend.RatingMatrix;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderInput;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.Recommenders;
import org.crmworkbench.analysis.recommend.Similarity;
import org.crmworkbench.analysis.recommend.SimilarItem;
import org.crmworkbench.analysis.recommend.TrainedRecommender;
import org.crmworkbench.analysis.recommend.UserKnnRecommender;
import org.crmworkbench.data.sample.SampleFiles;
import org.crmworkbench.model.RatingRows;
import org.crmworkbench.work.Progress;

/**
 * Recommendation benchmark (not a test) on the generator's 6,000 customers x 4,000 products with 1,000,000 ratings
 * (or the data set named by {@code -Dbench.data}), and on a MovieLens-shaped sparse set. Sections, each a method so that
 * more can be added:
 * <ol>
 *   <li>sparse: 5-fold RMSE of the bias baseline, user-kNN, item-kNN and matrix factorisation at their defaults on
 *       the sparse set, beside Surprise's published figures, what tops the customers' lists, and item-kNN before
 *       (global top-k lists) in the same run ({@link SparseAccuracy});</li>
 *   <li>item-kNN build on 2 threads, before (global top-50 lists, adjusted cosine) and after (defaults: every
 *       positive candidate within the entry budget; also cosine and Pearson), median of 3 after a warm-up, model
 *       memory and heap used ({@link KnnBeforeAfter});</li>
 *   <li>top-10 recommendations for one customer (median over 1,000 customers; target under 1 ms);</li>
 *   <li>the reference: scipy's item-item adjusted cosine with top-50 ({@code src/test/resources/bench/
 *       scipy_item_cosine.py} under {@code /usr/bin/python3}, on the same CSV, timing only similarities and top-k),
 *       the ratio ours/scipy and how many of the first products' top-10 lists agree;</li>
 *   <li>RMSE of item-kNN (before, after, and after with half and twice the candidate bound), user-kNN and matrix
 *       factorisation on a seeded 80/20 random hold-out against the bias baseline.</li>
 * </ol>
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@recommend-benchmark}; {@code -Drecommend.sections=build,topn}
 * (any of sparse, build, topn, scipy, rmse, mf) runs only some sections.
 */
public final class RecommendBenchmark {
    private static final String PYTHON = "/usr/bin/python3";
    private static final int K = 50;
    private static final int THREADS = 2;
    private static final int CUSTOMERS_TIMED = 1_000;
    private static final int CHECKED_PRODUCTS = 20;

    private RecommendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> sections = List.of(System.getProperty("recommend.sections", "sparse,build,topn,scipy,rmse,mf")
                .split(","));
        if (sections.contains("sparse")) {
            SparseAccuracy.report(System.out);
        }
        if (sections.equals(List.of("sparse"))) {
            return;
        }
        Path work = Files.createTempDirectory("wb-recommend-bench");
        try {
            Path dir = BenchData.ratingsDataSet(work, System.getProperty("bench.data"));
            Path csv = dir.resolve(SampleFiles.RATINGS);
            long t0 = System.nanoTime();
            RatingMatrix ratings = RatingMatrix.of(readRatings(csv));
            System.out.printf("ratings: %,d customers x %,d products, %,d ratings, read in %.1f s; %d cores, "
                    + "builds on %d threads%n", ratings.userCount(), ratings.itemCount(), ratings.size(),
                    (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().availableProcessors(), THREADS);
            if (sections.contains("build") || sections.contains("topn")) {
                ItemKnnModel cosine = itemKnnBuild(ratings);
                if (sections.contains("topn")) {
                    topN(cosine);
                    topN(new UserKnnRecommender(RecommenderSettings.defaults(RecommenderAlgorithm.USER_KNN))
                            .fit(RecommenderInput.ratingsOnly(ratings), Progress.none()));
                }
            }
            if (sections.contains("scipy")) {
                scipyReference(csv, ratings);
            }
            if (sections.contains("rmse")) {
                holdOutRmse(ratings);
            }
            if (sections.contains("mf")) {
                System.out.println("matrix factorisation timings (20 factors):");
                FactorizationTiming.report(ratings, System.out);
            }
        } finally {
            deleteTree(work);
        }
    }

    static RecommenderSettings itemSettings(Similarity similarity) {
        return RecommenderSettings.defaults(RecommenderAlgorithm.ITEM_KNN).withNeighbours(K)
                .withSimilarity(similarity);
    }

    /** Section 1: build times, model memory and heap, before and after; returns the default model. */
    static ItemKnnModel itemKnnBuild(RatingMatrix ratings) {
        return KnnBeforeAfter.builds(System.out, ratings, THREADS);
    }

    /** Section 2: top-10 for one customer, median over 1,000 customers spread over the data. */
    static void topN(TrainedRecommender model) {
        RatingMatrix r = model.ratings();
        int step = Math.max(1, r.userCount() / CUSTOMERS_TIMED);
        int[] users = IntStream.range(0, CUSTOMERS_TIMED).map(c -> (c * step) % r.userCount()).toArray();
        for (int u : users) {
            model.recommend(u, 10);
        }
        double[] ms = new double[users.length];
        int found = 0;
        for (int c = 0; c < users.length; c++) {
            long t0 = System.nanoTime();
            found += model.recommend(users[c], 10).size();
            ms[c] = (System.nanoTime() - t0) / 1e6;
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%s top-10 for one customer (scores, selection, 5-item explanations): median %.3f ms, "
                + "90th percentile %.3f ms over %,d customers (target < 1 ms); %.1f recommendations on average%n",
                model.source(), median(ms), sorted[(int) (0.9 * (sorted.length - 1))], users.length,
                found / (double) users.length);
    }

    /** Section 3: scipy's item-item cosine with top-50 on the same CSV, and agreement of the lists. */
    static void scipyReference(Path csv, RatingMatrix ratings) throws Exception {
        Map<String, String> scipy = python("/bench/scipy_item_cosine.py", csv.toString(), String.valueOf(K), "3",
                String.valueOf(CHECKED_PRODUCTS));
        if (scipy == null) {
            return;
        }
        // scipy keeps every positive similarity whatever the overlap: compare with ours at min overlap 1
        RecommenderSettings s = itemSettings(Similarity.COSINE);
        s = new RecommenderSettings(s.algorithm(), s.neighbours(), s.similarity(), 1, s.significance(), s.factors(),
                s.epochs(), s.regularisation(), s.learningRate(), s.solver(), s.confidence(), s.coldStartRatings(),
                s.seed());
        ItemKnnRecommender recommender = new ItemKnnRecommender(s, THREADS, K);
        RecommenderInput input = RecommenderInput.ratingsOnly(ratings);
        recommender.fit(input, Progress.none());
        double[] seconds = new double[3];
        ItemKnnModel model = null;
        for (int r = 0; r < seconds.length; r++) {
            long t0 = System.nanoTime();
            model = recommender.fit(input, Progress.none());
            seconds[r] = (System.nanoTime() - t0) / 1e9;
        }
        double theirs = Double.parseDouble(scipy.get("seconds"));
        int agree = 0;
        int compared = 0;
        for (int n = 0; n < CHECKED_PRODUCTS; n++) {
            String line = scipy.get("top_" + n);
            if (line == null || line.isEmpty()) {
                continue;
            }
            List<String> ref = List.of(line.split(","));
            List<SimilarItem> ours = model.similarTo(n, ref.size());
            for (SimilarItem item : ours) {
                if (ref.contains(productName(ratings.itemId(item.item())))) {
                    agree++;
                }
            }
            compared += ref.size();
        }
        System.out.printf("scipy %s item-item adjusted cosine, top-%d (similarities and top-k only, median of 3): "
                + "%.3f s; ours at min overlap 1: %.3f s; ratio ours/scipy %.2f; top-10 lists of the first %d "
                + "products agree on %d of %d%n", scipy.get("version"), K, theirs, median(seconds),
                median(seconds) / theirs, CHECKED_PRODUCTS, agree, compared);
    }

    /** Section 4: RMSE on a seeded 80/20 hold-out of ratings, against the bias baseline (and the customer mean). */
    static void holdOutRmse(RatingMatrix ratings) {
        SplittableRandom random = new SplittableRandom(BenchData.SEED);
        boolean[] train = new boolean[ratings.size()];
        for (int p = 0; p < train.length; p++) {
            train[p] = random.nextDouble() >= 0.2;
        }
        RatingMatrix trainMatrix = ratings.keep(train);
        RecommenderInput input = RecommenderInput.ratingsOnly(trainMatrix);
        double customerMean = rmse(ratings, train, (u, i) -> {
            double m = trainMatrix.userMean(u);
            return trainMatrix.clip(Double.isNaN(m) ? trainMatrix.globalMean() : m);
        });
        TrainedRecommender biases = new BiasBaseline(RecommenderSettings.defaults(RecommenderAlgorithm.BASELINE))
                .fit(input, Progress.none());
        double baseline = rmse(ratings, train, biases::predict);
        System.out.printf("hold-out 80/20 (seed %d), %,d test ratings: customer mean RMSE %.4f; bias baseline "
                + "(global mean + regularised customer and product biases) RMSE %.4f, the reference below%n",
                BenchData.SEED, ratings.size() - trainMatrix.size(), customerMean, baseline);
        KnnBeforeAfter.holdOut(System.out, ratings, train, baseline, THREADS);
        RecommenderSettings userDefaults = RecommenderSettings.defaults(RecommenderAlgorithm.USER_KNN);
        RecommenderSettings mf = RecommenderSettings.defaults(RecommenderAlgorithm.MF);
        List<RecommenderSettings> settings = new ArrayList<>(List.of(
                userDefaults, userDefaults.withSimilarity(Similarity.COSINE),
                mf, mf.withSolver(FactorSolver.ALS)));
        for (RecommenderSettings s : settings) {
            long t0 = System.nanoTime();
            TrainedRecommender model = s.algorithm() == RecommenderAlgorithm.ITEM_KNN
                    ? new ItemKnnRecommender(s, THREADS).fit(input, Progress.none())
                    : Recommenders.create(s).fit(input, Progress.none());
            double fit = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            double rmse = rmse(ratings, train, model::predict);
            System.out.printf("  %-8s %s: RMSE %.4f, ratio to bias baseline %.3f (fit %.2f s, predictions %.2f s)%n",
                    s.algorithm(), s.describe(), rmse, rmse / baseline, fit, (System.nanoTime() - t0) / 1e9);
        }
    }

    interface Predictor {
        double predict(int user, int item);
    }

    /** RMSE over the positions not in training, customers in parallel (each customer's ratings in order). */
    static double rmse(RatingMatrix all, boolean[] train, Predictor predictor) {
        double[] sq = new double[all.userCount()];
        int[] n = new int[all.userCount()];
        IntStream.range(0, all.userCount()).parallel().forEach(u -> {
            for (int p = all.userStart(u); p < all.userEnd(u); p++) {
                if (!train[p]) {
                    double e = predictor.predict(u, all.itemAt(p)) - all.valueAt(p);
                    sq[u] += e * e;
                    n[u]++;
                }
            }
        });
        return Math.sqrt(Arrays.stream(sq).sum() / Arrays.stream(n).sum());
    }

    /** Reads the generator's ratings.csv; ids such as C000123 and P00042 become their numbers. */
    static RatingRows readRatings(Path csv) throws Exception {
        int capacity = 1 << 20;
        long[] users = new long[capacity];
        long[] items = new long[capacity];
        float[] values = new float[capacity];
        long[] times = new long[capacity];
        int n = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            boolean header = true;
            for (CsvRecord rec : reader) {
                if (header) {
                    header = false;
                    continue;
                }
                if (n == users.length) {
                    users = Arrays.copyOf(users, 2 * n);
                    items = Arrays.copyOf(items, 2 * n);
                    values = Arrays.copyOf(values, 2 * n);
                    times = Arrays.copyOf(times, 2 * n);
                }
                users[n] = idNumber(rec.getField(0));
                items[n] = idNumber(rec.getField(1));
                values[n] = Float.parseFloat(rec.getField(2));
                String t = rec.getFieldCount() > 3 ? rec.getField(3) : "";
                times[n] = t.isEmpty() ? RatingRows.UNKNOWN_TIME
                        : LocalDateTime.parse(t).toEpochSecond(ZoneOffset.UTC);
                n++;
            }
        }
        return new RatingRows(Arrays.copyOf(users, n), Arrays.copyOf(items, n), Arrays.copyOf(values, n),
                Arrays.copyOf(times, n));
    }

    private static long idNumber(String id) {
        int at = 0;
        while (at < id.length() && !Character.isDigit(id.charAt(at))) {
            at++;
        }
        return Long.parseLong(id.substring(at));
    }

    /** The generator's product id for a number read by {@link #idNumber}. */
    private static String productName(long number) {
        return String.format("P%05d", number);
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    private static String[] round(double[] seconds) {
        return Arrays.stream(seconds).mapToObj(v -> String.format("%.3f", v)).toArray(String[]::new);
    }

    /** Runs a reference script; its key=value lines, or null (with a note) when python3 or a library is missing. */
    static Map<String, String> python(String resource, String... args) throws Exception {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            System.out.println("reference: " + PYTHON + " not found, reference figures skipped");
            return null;
        }
        Path script = Files.createTempFile("recommend_reference", ".py");
        try (InputStream in = RecommendBenchmark.class.getResourceAsStream(resource)) {
            Files.write(script, in.readAllBytes());
        }
        try {
            List<String> command = new ArrayList<>(List.of(PYTHON, script.toString()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                System.out.println("reference: " + resource + " failed (are numpy and scipy installed?), "
                        + "reference figures skipped:\n" + out.strip());
                return null;
            }
            Map<String, String> values = new HashMap<>();
            for (String line : out.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
            return values;
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static void deleteTree(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

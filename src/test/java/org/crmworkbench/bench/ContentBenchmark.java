package org.crmworkbench.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crmworkbench.analysis.recommend.ContentBasedRecommender;
import org.crmworkbench.analysis.recommend.ItemTexts;
import org.crmworkbench.analysis.recommend.RatingMatrix;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderInput;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.SimilarItem;
import org.crmworkbench.model.PurchaseRows;
import org.crmworkbench.model.RatingRows;
import org.crmworkbench.work.Progress;

/**
 * Content-based recommendation benchmark (not a test): seeded synthetic catalogues of 4,000 and 200,000 products
 * (10 categories, 3-5 tags of 300, 30-word descriptions from a 20,000-word vocabulary, 70% from the category's own
 * 800 words, log-uniform word frequencies) and customers with 20-50 ratings. Prints the TF-IDF fit time against
 * scikit-learn's {@code TfidfVectorizer(sublinear_tf=True)} on the same texts (run by {@code /usr/bin/python3} on
 * {@code src/test/resources/bench/sklearn_tfidf.py}; skipped when missing), model memory, the time of one customer's
 * scores (profile plus inverted-index walk), and "similar products" by the inverted index against a brute-force
 * cosine with every product.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@content-benchmark}
 */
public final class ContentBenchmark {
    private static final String PYTHON = "/usr/bin/python3";
    private static final int VOCABULARY = 20_000;

    private ContentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(4_000, 6_000, 50);
        run(200_000, 20_000, 20);
    }

    private static void run(int products, int customers, int ratingsEach) throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        List<String> categories = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (int i = 0; i < products; i++) {
            int category = random.nextInt(10);
            categories.add("Category " + category);
            StringBuilder t = new StringBuilder();
            for (int k = 3 + random.nextInt(3); k > 0; k--) {
                t.append(t.length() == 0 ? "" : ";").append("tag-").append(random.nextInt(300));
            }
            tags.add(t.toString());
            StringBuilder d = new StringBuilder();
            for (int k = 0; k < 30; k++) {
                int w = random.nextDouble() < 0.7 ? category * 800 + logUniform(random, 800)
                        : logUniform(random, VOCABULARY);
                d.append(' ').append(word(w));
            }
            descriptions.add(d.toString());
        }
        int n = customers * ratingsEach;
        long[] users = new long[n];
        long[] items = new long[n];
        float[] values = new float[n];
        long[] times = new long[n];
        int r = 0;
        for (int u = 0; u < customers; u++) {
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            while (seen.size() < ratingsEach) {
                int i = random.nextInt(products);
                if (seen.add(i)) {
                    users[r] = u;
                    items[r] = i;
                    values[r] = 1 + random.nextInt(5);
                    times[r] = r;
                    r++;
                }
            }
        }
        long[] customerIds = ids(customers);
        long[] productIds = ids(products);
        RatingMatrix ratings = RatingMatrix.of(new RatingRows(users, items, values, times), customerIds, productIds);
        RecommenderInput input = new RecommenderInput(ratings,
                RatingMatrix.ofPurchases(PurchaseRows.empty(), customerIds, productIds),
                new ItemTexts(categories, tags, descriptions));
        ContentBasedRecommender content = new ContentBasedRecommender(
                RecommenderSettings.defaults(RecommenderAlgorithm.CONTENT));
        System.out.printf("%n%,d products, %,d customers x %d ratings%n", products, customers, ratingsEach);
        ContentBasedRecommender.Trained model = null;
        double fitMs = Double.POSITIVE_INFINITY;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            model = content.fit(input, Progress.none());
            fitMs = Math.min(fitMs, (System.nanoTime() - t0) / 1e6);
        }
        System.out.printf("fit (tokenise + TF-IDF + index): %.1f ms, %,d terms, model %.1f MB%n", fitMs,
                model.vocabularySize(), model.modelBytes() / 1e6);
        double sklearnMs = sklearn(categories, tags, descriptions);
        if (sklearnMs > 0) {
            System.out.printf("scikit-learn TfidfVectorizer on the same texts: %.1f ms; ours / sklearn = %.2f%n",
                    sklearnMs, fitMs / sklearnMs);
        }
        float[] scores = new float[products];
        int sample = 500;
        long t0 = System.nanoTime();
        for (int k = 0; k < sample; k++) {
            model.score(k * (customers / sample), scores);
        }
        double scoreMs = (System.nanoTime() - t0) / 1e6 / sample;
        t0 = System.nanoTime();
        for (int k = 0; k < sample; k++) {
            model.recommend(k * (customers / sample), 10);
        }
        double recommendMs = (System.nanoTime() - t0) / 1e6 / sample;
        System.out.printf("one customer's scores: %.3f ms; top-10 with explanations: %.3f ms%n", scoreMs,
                recommendMs);
        int similarSample = 200;
        t0 = System.nanoTime();
        List<SimilarItem> last = null;
        for (int k = 0; k < similarSample; k++) {
            last = model.similarTo(k * (products / similarSample), 10);
        }
        double indexMs = (System.nanoTime() - t0) / 1e6 / similarSample;
        int bruteSample = products > 10_000 ? 10 : 100;
        t0 = System.nanoTime();
        double check = 0;
        for (int k = 0; k < bruteSample; k++) {
            int item = k * (products / similarSample);
            for (int j = 0; j < products; j++) {
                check += model.similarity(item, j);
            }
        }
        double bruteMs = (System.nanoTime() - t0) / 1e6 / bruteSample;
        System.out.printf("similar products (top 10): %.3f ms by inverted index, %.3f ms brute force (ratio %.2f)"
                + " [%d found, checksum %.1f]%n", indexMs, bruteMs, indexMs / bruteMs, last.size(), check);
    }

    private static int logUniform(SplittableRandom random, int size) {
        return Math.min(size - 1, (int) Math.pow(size + 1, random.nextDouble()) - 1);
    }

    private static String word(int w) {
        StringBuilder s = new StringBuilder();
        int v = w;
        do {
            s.append((char) ('a' + v % 26));
            v /= 26;
        } while (v > 0);
        return "w" + s;
    }

    private static long[] ids(int n) {
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        return ids;
    }

    private static double sklearn(List<String> categories, List<String> tags, List<String> descriptions)
            throws Exception {
        Path script = Path.of("src/test/resources/bench/sklearn_tfidf.py");
        if (!Files.isExecutable(Path.of(PYTHON)) || !Files.exists(script)) {
            System.out.println("scikit-learn reference skipped: no " + PYTHON);
            return -1;
        }
        Path texts = Files.createTempFile("wb-content-bench", ".txt");
        try {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < descriptions.size(); i++) {
                all.append(categories.get(i).replace(' ', '_')).append(' ')
                        .append(tags.get(i).replace(';', ' ')).append(descriptions.get(i)).append('\n');
            }
            Files.writeString(texts, all, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(PYTHON, script.toString(), texts.toString()).redirectErrorStream(true)
                    .start();
            String out;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                out = in.lines().reduce("", (a, b) -> a + b);
            }
            if (p.waitFor() != 0) {
                System.out.println("scikit-learn reference failed: " + out);
                return -1;
            }
            return Double.parseDouble(out.trim().split(" ")[0]);
        } finally {
            Files.deleteIfExists(texts);
        }
    }
}

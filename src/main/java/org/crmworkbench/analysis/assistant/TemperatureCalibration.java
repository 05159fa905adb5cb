package org.crmworkbench.analysis.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crmworkbench.work.Progress;

/**
 * Temperature scaling: confidences are the softmax of a model's scores divided by one temperature {@code T > 0}, fitted
 * on held-out examples to the least negative log-likelihood of their true intents. The likelihood is unimodal in
 * {@code log T} (it is convex in {@code 1/T}), so a golden-section search over {@code log T} in
 * [{@link #LOWEST}, {@link #HIGHEST}] finds it; when the held-out examples are separated perfectly the fit stops at the
 * lowest temperature.
 */
final class TemperatureCalibration {
    static final double LOWEST = 1e-3;
    static final double HIGHEST = 1e3;
    private static final int ITERATIONS = 64;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private TemperatureCalibration() {
    }

    /**
     * The temperature of least negative log-likelihood.
     *
     * @param scores each example's scores, one per intent of its model
     * @param truth  each example's true intent's index in its scores (examples with a negative index are skipped)
     * @return 1 when no example can be used
     */
    static double fit(List<double[]> scores, int[] truth, Progress progress) {
        List<double[]> rows = new ArrayList<>();
        List<Integer> truths = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            if (truth[i] >= 0 && scores.get(i).length > 1) {
                rows.add(scores.get(i));
                truths.add(truth[i]);
            }
        }
        if (rows.isEmpty()) {
            return 1.0;
        }
        double low = Math.log(LOWEST);
        double high = Math.log(HIGHEST);
        double a = high - GOLDEN * (high - low);
        double b = low + GOLDEN * (high - low);
        double fa = negativeLogLikelihood(rows, truths, Math.exp(a));
        double fb = negativeLogLikelihood(rows, truths, Math.exp(b));
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            progress.checkCancelled();
            if (fa <= fb) {
                high = b;
                b = a;
                fb = fa;
                a = high - GOLDEN * (high - low);
                fa = negativeLogLikelihood(rows, truths, Math.exp(a));
            } else {
                low = a;
                a = b;
                fa = fb;
                b = low + GOLDEN * (high - low);
                fb = negativeLogLikelihood(rows, truths, Math.exp(b));
            }
        }
        return Math.exp((low + high) / 2);
    }

    /** The negative log-likelihood of the true intents at {@code temperature}. */
    static double negativeLogLikelihood(List<double[]> rows, List<Integer> truths, double temperature) {
        double total = 0;
        for (int r = 0; r < rows.size(); r++) {
            double[] z = rows.get(r);
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (double v : z) {
                sum += Math.exp((v - max) / temperature);
            }
            total += Math.log(sum) - (z[truths.get(r)] - max) / temperature;
        }
        return total;
    }

    /** The softmax of {@code scores / temperature}. */
    static double[] softmax(double[] scores, double temperature) {
        double[] out = new double[scores.length];
        if (scores.length == 0) {
            return out;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : scores) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            out[i] = Math.exp((scores[i] - max) / temperature);
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    /** Every intent with its calibrated confidence, closest first, ties by intent name. */
    static List<IntentScore> rank(List<String> intents, double[] scores, double temperature) {
        double[] confidence = softmax(scores, temperature);
        List<IntentScore> ranked = new ArrayList<>(intents.size());
        for (int i = 0; i < intents.size(); i++) {
            ranked.add(new IntentScore(intents.get(i), confidence[i]));
        }
        ranked.sort(Comparator.comparingDouble(IntentScore::confidence).reversed()
                .thenComparing(IntentScore::intent));
        return ranked;
    }
}

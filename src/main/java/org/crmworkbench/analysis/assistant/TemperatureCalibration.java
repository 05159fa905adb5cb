package org.crmworkbench.analysis.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crmworkbench.work.Progress;

/**
 * Temperature scaling: confidences are the softmax of a model's scores divided by one temperature {@code T > 0}, fitted
 * on held-out examples to the least negative log-likelihood of their true intents. The likelihood is convex in
 * {@code b = 1/T} (a sum of log-sum-exps of linear functions minus a linear term), so Newton's method on {@code b},
 * kept inside a bracket that shrinks with the sign of the slope (a geometric bisection when a Newton step would leave
 * it or crawl), finds the optimum in a few passes over the scores. The temperature stays within [{@link #LOWEST},
 * {@link #HIGHEST}]: when the held-out examples are separated perfectly the fit stops at the lowest.
 */
final class TemperatureCalibration {
    static final double LOWEST = 1e-3;
    static final double HIGHEST = 1e3;
    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-10;

    private TemperatureCalibration() {
    }

    /**
     * The temperature of least negative log-likelihood.
     *
     * @param scores each example's scores, one per intent of its model
     * @param truth  each example's true intent's index in its scores (examples with a negative index are skipped)
     * @return 1 when no example can be used (examples whose scores are all equal do not depend on the temperature)
     */
    static double fit(List<double[]> scores, int[] truth, Progress progress) {
        List<double[]> rows = new ArrayList<>();
        List<Integer> truths = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            if (truth[i] >= 0 && dependsOnTemperature(scores.get(i))) {
                rows.add(scores.get(i));
                truths.add(truth[i]);
            }
        }
        if (rows.isEmpty()) {
            return 1.0;
        }
        double low = 1 / HIGHEST;
        double high = 1 / LOWEST;
        if (slopeAndCurvature(rows, truths, high)[0] <= 0) {
            return LOWEST;
        }
        if (slopeAndCurvature(rows, truths, low)[0] >= 0) {
            return HIGHEST;
        }
        double beta = 1;
        double step = high - low;
        double stepBefore = step;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            progress.checkCancelled();
            double[] slope = slopeAndCurvature(rows, truths, beta);
            if (slope[0] == 0) {
                return 1 / beta;
            }
            if (slope[0] > 0) {
                high = beta;
            } else {
                low = beta;
            }
            double newton = slope[1] > 0 ? slope[0] / slope[1] : Double.NaN;
            double next = beta - newton;
            // bisect when Newton would leave the bracket or does not at least halve the step before last
            if (!(next > low && next < high) || Math.abs(2 * newton) > stepBefore) {
                next = Math.sqrt(low * high);
            }
            stepBefore = step;
            step = Math.abs(next - beta);
            boolean converged = step <= TOLERANCE * beta || high / low <= 1 + TOLERANCE;
            beta = next;
            if (converged) {
                break;
            }
        }
        return 1 / beta;
    }

    /** Whether the softmax of {@code scores} changes with the temperature: they are not all equal. */
    private static boolean dependsOnTemperature(double[] scores) {
        for (double v : scores) {
            if (v != scores[0]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first and second derivatives of the negative log-likelihood in {@code b = 1/T}: the sums over examples of
     * (the expected score under the softmax minus the true intent's score) and of the scores' variance under it.
     */
    private static double[] slopeAndCurvature(List<double[]> rows, List<Integer> truths, double beta) {
        double slope = 0;
        double curvature = 0;
        for (int r = 0; r < rows.size(); r++) {
            double[] z = rows.get(r);
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z) {
                max = Math.max(max, v);
            }
            double sum = 0;
            double first = 0;
            double second = 0;
            for (double v : z) {
                double centred = v - max;
                double weight = Math.exp(beta * centred);
                sum += weight;
                first += weight * centred;
                second += weight * centred * centred;
            }
            double mean = first / sum;
            slope += mean - (z[truths.get(r)] - max);
            curvature += Math.max(0, second / sum - mean * mean);
        }
        return new double[] {slope, curvature};
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

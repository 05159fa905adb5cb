package org.crmworkbench.analysis.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

class TemperatureCalibrationTest {

    /**
     * Scores drawn at random, true intents drawn from the softmax of the scores divided by a known temperature: the
     * maximum-likelihood fit recovers that temperature within 5 % (6,000 examples of 8 intents).
     */
    @Test
    void recoversTheTemperatureThatGeneratedTheLabels() {
        for (double temperature : new double[] {0.4, 1.0, 2.5, 6.0}) {
            Random random = new Random(42);
            List<double[]> scores = new ArrayList<>();
            int n = 6000;
            int[] truth = new int[n];
            for (int i = 0; i < n; i++) {
                double[] z = new double[8];
                for (int k = 0; k < z.length; k++) {
                    z[k] = 3 * random.nextGaussian();
                }
                double[] p = TemperatureCalibration.softmax(z, temperature);
                double u = random.nextDouble();
                int label = 0;
                for (double cumulative = p[0]; cumulative < u && label < p.length - 1; cumulative += p[++label]) {
                    // walk to the sampled intent
                }
                scores.add(z);
                truth[i] = label;
            }
            double fitted = TemperatureCalibration.fit(scores, truth, Progress.none());
            assertEquals(temperature, fitted, 0.05 * temperature, "temperature " + temperature);
            List<Integer> truths = java.util.Arrays.stream(truth).boxed().toList();
            double best = TemperatureCalibration.negativeLogLikelihood(scores, truths, fitted);
            for (double off : new double[] {0.99, 1.01}) {
                assertTrue(TemperatureCalibration.negativeLogLikelihood(scores, truths, fitted * off) > best,
                        "a minimum of the negative log-likelihood");
            }
        }
    }

    @Test
    void examplesWithoutTheirTrueIntentAreSkipped() {
        List<double[]> scores = List.of(new double[] {2, 0}, new double[] {0, 2});
        assertEquals(1.0, TemperatureCalibration.fit(scores, new int[] {-1, -1}, Progress.none()));
    }

    @Test
    void scoresThatAreAllEqualLeaveTheTemperatureAtOne() {
        List<double[]> scores = List.of(new double[] {3, 3, 3}, new double[] {1, 1, 1});
        assertEquals(1.0, TemperatureCalibration.fit(scores, new int[] {0, 2}, Progress.none()));
    }

    @Test
    void perfectlySeparatedExamplesSharpenToTheLowestTemperature() {
        List<double[]> scores = List.of(new double[] {2, 0}, new double[] {0, 2});
        double fitted = TemperatureCalibration.fit(scores, new int[] {0, 1}, Progress.none());
        assertEquals(TemperatureCalibration.LOWEST, fitted, 1e-4);
    }

    @Test
    void rankingIsTheSoftmaxOfScoresOverTemperatureClosestFirstTiesByName() {
        List<IntentScore> ranked = TemperatureCalibration.rank(List.of("b", "a", "c"),
                new double[] {Math.log(2), Math.log(2), 0}, 0.5);
        // exp(2 ln 2) = 4, 4, 1 -> 4/9, 4/9, 1/9
        assertEquals(List.of("a", "b", "c"), ranked.stream().map(IntentScore::intent).toList());
        assertEquals(4 / 9.0, ranked.get(0).confidence(), 1e-12);
        assertEquals(1 / 9.0, ranked.get(2).confidence(), 1e-12);
    }
}

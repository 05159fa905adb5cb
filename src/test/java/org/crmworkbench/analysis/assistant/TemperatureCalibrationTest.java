package org.crmworkbench.analysis.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            List<Integer> truths = Arrays.stream(truth).boxed().toList();
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

    /**
     * Agreement with scipy: {@code reference/assistant/temperature_reference.py} minimises the same negative
     * log-likelihood over log T with {@code minimize_scalar} (bounded) on 500 examples of 5 intents made from integer
     * arithmetic: T = 1.5985958..., negative log-likelihood 617.62673...
     */
    @Test
    void agreesWithScipysMinimiser() throws IOException {
        int n = 500;
        List<double[]> scores = new ArrayList<>();
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            double[] z = new double[5];
            int best = 0;
            for (int k = 0; k < 5; k++) {
                z[k] = ((i * 31 + k * 17) % 23) / 4.0 - 2.5;
                if (z[k] > z[best]) {
                    best = k;
                }
            }
            double unit = ((i * 2654435761L + 12345) % (1L << 32)) / (double) (1L << 32);
            truth[i] = unit < 0.6 ? best : (i * 3) % 5;
            scores.add(z);
        }
        Map<String, Double> reference = new HashMap<>();
        try (var in = getClass().getResourceAsStream("/reference/assistant/temperature_reference.out")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.strip().split(" ");
                reference.put(fields[0], Double.parseDouble(fields[1]));
            }
        }
        double fitted = TemperatureCalibration.fit(scores, truth, Progress.none());
        assertEquals(reference.get("temperature"), fitted, 1e-6);
        assertEquals(reference.get("nll"), TemperatureCalibration.negativeLogLikelihood(scores,
                Arrays.stream(truth).boxed().toList(), fitted), 1e-6);
    }
}

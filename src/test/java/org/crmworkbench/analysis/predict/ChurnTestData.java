package org.crmworkbench.analysis.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Planted 0/1 data for the churn tests, built straight into {@link PredictorData}. */
final class ChurnTestData {
    static final List<String> COLUMNS = List.of("recency", "tenure", "noise", "region[South]");

    private ChurnTestData() {
    }

    static PredictorEncoding encoding() {
        return new PredictorEncoding(List.of("recency", "tenure", "noise", "region"), COLUMNS,
                new double[] {0, 0, 0, 0}, List.of(List.of(), List.of(), List.of(), List.of("South")));
    }

    /**
     * Rows with recency, tenure, noise ~ N(0, 1) and region[South] ~ Bernoulli(0.4), target drawn from
     * {@code probability} of the row.
     */
    static PredictorData planted(int n, long seed, ToDoubleFunction<double[]> probability) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {gaussian(random), gaussian(random), gaussian(random),
                random.nextDouble() < 0.4 ? 1 : 0};
            y[i] = random.nextDouble() < probability.applyAsDouble(x[i]) ? 1 : 0;
        }
        return data(x, y);
    }

    /** Logistic truth: log-odds -1 + 1.5 recency - 0.7 tenure + 0.8 region[South]; noise has no effect. */
    static double logistic(double[] row) {
        return 1 / (1 + Math.exp(-(-1 + 1.5 * row[0] - 0.7 * row[1] + 0.8 * row[3])));
    }

    static PredictorData data(double[][] x, double[] y) {
        List<String> ids = new ArrayList<>();
        int[] tableRows = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            ids.add("C" + (1000 + i));
            tableRows[i] = i;
        }
        return new PredictorData("planted", "churned", ids, tableRows, x, y, encoding(), 0);
    }

    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}

package org.crmworkbench.data.sample;

import java.util.Random;

/**
 * A deliberately small biased matrix-factorisation model trained by stochastic gradient descent, used to show
 * that the planted ratings reward latent factors. With zero factors it is the bias baseline.
 */
final class TinyFactorModel {
    private static final int EPOCHS = 30;
    private static final double LEARNING_RATE = 0.01;
    private static final double REGULARISATION = 0.05;

    private TinyFactorModel() {
    }

    /** Trains on a random 80% of the ratings and returns the RMSE on the other 20%. */
    static double holdoutRmse(int[] users, int[] items, double[] stars, int userCount, int itemCount, int factors) {
        Random random = new Random(12345);
        int n = stars.length;
        boolean[] test = new boolean[n];
        double mean = 0;
        int trainCount = 0;
        for (int i = 0; i < n; i++) {
            test[i] = random.nextDouble() < 0.2;
            if (!test[i]) {
                mean += stars[i];
                trainCount++;
            }
        }
        mean /= trainCount;
        double[] userBias = new double[userCount];
        double[] itemBias = new double[itemCount];
        double[][] p = randomMatrix(userCount, factors, random);
        double[][] q = randomMatrix(itemCount, factors, random);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int k = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[k];
                order[k] = swap;
            }
            for (int i : order) {
                if (test[i]) {
                    continue;
                }
                int u = users[i];
                int j = items[i];
                double error = stars[i] - predict(mean, userBias[u], itemBias[j], p[u], q[j]);
                userBias[u] += LEARNING_RATE * (error - REGULARISATION * userBias[u]);
                itemBias[j] += LEARNING_RATE * (error - REGULARISATION * itemBias[j]);
                for (int d = 0; d < factors; d++) {
                    double pu = p[u][d];
                    double qj = q[j][d];
                    p[u][d] += LEARNING_RATE * (error * qj - REGULARISATION * pu);
                    q[j][d] += LEARNING_RATE * (error * pu - REGULARISATION * qj);
                }
            }
        }
        double squares = 0;
        int testCount = 0;
        for (int i = 0; i < n; i++) {
            if (test[i]) {
                double prediction = Math.max(1, Math.min(5,
                        predict(mean, userBias[users[i]], itemBias[items[i]], p[users[i]], q[items[i]])));
                squares += (stars[i] - prediction) * (stars[i] - prediction);
                testCount++;
            }
        }
        return Math.sqrt(squares / testCount);
    }

    private static double predict(double mean, double userBias, double itemBias, double[] p, double[] q) {
        double value = mean + userBias + itemBias;
        for (int d = 0; d < p.length; d++) {
            value += p[d] * q[d];
        }
        return value;
    }

    private static double[][] randomMatrix(int rows, int columns, Random random) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int d = 0; d < columns; d++) {
                row[d] = 0.1 * random.nextGaussian();
            }
        }
        return m;
    }
}

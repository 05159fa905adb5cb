package org.crmworkbench.analysis.segment;

import java.util.SplittableRandom;
import org.crmworkbench.work.Progress;

/**
 * Greedy k-means++ starting centres: the first a random row, each next one drawn with probability proportional to
 * the squared distance to the nearest centre chosen so far, keeping the best of a few draws (2 + ln k) by how much
 * it lowers the total squared distance. Sums are kept per row slice and added in slice order, so the choice does not
 * depend on the number of threads.
 */
final class KMeansPlusPlus {
    private KMeansPlusPlus() {
    }

    /** {@code k} centres, row after row ({@code k * cols} values). */
    static double[] seed(FeatureMatrix data, int k, SplittableRandom random, RowChunks runner, Progress progress) {
        double[] x = data.values();
        int n = data.rows();
        int d = data.cols();
        int chunks = RowChunks.chunkCount(n);
        int trials = 2 + (int) Math.log(k);
        double[] centres = new double[k * d];
        int first = random.nextInt(n);
        System.arraycopy(x, first * d, centres, 0, d);
        double[] nearest = new double[n];
        double[] potential = new double[chunks];
        runner.run(chunks, ch -> {
            int from = RowChunks.start(n, chunks, ch);
            int to = RowChunks.start(n, chunks, ch + 1);
            double p = 0;
            for (int i = from; i < to; i++) {
                nearest[i] = squared(x, i * d, x, first * d, d);
                p += nearest[i];
            }
            potential[ch] = p;
        });
        int[] candidates = new int[trials];
        double[][] trialPotential = new double[chunks][trials];
        for (int c = 1; c < k; c++) {
            progress.checkCancelled();
            double total = 0;
            for (double p : potential) {
                total += p;
            }
            for (int t = 0; t < trials; t++) {
                candidates[t] = draw(nearest, potential, total, n, chunks, random);
            }
            runner.run(chunks, ch -> {
                int from = RowChunks.start(n, chunks, ch);
                int to = RowChunks.start(n, chunks, ch + 1);
                double[] tp = trialPotential[ch];
                java.util.Arrays.fill(tp, 0);
                for (int i = from; i < to; i++) {
                    double current = nearest[i];
                    for (int t = 0; t < trials; t++) {
                        tp[t] += Math.min(current, squared(x, i * d, x, candidates[t] * d, d));
                    }
                }
            });
            int best = 0;
            double bestPotential = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                double p = 0;
                for (int ch = 0; ch < chunks; ch++) {
                    p += trialPotential[ch][t];
                }
                if (p < bestPotential) {
                    bestPotential = p;
                    best = t;
                }
            }
            int chosen = candidates[best];
            System.arraycopy(x, chosen * d, centres, c * d, d);
            runner.run(chunks, ch -> {
                int from = RowChunks.start(n, chunks, ch);
                int to = RowChunks.start(n, chunks, ch + 1);
                double p = 0;
                for (int i = from; i < to; i++) {
                    double dist = squared(x, i * d, x, chosen * d, d);
                    if (dist < nearest[i]) {
                        nearest[i] = dist;
                    }
                    p += nearest[i];
                }
                potential[ch] = p;
            });
        }
        return centres;
    }

    /** A row drawn with probability proportional to its squared distance; uniform when all distances are 0. */
    private static int draw(double[] nearest, double[] potential, double total, int n, int chunks,
                            SplittableRandom random) {
        if (!(total > 0)) {
            return random.nextInt(n);
        }
        double target = random.nextDouble() * total;
        int ch = 0;
        while (ch < chunks - 1 && target >= potential[ch]) {
            target -= potential[ch];
            ch++;
        }
        int from = RowChunks.start(n, chunks, ch);
        int to = RowChunks.start(n, chunks, ch + 1);
        int last = -1;
        for (int i = from; i < to; i++) {
            if (nearest[i] > 0) {
                last = i;
                target -= nearest[i];
                if (target < 0) {
                    return i;
                }
            }
        }
        if (last >= 0) {
            return last;
        }
        for (int i = 0; i < n; i++) {
            if (nearest[i] > 0) {
                return i;
            }
        }
        return random.nextInt(n);
    }

    static double squared(double[] a, int aOff, double[] b, int bOff, int d) {
        double sum = 0;
        for (int j = 0; j < d; j++) {
            double diff = a[aOff + j] - b[bOff + j];
            sum += diff * diff;
        }
        return sum;
    }
}

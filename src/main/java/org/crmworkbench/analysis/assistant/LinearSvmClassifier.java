package org.crmworkbench.analysis.assistant;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.crmworkbench.work.Progress;

/**
 * A one-vs-rest linear support vector machine over sparse TF-IDF vectors: for each intent, a weight per feature and a
 * bias that separate its examples from all the others, fitted by dual coordinate descent on the L2-regularised
 * squared-hinge loss (Hsieh, Chang, Lin, Keerthi, Sundararajan, "A Dual Coordinate Descent Method for Large-scale
 * Linear SVM", ICML 2008 - the method of LIBLINEAR's default solver, here without its shrinking).
 *
 * <p>Why not Smile's {@code SparseLogisticRegression.multinomial}: it minimises the multinomial likelihood by L-BFGS
 * over all {@code (classes - 1) * (features + 1)} weights at once, summing dense gradients over partitions of 1,000
 * examples; on CLINC150 (15,100 examples, 151 classes, 63,047 features) that is 9.5 million weights, a dense
 * gradient of that size per partition and iteration, and five L-BFGS corrections of that size (some 1.5 GB). Measured
 * ({@code IntentMatcherBenchmark}, on a shared 2-core machine): Smile on only the 18,452 features found in at least
 * five questions, one partition, lambda 0.1, took 31 s of CPU for 10 iterations (test in-scope accuracy 0.887, far
 * from converged), where this whole matcher fit - features, all 63,047 of them, classifier and BM25 index - took
 * 8.5 s of CPU (test 0.924); the goal is a fit in under 5 s. Dual coordinate descent touches one example's non-zero
 * features per step and needs no line search.
 *
 * <p>The classes are independent problems, but they are solved together: each pass shuffles the examples once and,
 * for each example, reads its features' weight rows (stored feature by feature, {@code float}) to get its margins for
 * every class in one sweep, then takes one coordinate step per class; a class stops when its projected gradients
 * span no more than LIBLINEAR's default tolerance. Blocks of classes run in parallel with the same shuffle (seeded),
 * so a fit is deterministic for the same input on any number of threads. The bias is one more feature, constant 1,
 * regularised like the others. Immutable once fitted; safe to share.
 */
final class LinearSvmClassifier {
    /** Stop when the projected gradients span no more than this (LIBLINEAR's default for this solver). */
    private static final double TOLERANCE = 0.1;
    private static final int MAX_PASSES = 1000;
    private static final long SEED = 0x5EED_17L;
    /** The fewest classes a parallel block fits. */
    private static final int MIN_BLOCK = 16;

    private final int classes;
    private final float[] weights;
    private final float[] bias;

    private LinearSvmClassifier(int classes, float[] weights, float[] bias) {
        this.classes = classes;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * @param examples the examples' vectors
     * @param labels   each example's class, 0 .. classes - 1
     * @param features how many features the vectors number
     * @param cost     the cost of a margin violation (larger = less regularised)
     */
    static LinearSvmClassifier fit(List<SparseVector> examples, int[] labels, int classes, int features, double cost,
                                   Progress progress) {
        int n = examples.size();
        float diagonal = (float) (0.5 / cost);
        float[] curvature = new float[n];
        for (int i = 0; i < n; i++) {
            curvature[i] = (float) (examples.get(i).squaredNorm() + 1.0 + diagonal);
        }
        // row f holds feature f's weight for every class; row `features` is the bias (a feature constant 1)
        float[] weights = new float[(features + 1) * classes];
        int blocks = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), classes / MIN_BLOCK));
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, blocks).parallel().forEach(b -> {
            Block block = new Block(examples, labels, classes, b * classes / blocks, (b + 1) * classes / blocks,
                    weights, diagonal, curvature);
            block.fit(progress, done);
        });
        int biasRow = features * classes;
        return new LinearSvmClassifier(classes, weights, Arrays.copyOfRange(weights, biasRow, biasRow + classes));
    }

    /**
     * The classes {@code from .. to - 1}, fitted together: one pass over the examples computes each example's margins
     * for all of them from its features' weight rows, then takes one coordinate step per class. Classes are
     * independent, so blocks run in parallel, and each block shuffles the examples with the same seed.
     */
    private static final class Block {
        private final List<SparseVector> examples;
        private final int[] labels;
        private final int classes;
        private final int from;
        private final int to;
        private final float[] weights;
        private final float diagonal;
        private final float[] curvature;

        Block(List<SparseVector> examples, int[] labels, int classes, int from, int to, float[] weights,
              float diagonal, float[] curvature) {
            this.examples = examples;
            this.labels = labels;
            this.classes = classes;
            this.from = from;
            this.to = to;
            this.weights = weights;
            this.diagonal = diagonal;
            this.curvature = curvature;
        }

        void fit(Progress progress, AtomicInteger done) {
            int n = examples.size();
            int width = to - from;
            int biasRow = (weights.length / classes - 1) * classes;
            float[] alpha = new float[n * width];
            boolean[] converged = new boolean[width];
            int open = width;
            float[] margin = new float[width];
            float[] largest = new float[width];
            float[] smallest = new float[width];
            float[] steps = new float[width];
            int[] movedClasses = new int[width];
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            SplittableRandom random = new SplittableRandom(SEED);
            for (int pass = 0; pass < MAX_PASSES && open > 0; pass++) {
                progress.checkCancelled();
                for (int s = n - 1; s > 0; s--) {
                    int j = random.nextInt(s + 1);
                    int t = order[s];
                    order[s] = order[j];
                    order[j] = t;
                }
                Arrays.fill(largest, Float.NEGATIVE_INFINITY);
                Arrays.fill(smallest, Float.POSITIVE_INFINITY);
                for (int s = 0; s < n; s++) {
                    int i = order[s];
                    SparseVector x = examples.get(i);
                    int[] idx = x.indexes();
                    double[] val = x.values();
                    System.arraycopy(weights, biasRow + from, margin, 0, width);
                    for (int j = 0; j < idx.length; j++) {
                        int row = idx[j] * classes + from;
                        float v = (float) val[j];
                        for (int c = 0; c < width; c++) {
                            margin[c] += weights[row + c] * v;
                        }
                    }
                    int base = i * width;
                    int moved = 0;
                    for (int c = 0; c < width; c++) {
                        steps[c] = 0f;
                        if (converged[c]) {
                            continue;
                        }
                        float y = labels[i] == from + c ? 1f : -1f;
                        float a = alpha[base + c];
                        float gradient = y * margin[c] - 1f + diagonal * a;
                        float projected = a == 0f ? Math.min(gradient, 0f) : gradient;
                        largest[c] = Math.max(largest[c], projected);
                        smallest[c] = Math.min(smallest[c], projected);
                        if (Math.abs(projected) > 1e-12f) {
                            float updated = Math.max(a - gradient / curvature[i], 0f);
                            alpha[base + c] = updated;
                            float step = (updated - a) * y;
                            if (step != 0f) {
                                steps[c] = step;
                                movedClasses[moved++] = c;
                            }
                        }
                    }
                    update(idx, val, steps, movedClasses, moved, biasRow);
                }
                for (int c = 0; c < width; c++) {
                    if (!converged[c] && largest[c] - smallest[c] <= TOLERANCE) {
                        converged[c] = true;
                        open--;
                        progress.worked(done.incrementAndGet(), classes);
                    }
                }
            }
        }

        /**
         * Adds each moved class's step times the example's features to its weights: row by row when many classes
         * moved (contiguous), class by class when few did; each weight gets the same single addition either way.
         */
        private void update(int[] idx, double[] val, float[] steps, int[] movedClasses, int moved, int biasRow) {
            if (moved == 0) {
                return;
            }
            int width = to - from;
            if (moved * 8 > width) {
                for (int j = 0; j < idx.length; j++) {
                    int row = idx[j] * classes + from;
                    float v = (float) val[j];
                    for (int c = 0; c < width; c++) {
                        weights[row + c] += steps[c] * v;
                    }
                }
            } else {
                for (int m = 0; m < moved; m++) {
                    int c = movedClasses[m];
                    float step = steps[c];
                    for (int j = 0; j < idx.length; j++) {
                        weights[idx[j] * classes + from + c] += step * (float) val[j];
                    }
                }
            }
            for (int m = 0; m < moved; m++) {
                int c = movedClasses[m];
                weights[biasRow + from + c] += steps[c];
            }
        }
    }

    int classes() {
        return classes;
    }

    /** The decision value of every class for {@code x} (positive = on the class's side of its boundary). */
    double[] decisions(SparseVector x) {
        double[] out = new double[classes];
        for (int k = 0; k < classes; k++) {
            out[k] = bias[k];
        }
        int[] idx = x.indexes();
        double[] val = x.values();
        for (int j = 0; j < idx.length; j++) {
            int row = idx[j] * classes;
            double v = val[j];
            for (int k = 0; k < classes; k++) {
                out[k] += weights[row + k] * v;
            }
        }
        return out;
    }
}

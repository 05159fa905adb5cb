package org.crmworkbench.analysis.segment;

import java.util.Objects;
import java.util.SplittableRandom;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * K-means segmentation: k-means++ starts, several restarts keeping the tightest result, and Lloyd iterations sped up
 * with Hamerly's bounds (per row one upper bound on the distance to its own centre and one lower bound on the
 * distance to any other centre; a row whose bounds prove its centre is still the nearest is not measured again).
 *
 * <p>Rows are cut into fixed slices worked on in parallel; each slice keeps its own sums per segment and the slices
 * are added up in a fixed order, so a seed gives the same segments whatever the number of threads.
 *
 * <p>Empty segments (a centre that no row is nearest to) are re-seeded on the row farthest from its centre.
 */
public final class KMeans {
    /** The {@link Clustering#algorithm()} name of the results. */
    public static final String ALGORITHM = "kmeans";

    private final int threads;

    /** K-means on every core of the machine. */
    public KMeans() {
        this(RowChunks.defaultThreads());
    }

    /** K-means on {@code threads} threads (1 runs on the caller's thread). */
    public KMeans(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /**
     * Segments {@code data} into {@code parameters.k()} groups: {@code restarts} k-means++ starts, each iterated to
     * convergence, the lowest within-cluster sum of squares kept. Reports one unit of work per restart.
     *
     * @throws BadParameterException  on {@code k} when the data has fewer rows than segments
     * @throws org.crmworkbench.work.CancelledException when the progress is cancelled (checked every iteration)
     */
    public Clustering fit(FeatureMatrix data, KMeansParameters parameters, Progress progress) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(parameters, "parameters");
        parameters.requireFits(data);
        int k = parameters.k();
        SplittableRandom master = new SplittableRandom(parameters.seed());
        Run best = null;
        try (RowChunks chunks = new RowChunks(threads)) {
            for (int r = 0; r < parameters.restarts(); r++) {
                progress.checkCancelled();
                SplittableRandom random = master.split();
                double[] centres = KMeansPlusPlus.seed(data, k, random, chunks, progress);
                Run run = iterate(data, centres, k, parameters.maxIterations(), parameters.tolerance(), true, chunks,
                        progress);
                if (best == null || run.wcss < best.wcss) {
                    best = run;
                }
                progress.worked(r + 1, parameters.restarts());
            }
        }
        return best.toClustering(data.cols());
    }

    /**
     * Iterates from the given centres with no random choice: at most {@code maxIterations} iterations, stopping
     * earlier when no row changes segment or no centre moves farther than {@code tolerance} (0 stops only when no
     * row changes, i.e. runs a fixed number of iterations unless it has converged exactly). The iteration count
     * of the result counts assignment passes, the first (to the given centres) included, as scikit-learn's
     * {@code n_iter_} does.
     *
     * @param useBounds true for Hamerly's accelerated iterations, false for plain Lloyd iterations (every row
     *                  measured against every centre each time); both give the same segments
     */
    public Clustering fitFrom(FeatureMatrix data, double[][] initialCentres, int maxIterations, double tolerance,
                              boolean useBounds, Progress progress) {
        Objects.requireNonNull(data, "data");
        int k = initialCentres.length;
        int d = data.cols();
        if (k < 1) {
            throw new IllegalArgumentException("at least one initial centre is needed");
        }
        new KMeansParameters(Math.max(2, k), 1, maxIterations, tolerance, 0).requireFits(data);
        double[] centres = new double[k * d];
        for (int c = 0; c < k; c++) {
            if (initialCentres[c].length != d) {
                throw new IllegalArgumentException("centre " + c + " has " + initialCentres[c].length
                        + " values, the data " + d);
            }
            System.arraycopy(initialCentres[c], 0, centres, c * d, d);
        }
        try (RowChunks chunks = new RowChunks(threads)) {
            return iterate(data, centres, k, maxIterations, tolerance, useBounds, chunks, progress)
                    .toClustering(d);
        }
    }

    /** Lloyd/Hamerly iterations from {@code centres} (k * d, row after row; overwritten). */
    private static Run iterate(FeatureMatrix data, double[] centres, int k, int maxIterations, double tolerance,
                               boolean useBounds, RowChunks runner, Progress progress) {
        Iteration it = new Iteration(data, centres, k, useBounds);
        runner.run(it.chunks, it::assignAll);
        int passes = 1;
        while (passes < maxIterations) {
            progress.checkCancelled();
            double maxShift = it.moveCentres();
            passes++;
            runner.run(it.chunks, it::reassign);
            int changed = it.changedRows();
            if (changed == 0 || maxShift <= tolerance) {
                break;
            }
        }
        progress.checkCancelled();
        double[] finalCentres = it.meansOrCurrent();
        double[] partial = new double[it.chunks];
        runner.run(it.chunks, ch -> partial[ch] = it.wcss(ch, finalCentres));
        double wcss = 0;
        for (double p : partial) {
            wcss += p;
        }
        return new Run(it.label, finalCentres, k, passes, wcss);
    }

    /** One finished start. */
    private record Run(int[] labels, double[] centres, int k, int iterations, double wcss) {
        Clustering toClustering(int d) {
            double[][] c = new double[k][d];
            for (int j = 0; j < k; j++) {
                System.arraycopy(centres, j * d, c[j], 0, d);
            }
            return new Clustering(ALGORITHM, labels, k, c, iterations, wcss);
        }
    }

    /** The state of one start between iterations: labels, bounds, and per-slice sums of each segment. */
    private static final class Iteration {
        final double[] x;
        final int n;
        final int d;
        final int k;
        final int chunks;
        final boolean useBounds;
        final double[] centres;
        final int[] label;
        final double[] upper;
        final double[] lower;
        final double[][] sums;
        final int[][] counts;
        final int[] changed;
        /** Half the distance from each centre to its nearest other centre. */
        final double[] half;
        /** How far each centre moved in the last update. */
        final double[] shift;
        /** For each centre, the largest move of any other centre. */
        final double[] shiftOther;

        Iteration(FeatureMatrix data, double[] centres, int k, boolean useBounds) {
            this.x = data.values();
            this.n = data.rows();
            this.d = data.cols();
            this.k = k;
            this.centres = centres;
            this.useBounds = useBounds;
            this.chunks = RowChunks.chunkCount(n);
            this.label = new int[n];
            this.upper = new double[n];
            this.lower = new double[n];
            this.sums = new double[chunks][k * d];
            this.counts = new int[chunks][k];
            this.changed = new int[chunks];
            this.half = new double[k];
            this.shift = new double[k];
            this.shiftOther = new double[k];
        }

        /** First pass: every row measured against every centre. */
        void assignAll(int ch) {
            int from = RowChunks.start(n, chunks, ch);
            int to = RowChunks.start(n, chunks, ch + 1);
            double[] s = sums[ch];
            int[] cnt = counts[ch];
            for (int i = from; i < to; i++) {
                nearestTwo(i);
                int a = label[i];
                cnt[a]++;
                int off = i * d;
                int co = a * d;
                for (int j = 0; j < d; j++) {
                    s[co + j] += x[off + j];
                }
            }
        }

        /** Sets label, upper and lower of row i from a full scan of the centres. */
        private int nearestTwo(int i) {
            int off = i * d;
            double best = Double.POSITIVE_INFINITY;
            double second = Double.POSITIVE_INFINITY;
            int bestC = 0;
            for (int c = 0; c < k; c++) {
                int co = c * d;
                double sum = 0;
                for (int j = 0; j < d; j++) {
                    double diff = x[off + j] - centres[co + j];
                    sum += diff * diff;
                }
                if (sum < best) {
                    second = best;
                    best = sum;
                    bestC = c;
                } else if (sum < second) {
                    second = sum;
                }
            }
            label[i] = bestC;
            upper[i] = Math.sqrt(best);
            lower[i] = Math.sqrt(second);
            return bestC;
        }

        private double distance(int i, int c) {
            int off = i * d;
            int co = c * d;
            double sum = 0;
            for (int j = 0; j < d; j++) {
                double diff = x[off + j] - centres[co + j];
                sum += diff * diff;
            }
            return Math.sqrt(sum);
        }

        /** A later pass over slice ch: bounds first, then a full scan only where they cannot decide. */
        void reassign(int ch) {
            int from = RowChunks.start(n, chunks, ch);
            int to = RowChunks.start(n, chunks, ch + 1);
            double[] s = sums[ch];
            int[] cnt = counts[ch];
            int moved = 0;
            for (int i = from; i < to; i++) {
                int a = label[i];
                if (useBounds) {
                    double u = upper[i] + shift[a];
                    double l = lower[i] - shiftOther[a];
                    double m = Math.max(half[a], l);
                    if (u <= m) {
                        upper[i] = u;
                        lower[i] = l;
                        continue;
                    }
                    u = distance(i, a);
                    if (u <= m) {
                        upper[i] = u;
                        lower[i] = l;
                        continue;
                    }
                }
                int b = nearestTwo(i);
                if (b != a) {
                    moved++;
                    cnt[a]--;
                    cnt[b]++;
                    int off = i * d;
                    int ao = a * d;
                    int bo = b * d;
                    for (int j = 0; j < d; j++) {
                        double v = x[off + j];
                        s[ao + j] -= v;
                        s[bo + j] += v;
                    }
                }
            }
            changed[ch] = moved;
        }

        int changedRows() {
            int total = 0;
            for (int c : changed) {
                total += c;
            }
            return total;
        }

        /** Segment sizes and sums over all slices, added in slice order. */
        private int[] totalCounts() {
            int[] total = new int[k];
            for (int[] cnt : counts) {
                for (int c = 0; c < k; c++) {
                    total[c] += cnt[c];
                }
            }
            return total;
        }

        private double[] means(int[] total) {
            double[] m = new double[k * d];
            for (double[] s : sums) {
                for (int q = 0; q < m.length; q++) {
                    m[q] += s[q];
                }
            }
            for (int c = 0; c < k; c++) {
                if (total[c] > 0) {
                    for (int j = 0; j < d; j++) {
                        m[c * d + j] /= total[c];
                    }
                }
            }
            return m;
        }

        /**
         * Moves every centre to the mean of its rows (re-seeding empty ones), updates the shift and half-distance
         * tables the next pass needs, and returns the largest move.
         */
        double moveCentres() {
            int[] total = totalCounts();
            for (int round = 0; round < k && hasEmpty(total); round++) {
                reseedEmpty(total);
                total = totalCounts();
            }
            double[] next = means(total);
            double maxShift = 0;
            double first = -1;
            double second = -1;
            int firstC = -1;
            for (int c = 0; c < k; c++) {
                if (total[c] == 0) {
                    System.arraycopy(centres, c * d, next, c * d, d);
                }
                double sum = 0;
                for (int j = 0; j < d; j++) {
                    double diff = next[c * d + j] - centres[c * d + j];
                    sum += diff * diff;
                }
                shift[c] = Math.sqrt(sum);
                if (shift[c] > first) {
                    second = first;
                    first = shift[c];
                    firstC = c;
                } else if (shift[c] > second) {
                    second = shift[c];
                }
                maxShift = Math.max(maxShift, shift[c]);
            }
            for (int c = 0; c < k; c++) {
                shiftOther[c] = c == firstC ? Math.max(second, 0) : first;
            }
            System.arraycopy(next, 0, centres, 0, next.length);
            for (int c = 0; c < k; c++) {
                double nearest = Double.POSITIVE_INFINITY;
                for (int o = 0; o < k; o++) {
                    if (o != c) {
                        double sum = 0;
                        for (int j = 0; j < d; j++) {
                            double diff = centres[c * d + j] - centres[o * d + j];
                            sum += diff * diff;
                        }
                        nearest = Math.min(nearest, sum);
                    }
                }
                half[c] = 0.5 * Math.sqrt(nearest);
            }
            return maxShift;
        }

        private static boolean hasEmpty(int[] total) {
            for (int t : total) {
                if (t == 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Gives each empty segment the row farthest from its current centre (ties: the first such row), taken
         * from a segment that keeps at least one row.
         */
        private void reseedEmpty(int[] total) {
            for (int e = 0; e < k; e++) {
                if (total[e] != 0) {
                    continue;
                }
                int far = -1;
                double farthest = -1;
                for (int i = 0; i < n; i++) {
                    int a = label[i];
                    if (total[a] <= 1) {
                        continue;
                    }
                    double dist = distance(i, a);
                    if (dist > farthest) {
                        farthest = dist;
                        far = i;
                    }
                }
                if (far < 0) {
                    return;
                }
                int a = label[far];
                int ch = chunkOf(far);
                counts[ch][a]--;
                counts[ch][e]++;
                total[a]--;
                total[e]++;
                int off = far * d;
                for (int j = 0; j < d; j++) {
                    sums[ch][a * d + j] -= x[off + j];
                    sums[ch][e * d + j] += x[off + j];
                }
                label[far] = e;
                upper[far] = Double.POSITIVE_INFINITY;
                lower[far] = 0;
            }
        }

        private int chunkOf(int row) {
            int ch = (int) ((long) row * chunks / n);
            while (ch + 1 < chunks && RowChunks.start(n, chunks, ch + 1) <= row) {
                ch++;
            }
            while (ch > 0 && RowChunks.start(n, chunks, ch) > row) {
                ch--;
            }
            return ch;
        }

        /** Means of the final segments; a segment left empty keeps its centre. */
        double[] meansOrCurrent() {
            int[] total = totalCounts();
            double[] m = means(total);
            for (int c = 0; c < k; c++) {
                if (total[c] == 0) {
                    System.arraycopy(centres, c * d, m, c * d, d);
                }
            }
            return m;
        }

        double wcss(int ch, double[] c) {
            int from = RowChunks.start(n, chunks, ch);
            int to = RowChunks.start(n, chunks, ch + 1);
            double total = 0;
            for (int i = from; i < to; i++) {
                int off = i * d;
                int co = label[i] * d;
                for (int j = 0; j < d; j++) {
                    double diff = x[off + j] - c[co + j];
                    total += diff * diff;
                }
            }
            return total;
        }
    }
}

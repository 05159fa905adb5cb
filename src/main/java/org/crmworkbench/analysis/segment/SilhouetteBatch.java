package org.crmworkbench.analysis.segment;

import java.util.Arrays;
import org.crmworkbench.work.Progress;

/**
 * The mean silhouettes of several segmentations of the same rows, with every distance between two rows taken once:
 * each pair {@code i < j} adds its distance to row i's sum towards j's segment and to row j's sum towards i's
 * segment, in every segmentation at once. Distances are {@code |a|^2 + |b|^2 - 2 a.b} in the same order of terms as
 * the one-segmentation silhouette, so both give the same distances to the bit.
 *
 * <p>Blocks of rows go to a fixed number of slots (depending only on the rows and segment counts, never on the
 * threads); each slot keeps its own sums, and the slots' sums are added in slot order, so the result is the same on
 * any number of threads.
 */
final class SilhouetteBatch {
    private static final int ROW_BLOCK = 64;
    private static final int COLUMN_BLOCK = 512;
    private static final int SLOTS = 4;
    /** Bytes the per-slot sums of one pass may take together; larger batches are split into several passes. */
    private static final long SUMS_BUDGET = 96L << 20;

    private final int threads;

    SilhouetteBatch(int threads) {
        this.threads = threads;
    }

    /** Most segment numbers (summed over segmentations) one pass over {@code rows} rows may carry. */
    static int maxCodes(int rows) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE / 2, SUMS_BUDGET / (8L * SLOTS * Math.max(1, rows))));
    }

    /**
     * Mean silhouette of {@code rows} (indices into {@code data}, none of them noise in any labeling) among themselves
     * under each labeling; NaN for a labeling whose rows fall in fewer than two segments.
     */
    double[] of(FeatureMatrix data, int[] rows, int[][] labelings, Progress progress) {
        int count = labelings.length;
        int m = rows.length;
        double[] result = new double[count];
        Arrays.fill(result, Double.NaN);
        int[][] size = new int[count][];
        boolean[] scored = new boolean[count];
        for (int l = 0; l < count; l++) {
            int maxLabel = -1;
            for (int r : rows) {
                maxLabel = Math.max(maxLabel, labelings[l][r]);
            }
            size[l] = new int[maxLabel + 1];
            for (int r : rows) {
                size[l][labelings[l][r]]++;
            }
            int groups = 0;
            for (int s : size[l]) {
                if (s > 0) {
                    groups++;
                }
            }
            scored[l] = groups >= 2;
        }
        int limit = maxCodes(m);
        int l = 0;
        while (l < count) {
            if (!scored[l]) {
                l++;
                continue;
            }
            // one pass over as many following labelings as fit the budget (at least one)
            int[] batch = new int[count];
            int n = 0;
            int codes = 0;
            for (; l < count; l++) {
                if (!scored[l]) {
                    continue;
                }
                if (n > 0 && codes + size[l].length > limit) {
                    break;
                }
                batch[n++] = l;
                codes += size[l].length;
            }
            batch = Arrays.copyOf(batch, n);
            pass(data, rows, labelings, size, batch, codes, result, progress);
        }
        return result;
    }

    private void pass(FeatureMatrix data, int[] rows, int[][] labelings, int[][] size, int[] batch, int codes,
                      double[] result, Progress progress) {
        int m = rows.length;
        int d = data.cols();
        int count = batch.length;
        double[] x = data.values();
        double[] p = new double[m * d];
        double[] t = new double[d * m];
        double[] norm = new double[m];
        int[] base = new int[count];
        for (int b = 1; b < count; b++) {
            base[b] = base[b - 1] + size[batch[b - 1]].length;
        }
        // code[i * count + b]: where row i's segment in labeling b sits among all segment numbers of the pass
        int[] code = new int[m * count];
        for (int i = 0; i < m; i++) {
            int r = rows[i];
            double nn = 0;
            for (int j = 0; j < d; j++) {
                double v = x[r * d + j];
                p[i * d + j] = v;
                t[j * m + i] = v;
                nn += v * v;
            }
            norm[i] = nn;
            for (int b = 0; b < count; b++) {
                code[i * count + b] = base[b] + labelings[batch[b]][r];
            }
        }
        int blocks = (m + ROW_BLOCK - 1) / ROW_BLOCK;
        int slots = Math.max(1, Math.min(SLOTS, blocks));
        double[][] sums = new double[slots][];
        try (RowChunks runner = new RowChunks(threads)) {
            runner.run(slots, slot -> {
                // sum[c * m + i]: distances from row i to the rows of segment code c, this slot's share
                double[] sum = new double[codes * m];
                sums[slot] = sum;
                double[] acc = new double[COLUMN_BLOCK];
                double[] own = new double[ROW_BLOCK * codes];
                for (int block = slot; block < blocks; block += slots) {
                    if (progress.isCancelled()) {
                        return;
                    }
                    int from = block * ROW_BLOCK;
                    int to = Math.min(m, from + ROW_BLOCK);
                    Arrays.fill(own, 0);
                    for (int j0 = from; j0 < m; j0 += COLUMN_BLOCK) {
                        int j1 = Math.min(m, j0 + COLUMN_BLOCK);
                        for (int i = from; i < to; i++) {
                            int js = Math.max(j0, i + 1);
                            if (js >= j1) {
                                continue;
                            }
                            int w = j1 - js;
                            Arrays.fill(acc, 0, w, 0);
                            for (int q = 0; q < d; q++) {
                                double a = p[i * d + q];
                                int at = q * m + js;
                                for (int jj = 0; jj < w; jj++) {
                                    acc[jj] += a * t[at + jj];
                                }
                            }
                            double ni = norm[i];
                            for (int jj = 0; jj < w; jj++) {
                                acc[jj] = Math.sqrt(Math.max(0, ni + norm[js + jj] - 2 * acc[jj]));
                            }
                            // row i towards the segments of the rows j
                            int ownAt = (i - from) * codes;
                            for (int jj = 0; jj < w; jj++) {
                                double v = acc[jj];
                                int at = (js + jj) * count;
                                for (int b = 0; b < count; b++) {
                                    own[ownAt + code[at + b]] += v;
                                }
                            }
                            // the rows j towards row i's segment
                            for (int b = 0; b < count; b++) {
                                int at = code[i * count + b] * m + js;
                                for (int jj = 0; jj < w; jj++) {
                                    sum[at + jj] += acc[jj];
                                }
                            }
                        }
                    }
                    for (int i = from; i < to; i++) {
                        int ownAt = (i - from) * codes;
                        for (int c = 0; c < codes; c++) {
                            sum[c * m + i] += own[ownAt + c];
                        }
                    }
                }
            });
        }
        progress.checkCancelled();
        double[] total = sums[0];
        for (int s = 1; s < slots; s++) {
            double[] part = sums[s];
            for (int k = 0; k < total.length; k++) {
                total[k] += part[k];
            }
        }
        for (int b = 0; b < count; b++) {
            int[] labels = labelings[batch[b]];
            int[] sz = size[batch[b]];
            int clusters = sz.length;
            double widths = 0;
            for (int i = 0; i < m; i++) {
                int mine = labels[rows[i]];
                if (sz[mine] <= 1) {
                    continue;
                }
                double a = total[(base[b] + mine) * m + i] / (sz[mine] - 1);
                double nearest = Double.POSITIVE_INFINITY;
                for (int c = 0; c < clusters; c++) {
                    if (c != mine && sz[c] > 0) {
                        nearest = Math.min(nearest, total[(base[b] + c) * m + i] / sz[c]);
                    }
                }
                double denominator = Math.max(a, nearest);
                widths += denominator > 0 ? (nearest - a) / denominator : 0;
            }
            result[batch[b]] = widths / m;
        }
    }
}

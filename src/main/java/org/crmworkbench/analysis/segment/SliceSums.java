package org.crmworkbench.analysis.segment;

/**
 * The running size and sum of each segment, kept per slice of rows: slices are worked on in parallel, each touching
 * only its own sums, and are added up in slice order, so a segment's mean has the same bits on any number of threads.
 */
final class SliceSums {
    private final double[] x;
    private final int d;
    private final int k;
    private final double[][] sums;
    private final int[][] counts;

    /** Empty sums for {@code k} segments of {@code data}'s rows cut into {@code chunks} slices. */
    SliceSums(FeatureMatrix data, int k, int chunks) {
        this.x = data.values();
        this.d = data.cols();
        this.k = k;
        this.sums = new double[chunks][k * d];
        this.counts = new int[chunks][k];
    }

    /** Counts row {@code i} (in slice {@code ch}) into segment {@code c}. */
    void add(int ch, int c, int i) {
        double[] s = sums[ch];
        counts[ch][c]++;
        int off = i * d;
        int co = c * d;
        for (int j = 0; j < d; j++) {
            s[co + j] += x[off + j];
        }
    }

    /** Moves row {@code i} (in slice {@code ch}) from segment {@code a} to segment {@code b}. */
    void move(int ch, int a, int b, int i) {
        double[] s = sums[ch];
        int[] cnt = counts[ch];
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

    /** Segment sizes over all slices, added in slice order. */
    int[] totalCounts() {
        int[] total = new int[k];
        for (int[] cnt : counts) {
            for (int c = 0; c < k; c++) {
                total[c] += cnt[c];
            }
        }
        return total;
    }

    /**
     * Segment means (k * d, row after row) from the sums of all slices, added in slice order; a segment with no rows
     * in {@code total} is left at zero.
     */
    double[] means(int[] total) {
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
}

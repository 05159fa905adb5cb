package org.crmworkbench.analysis.segment;

/**
 * The assignment pass of k-means: each row's segment (its nearest centre), worked out slice by slice in parallel.
 * With Hamerly's bounds each row keeps an upper bound on the distance to its own centre and a lower bound on the
 * distance to any other centre, and a row whose bounds prove its centre is still the nearest is not measured again;
 * without them every row is measured against every centre each pass. Both give the same segments.
 *
 * <p>Each slice keeps its segments' sums in {@link SliceSums} up to date as its rows change segment.
 */
final class BoundedAssignment {
    private final double[] x;
    private final int n;
    private final int d;
    private final int k;
    private final int chunks;
    private final boolean useBounds;
    private final MovingCentres moving;
    private final double[] centres;
    private final SliceSums sums;
    private final int[] label;
    private final double[] upper;
    private final double[] lower;
    private final int[] changed;

    /**
     * @param moving    the centres, shared: the assignment reads them as {@link MovingCentres#moveTo} leaves them
     * @param sums      the per-slice segment sums, kept up to date by every pass
     * @param useBounds true for Hamerly's bounds, false for plain Lloyd passes
     */
    BoundedAssignment(FeatureMatrix data, MovingCentres moving, SliceSums sums, int k, int chunks, boolean useBounds) {
        this.x = data.values();
        this.n = data.rows();
        this.d = data.cols();
        this.k = k;
        this.chunks = chunks;
        this.useBounds = useBounds;
        this.moving = moving;
        this.centres = moving.centres();
        this.sums = sums;
        this.label = new int[n];
        this.upper = new double[n];
        this.lower = new double[n];
        this.changed = new int[chunks];
    }

    /** Each row's segment (the array, not a copy). */
    int[] labels() {
        return label;
    }

    /** First pass over slice ch: every row measured against every centre. */
    void assignAll(int ch) {
        int from = RowChunks.start(n, chunks, ch);
        int to = RowChunks.start(n, chunks, ch + 1);
        for (int i = from; i < to; i++) {
            nearestTwo(i);
            sums.add(ch, label[i], i);
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
        int moved = 0;
        for (int i = from; i < to; i++) {
            int a = label[i];
            if (useBounds) {
                double u = upper[i] + moving.shift(a);
                double l = lower[i] - moving.shiftOther(a);
                double m = Math.max(moving.half(a), l);
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
                sums.move(ch, a, b, i);
            }
        }
        changed[ch] = moved;
    }

    /** How many rows changed segment in the last pass. */
    int changedRows() {
        int total = 0;
        for (int c : changed) {
            total += c;
        }
        return total;
    }

    /**
     * Gives each empty segment (size 0 in {@code total}, which is updated) the row farthest from its current centre
     * (ties: the first such row), taken from a segment that keeps at least one row.
     */
    void reseedEmpty(int[] total) {
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
            sums.move(RowChunks.chunkOf(n, chunks, far), a, e, far);
            total[a]--;
            total[e]++;
            label[far] = e;
            upper[far] = Double.POSITIVE_INFINITY;
            lower[far] = 0;
        }
    }

    /** The within-segment sum of squares of slice ch's rows around centres {@code c} (k * d, row after row). */
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

package org.crmworkbench.analysis.segment;

/**
 * The centres of one k-means start and how far they moved in the last update: the centre step of a Lloyd iteration,
 * and the tables Hamerly's bounds need in the next assignment pass (each centre's move, the largest move of any other
 * centre, and half the distance to the nearest other centre).
 */
final class MovingCentres {
    private final int k;
    private final int d;
    private final double[] centres;
    /** Half the distance from each centre to its nearest other centre. */
    private final double[] half;
    /** How far each centre moved in the last update. */
    private final double[] shift;
    /** For each centre, the largest move of any other centre. */
    private final double[] shiftOther;

    /** Centres {@code k * d}, row after row; the array is shared, not copied, and overwritten by {@link #moveTo}. */
    MovingCentres(double[] centres, int k, int d) {
        this.centres = centres;
        this.k = k;
        this.d = d;
        this.half = new double[k];
        this.shift = new double[k];
        this.shiftOther = new double[k];
    }

    /** The current centres, {@code k * d}, row after row (the array, not a copy). */
    double[] centres() {
        return centres;
    }

    double shift(int c) {
        return shift[c];
    }

    double shiftOther(int c) {
        return shiftOther[c];
    }

    double half(int c) {
        return half[c];
    }

    /**
     * Moves every centre to its segment's mean in {@code next} (a segment with no rows in {@code total} keeps its
     * centre), updates the shift and half-distance tables, and returns the largest move.
     */
    double moveTo(double[] next, int[] total) {
        keepEmpty(next, total);
        double maxShift = 0;
        double first = -1;
        double second = -1;
        int firstC = -1;
        for (int c = 0; c < k; c++) {
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

    /** Writes the current centre of each segment with no rows in {@code total} into {@code means}; returns it. */
    double[] keepEmpty(double[] means, int[] total) {
        for (int c = 0; c < k; c++) {
            if (total[c] == 0) {
                System.arraycopy(centres, c * d, means, c * d, d);
            }
        }
        return means;
    }
}

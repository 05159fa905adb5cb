package org.crmworkbench.analysis.segment;

import java.util.Arrays;

/** Medians and quartiles by linear interpolation between order statistics (R's type 7, numpy's default). */
public final class Quantiles {
    private final double[] sorted;

    private Quantiles(double[] sorted) {
        this.sorted = sorted;
    }

    /** Quantiles of the values that are not NaN (copied and sorted). */
    public static Quantiles of(double[] values) {
        double[] kept = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        Arrays.sort(kept);
        return new Quantiles(kept);
    }

    /** Number of values that are not NaN. */
    public int count() {
        return sorted.length;
    }

    /** The {@code p}-quantile, p in [0, 1]; NaN when there are no values. */
    public double at(double p) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public double median() {
        return at(0.5);
    }

    public double min() {
        return sorted.length == 0 ? Double.NaN : sorted[0];
    }

    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }
}

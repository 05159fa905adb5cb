package org.crmworkbench.analysis.recommend;

/**
 * Running totals of how far predicted ratings are from held-out ones: root mean squared error and mean absolute error.
 * Predictions that are NaN (the method could not predict that pair) are counted apart and left out of the errors.
 * Not thread-safe: each thread keeps its own and they are {@linkplain #add(RatingErrors) added} in a fixed order.
 */
public final class RatingErrors {
    private long count;
    private long unpredicted;
    private double squared;
    private double absolute;

    /** Counts one held-out rating and its prediction. */
    public void add(double predicted, double actual) {
        if (Double.isNaN(predicted)) {
            unpredicted++;
            return;
        }
        double e = predicted - actual;
        count++;
        squared += e * e;
        absolute += Math.abs(e);
    }

    /** Adds another set of totals to this one. */
    public void add(RatingErrors other) {
        count += other.count;
        unpredicted += other.unpredicted;
        squared += other.squared;
        absolute += other.absolute;
    }

    /** Ratings with a prediction. */
    public long count() {
        return count;
    }

    /** Ratings the method gave NaN for. */
    public long unpredicted() {
        return unpredicted;
    }

    /** Root mean squared error; NaN when nothing was predicted. */
    public double rmse() {
        return count == 0 ? Double.NaN : Math.sqrt(squared / count);
    }

    /** Mean absolute error; NaN when nothing was predicted. */
    public double mae() {
        return count == 0 ? Double.NaN : absolute / count;
    }
}

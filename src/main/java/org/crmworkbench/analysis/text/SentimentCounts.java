package org.crmworkbench.analysis.text;

/**
 * How many texts of a group are positive, neutral and negative, and their mean score.
 *
 * @param meanScore the mean score; NaN for an empty group
 */
public record SentimentCounts(int positive, int neutral, int negative, double meanScore) {
    public static final SentimentCounts NONE = new SentimentCounts(0, 0, 0, Double.NaN);

    public int total() {
        return positive + neutral + negative;
    }

    /** Share of negative texts, 0..1; NaN for an empty group. */
    public double negativeShare() {
        return total() == 0 ? Double.NaN : (double) negative / total();
    }

    /** Share of positive texts, 0..1; NaN for an empty group. */
    public double positiveShare() {
        return total() == 0 ? Double.NaN : (double) positive / total();
    }
}

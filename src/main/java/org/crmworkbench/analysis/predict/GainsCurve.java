package org.crmworkbench.analysis.predict;

/**
 * Cumulative gains: contacting the highest-scored share of rows first, the share of all positives reached.
 *
 * @param populationShare x of each point, 0..1 (in steps of a hundredth, starting at 0)
 * @param positivesShare  share of all positives among the rows up to that point
 */
public record GainsCurve(double[] populationShare, double[] positivesShare) {
    public GainsCurve {
        if (populationShare.length != positivesShare.length) {
            throw new IllegalArgumentException("one share of positives per share of rows");
        }
    }

    /** Lift at point {@code i}: how many times better than contacting rows at random (NaN at 0). */
    public double lift(int i) {
        return populationShare[i] == 0 ? Double.NaN : positivesShare[i] / populationShare[i];
    }
}

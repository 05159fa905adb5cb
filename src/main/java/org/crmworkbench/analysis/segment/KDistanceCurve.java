package org.crmworkbench.analysis.segment;

/**
 * The sorted distances of every row to its k-th nearest neighbour (the row itself counted as the first, as
 * scikit-learn and R's dbscan count {@code minPts}), used to choose DBSCAN's eps at the curve's knee.
 *
 * @param k             neighbour rank the distances are for (DBSCAN's minPts)
 * @param distances     one distance per row, ascending (may be a stated sample of rows for large data)
 * @param suggestedEps  the distance at the knee of the curve
 * @param kneeIndex     position of the knee in {@code distances}
 */
public record KDistanceCurve(int k, double[] distances, double suggestedEps, int kneeIndex) {

    /** True when the curve was drawn from a sample of the {@code rows} rows rather than all of them. */
    public boolean isSampleOf(int rows) {
        return distances.length < rows;
    }
}

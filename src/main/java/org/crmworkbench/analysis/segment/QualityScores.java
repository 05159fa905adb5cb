package org.crmworkbench.analysis.segment;

/**
 * How well a clustering separates the rows.
 *
 * @param wcss              within-cluster sum of squares (lower is tighter; always falls as k grows)
 * @param silhouette        mean silhouette width in [-1, 1] (higher is better)
 * @param silhouetteSample  rows the silhouette was computed on; equals the row count when exact
 * @param silhouetteExact   true when every row took part
 * @param daviesBouldin     Davies-Bouldin index (lower is better)
 * @param calinskiHarabasz  Calinski-Harabasz index (higher is better)
 */
public record QualityScores(double wcss, double silhouette, int silhouetteSample, boolean silhouetteExact,
                            double daviesBouldin, double calinskiHarabasz) {
}

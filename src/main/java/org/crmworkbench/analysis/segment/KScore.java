package org.crmworkbench.analysis.segment;

/**
 * The scores of one k in a sweep.
 *
 * @param k          number of segments
 * @param scores     quality of the best k-means run at this k
 * @param stability  mean adjusted Rand index between runs on resampled data (1 = the same segments every time)
 * @param clustering the best run at this k (kept so the sweep doubles as a cache)
 */
public record KScore(int k, QualityScores scores, double stability, Clustering clustering) {
}

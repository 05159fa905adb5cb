package org.crmworkbench.analysis.recommend;

/** One point of the neighbour-count curve: a kNN method's RMSE and precision@N at k neighbours. */
public record NeighbourPoint(RecommenderAlgorithm algorithm, int neighbours, double rmse, double precision, int n) {
}

package org.crmworkbench.analysis.recommend;

/** A product similar to another one: its index, the similarity and the method that judged it. */
public record SimilarItem(int item, double similarity, RecommendationSource source) {
}

package org.crmworkbench.analysis.recommend;

/** Which method produced a recommendation; the hybrid says for every item which of its parts it came from. */
public enum RecommendationSource {
    POPULARITY, BASELINE, USER_KNN, ITEM_KNN, MATRIX_FACTORIZATION, IMPLICIT_ALS, CONTENT, BOUGHT_TOGETHER
}

package org.crmworkbench.analysis.recommend;

/** Makes the recommender a settings record asks for. */
public final class Recommenders {
    private Recommenders() {
    }

    public static Recommender create(RecommenderSettings settings) {
        return switch (settings.algorithm()) {
            case POPULAR -> new PopularityRecommender(settings);
            case CONTENT -> new ContentBasedRecommender(settings);
            case HYBRID -> HybridRecommender.standard(settings);
            case USER_KNN -> new UserKnnRecommender(settings);
            case ITEM_KNN -> new ItemKnnRecommender(settings);
            case BASELINE -> new BiasBaseline(settings);
            case MF -> new MatrixFactorization(settings);
            case IMPLICIT -> new ImplicitAls(settings);
        };
    }
}

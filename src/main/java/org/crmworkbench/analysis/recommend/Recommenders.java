package org.crmworkbench.analysis.recommend;

/** Makes the recommender a settings record asks for. */
public final class Recommenders {
    private Recommenders() {
    }

    public static Recommender create(RecommenderSettings settings) {
        return switch (settings.algorithm()) {
            case POPULAR -> new PopularityRecommender(settings);
            case BASELINE -> new BiasBaseline(settings);
            case MF -> new MatrixFactorization(settings);
            case IMPLICIT -> new ImplicitAls(settings);
            // Filled in as the methods land (issue 4 work in progress).
            default -> throw new UnsupportedOperationException(settings.algorithm() + " is not built yet");
        };
    }
}

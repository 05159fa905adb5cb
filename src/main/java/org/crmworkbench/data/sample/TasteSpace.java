package org.crmworkbench.data.sample;

/**
 * The latent taste space behind ratings and purchases.
 *
 * <p>Each category has a centroid in an {@value #DIMENSIONS}-dimensional space and each product type an offset
 * from it; a product's factor vector is its category centroid plus its type offset plus noise. A customer's
 * vector leans towards the centroids of the categories the customer likes, plus noise. The planted rating score
 * of a customer and a product is
 * {@code MEAN_RATING + customerBias + productBias + INTERACTION_SCALE × (p·q − DOT_SHIFT)}; the observed rating
 * is that score plus N(0, {@value #RATING_NOISE}²), rounded and clipped to 1..5.
 */
final class TasteSpace {
    static final int DIMENSIONS = 8;
    /** Product types per category are indexed below this bound. */
    static final int MAX_TYPES = 8;
    static final double MEAN_RATING = 3.45;
    static final double INTERACTION_SCALE = 0.75;
    static final double DOT_SHIFT = 0.4;
    static final double RATING_NOISE = 0.5;
    /** How strongly a customer's vector is pulled towards the centroids of the customer's categories. */
    static final double CATEGORY_PULL = 1.5;
    static final double CUSTOMER_NOISE = 0.4;
    static final double PRODUCT_NOISE = 0.3;

    private static final double CENTROID_SPREAD = 0.6;
    private static final double TYPE_SPREAD = 0.3;

    private final float[] centroids;
    private final float[] typeOffsets;

    TasteSpace(long seed) {
        Dice dice = Dice.of(seed, RandomStream.TASTE, 0);
        int categories = Category.values().length;
        centroids = new float[categories * DIMENSIONS];
        for (int i = 0; i < centroids.length; i++) {
            centroids[i] = (float) (CENTROID_SPREAD * dice.gaussian());
        }
        typeOffsets = new float[categories * MAX_TYPES * DIMENSIONS];
        for (int i = 0; i < typeOffsets.length; i++) {
            typeOffsets[i] = (float) (TYPE_SPREAD * dice.gaussian());
        }
    }

    /** Component {@code d} of a category's centroid. */
    float centroid(int category, int d) {
        return centroids[category * DIMENSIONS + d];
    }

    /** Component {@code d} of a product type's offset from its category centroid. */
    float typeOffset(int category, int type, int d) {
        return typeOffsets[(category * MAX_TYPES + type) * DIMENSIONS + d];
    }

    /** The planted score from biases and the dot product of the two factor vectors. */
    static double score(double customerBias, double productBias, double dot) {
        return MEAN_RATING + customerBias + productBias + INTERACTION_SCALE * (dot - DOT_SHIFT);
    }

    /** The planted score without the interaction: what a bias-only model can know. */
    static double baseline(double customerBias, double productBias) {
        return MEAN_RATING + customerBias + productBias;
    }

    /** A 1..5 star rating from a planted score and a standard normal draw. */
    static int stars(double score, double standardNormal) {
        long rounded = Math.round(score + RATING_NOISE * standardNormal);
        return (int) Math.max(1, Math.min(5, rounded));
    }
}

package org.crmworkbench.ui.recommend;

import java.util.List;

/** The rows of the Recommend workspace's tables, ready to show. */
final class RecommendRows {
    private RecommendRows() {
    }

    /** A rating or purchase of the chosen customer; {@code rating} NaN when only bought, {@code bought} 0 if never. */
    record History(String product, String category, double rating, String date, double bought) {
    }

    /** One recommended product with its score and explanation in words. */
    record Top(int rank, String product, String category, String score, String source, String explanation,
               List<String> evidence) {
    }

    /** A product similar to the chosen one. */
    record Similar(String product, String category, double similarity, String source) {
    }
}

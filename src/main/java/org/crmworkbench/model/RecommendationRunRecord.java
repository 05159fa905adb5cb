package org.crmworkbench.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stored set of recommendations for many customers: the method, its parameters and every list.
 *
 * @param id         the run's id in {@code analysis_runs} (0 before it is saved)
 * @param algorithm  the method's command-line name ({@code itemknn}, {@code hybrid}, ...)
 * @param parameters the method's parameters as {@code name=value} pairs
 * @param listLength the N of the top-N lists
 * @param dataSource where the ratings came from
 * @param items      the recommendations, grouped by customer in rank order
 */
public record RecommendationRunRecord(long id, String algorithm, String parameters, long seed, int listLength,
                                      String dataSource, Instant startedAt, String appVersion,
                                      List<RecommendedItem> items) {
    public RecommendationRunRecord {
        Objects.requireNonNull(algorithm, "algorithm");
        parameters = parameters == null ? "" : parameters;
        items = List.copyOf(items);
    }

    /** Number of distinct customers with a list. */
    public int customers() {
        return (int) items.stream().mapToLong(RecommendedItem::customerId).distinct().count();
    }

    public RecommendationRunRecord withId(long newId) {
        return new RecommendationRunRecord(newId, algorithm, parameters, seed, listLength, dataSource, startedAt,
                appVersion, items);
    }

    /**
     * One recommended product.
     *
     * @param rank        1 for the best
     * @param source      the method that produced it ({@code ITEM_KNN}, {@code CONTENT}, ...)
     * @param coldStart   the cold-start reason ({@code NONE}, {@code NEW_CUSTOMER}, ...)
     * @param explanation the explanation in words, in the language the run was made in
     */
    public record RecommendedItem(long customerId, int rank, long productId, double score, boolean scoreIsRating,
                                  String source, String coldStart, String explanation) {
    }
}

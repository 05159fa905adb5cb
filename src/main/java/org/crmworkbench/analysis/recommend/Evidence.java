package org.crmworkbench.analysis.recommend;

import java.util.Objects;

/**
 * One reason behind a recommendation. Fields not used by a kind are -1, "" or NaN; see {@link EvidenceKind}.
 *
 * @param index      customer or product index in the rating matrix, or -1
 * @param term       a word for {@link EvidenceKind#SHARED_TERM}, else ""
 * @param similarity similarity or weight
 * @param value      a rating, a count or a bias, depending on the kind
 */
public record Evidence(EvidenceKind kind, int index, String term, double similarity, double value) {
    public Evidence {
        Objects.requireNonNull(kind, "kind");
        term = term == null ? "" : term;
    }

    public static Evidence neighbour(int user, double similarity, double rating) {
        return new Evidence(EvidenceKind.NEIGHBOUR, user, "", similarity, rating);
    }

    public static Evidence ratedItem(int item, double similarity, double rating) {
        return new Evidence(EvidenceKind.RATED_ITEM, item, "", similarity, rating);
    }

    public static Evidence purchasedItem(int item, double similarity, double units) {
        return new Evidence(EvidenceKind.PURCHASED_ITEM, item, "", similarity, units);
    }

    public static Evidence sharedTerm(String term, double weight) {
        return new Evidence(EvidenceKind.SHARED_TERM, -1, term, weight, Double.NaN);
    }

    public static Evidence popularity(int item, int ratings, double meanRating) {
        return new Evidence(EvidenceKind.POPULARITY, item, "", meanRating, ratings);
    }

    public static Evidence itemBias(int item, double bias) {
        return new Evidence(EvidenceKind.ITEM_BIAS, item, "", Double.NaN, bias);
    }
}

package org.crmworkbench.analysis.recommend;

import java.util.List;
import java.util.Objects;

/**
 * One reason behind a recommendation. Fields not used by a kind are -1, "" or NaN; see {@link EvidenceKind}.
 *
 * @param index      customer or product index in the rating matrix, or -1
 * @param term       a word for {@link EvidenceKind#SHARED_TERM}, else ""
 * @param similarity similarity or weight
 * @param value      a rating, a count or a bias, depending on the kind
 * @param items      the products of a rule's antecedent for {@link EvidenceKind#BOUGHT_TOGETHER}, else empty
 */
public record Evidence(EvidenceKind kind, int index, String term, double similarity, double value,
                       List<Integer> items) {
    public Evidence {
        Objects.requireNonNull(kind, "kind");
        term = term == null ? "" : term;
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Evidence without products of its own. */
    public Evidence(EvidenceKind kind, int index, String term, double similarity, double value) {
        this(kind, index, term, similarity, value, List.of());
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

    /**
     * A neighbourhood prediction that fell back to the bias baseline: only {@code found} neighbours were there of
     * the {@code required} minimum, and the prediction is the baseline {@code baseline} (stars).
     */
    public static Evidence tooFewNeighbours(int found, int required, double baseline) {
        return new Evidence(EvidenceKind.TOO_FEW_NEIGHBOURS, found, "", required, baseline);
    }

    /**
     * A bought-together rule: customers who bought {@code antecedent} also bought the product, with this confidence
     * and lift.
     */
    public static Evidence boughtTogether(int[] antecedent, double confidence, double lift) {
        return new Evidence(EvidenceKind.BOUGHT_TOGETHER, -1, "", confidence, lift,
                java.util.Arrays.stream(antecedent).boxed().toList());
    }
}

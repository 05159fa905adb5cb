package org.crmworkbench.analysis.recommend;

/** What one piece of an explanation is; see {@link Evidence} for how its fields are read for each kind. */
public enum EvidenceKind {
    /** A similar customer who rated the product: index = customer, similarity, value = their rating. */
    NEIGHBOUR,
    /** A product the customer rated that is similar to this one: index = product, similarity, value = their rating. */
    RATED_ITEM,
    /** A product the customer bought that is similar to this one: index = product, similarity, value = units bought. */
    PURCHASED_ITEM,
    /** A word the product's text shares with the customer's profile: term, similarity = its share of the score. */
    SHARED_TERM,
    /** How popular the product is: value = number of ratings (or buyers), similarity = mean rating (NaN if none). */
    POPULARITY,
    /** The product's rating bias over the global mean: value = bias in stars, similarity unused (NaN). */
    ITEM_BIAS,
    /**
     * A basket rule whose antecedent the customer bought: items = those products, similarity = the rule's confidence,
     * value = its lift.
     */
    BOUGHT_TOGETHER,
    /**
     * A neighbourhood method found fewer neighbours than its minimum (min_k), so the prediction is the bias baseline:
     * index = neighbours found, similarity = the minimum required, value = the baseline prediction in stars.
     */
    TOO_FEW_NEIGHBOURS
}

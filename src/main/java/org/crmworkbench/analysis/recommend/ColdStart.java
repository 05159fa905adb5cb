package org.crmworkbench.analysis.recommend;

/** Why a recommendation came from a fallback rather than from the customer's own ratings. */
public enum ColdStart {
    /** The customer has enough ratings; no fallback. */
    NONE,
    /** The customer has no ratings at all. */
    NEW_CUSTOMER,
    /** The customer has fewer ratings than the hybrid's threshold. */
    FEW_RATINGS,
    /** The product has no ratings, so only its description could recommend it. */
    NEW_PRODUCT
}

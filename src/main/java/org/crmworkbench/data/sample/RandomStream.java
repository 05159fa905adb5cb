package org.crmworkbench.data.sample;

/**
 * The independent random streams of the generator. Each stream is keyed by the spec seed, its own ordinal
 * and one or two indexes (a customer, an order number), so any part can be regenerated on its own and in
 * any order. Reordering the constants changes every generated file.
 */
enum RandomStream {
    TASTE,
    CATALOGUE,
    PRODUCT_TEXT,
    REPS,
    CUSTOMER,
    IDENTITY,
    SCHEDULE,
    ORDER,
    RATINGS,
    FEEDBACK_PLAN,
    FEEDBACK,
    COMPANION
}

package org.crmworkbench.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The order history split at a cutoff, so that models learn from the past what happened next without seeing it.
 *
 * <p>{@code atCutoff} holds every customer's features computed only from data before {@code cutoff} (the same
 * columns {@code CustomerFeatureReader} makes, measured from the cutoff) followed by three outcome columns measured
 * in the window {@code [cutoff, cutoff + windowDays)} that ends with the data:
 * {@value #NEXT_SPEND} (sum of order totals), {@value #NEXT_ORDERS} (orders) and {@value #CHURNED} (1 when a customer
 * who had ordered before the cutoff placed no order in the window, else 0). Outcomes are NaN for customers who were
 * not yet customers at the cutoff (no sign-up and no order before it); {@value #CHURNED} is also NaN for customers
 * with no order before the cutoff.
 *
 * <p>{@code current} holds the same feature columns measured at the end of the data, without outcomes: a model
 * fitted on {@code atCutoff} scores it to predict the next window (expected spend, churn risk).
 *
 * @param atCutoff   features before the cutoff plus the outcome columns; rows in customer id order
 * @param current    features at the end of the data; the same rows in the same order
 * @param cutoff     first day of the outcome window
 * @param windowDays length of the outcome window in days
 */
public record CustomerHistory(CustomerFeatureSet atCutoff, CustomerFeatureSet current, LocalDate cutoff,
                              int windowDays) {
    /** Spend in the outcome window. */
    public static final String NEXT_SPEND = "next_spend";
    /** Orders in the outcome window. */
    public static final String NEXT_ORDERS = "next_orders";
    /** 1 when an existing customer placed no order in the outcome window. */
    public static final String CHURNED = "churned";
    /** The outcome columns, in table order. */
    public static final List<String> OUTCOMES = List.of(NEXT_SPEND, NEXT_ORDERS, CHURNED);

    public CustomerHistory {
        Objects.requireNonNull(atCutoff, "atCutoff");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(cutoff, "cutoff");
        if (atCutoff.table().rowCount() != current.table().rowCount()) {
            throw new IllegalArgumentException("the two tables must have the same rows");
        }
        if (windowDays < 1) {
            throw new IllegalArgumentException("windowDays must be at least 1");
        }
    }
}

package org.crmworkbench.model;

import java.time.LocalDate;

/**
 * The dates a set of purchases spans, for choosing calibration and holdout ends.
 *
 * @param first     the first purchase day
 * @param last      the last purchase day
 * @param customers distinct customers
 * @param purchases purchase rows
 */
public record PurchaseSpan(LocalDate first, LocalDate last, int customers, long purchases) {
}

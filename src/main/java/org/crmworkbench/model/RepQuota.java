package org.crmworkbench.model;

import java.util.Objects;

/**
 * A rep's revenue quota for one period.
 *
 * @param repId  the rep's external id
 * @param period the period's label as {@code analysis.sales.RepPeriod} writes it ({@code 2026-03}, {@code 2026-Q1},
 *               {@code 2026})
 * @param quota  the revenue target (above 0)
 */
public record RepQuota(String repId, String period, double quota) {
    public RepQuota {
        Objects.requireNonNull(repId, "repId");
        Objects.requireNonNull(period, "period");
    }
}

package org.crmworkbench.analysis.value;

import java.util.List;

/**
 * Calibration against holdout: customers grouped by their calibration frequency (0, 1, ..., and a last open group),
 * with the mean repeat purchases they made in the holdout and the mean the model expected.
 *
 * @param rows          one per frequency group, in order
 * @param holdoutLength the holdout window in periods
 */
public record HoldoutComparison(List<Row> rows, double holdoutLength) {
    public HoldoutComparison {
        rows = List.copyOf(rows);
    }

    /**
     * @param label     {@code "0"}, {@code "1"}, ..., {@code "7+"}
     * @param customers customers in the group
     * @param actual    their mean holdout purchases
     * @param expected  the model's mean conditional expectation for them
     */
    public record Row(String label, int customers, double actual, double expected) {
    }
}

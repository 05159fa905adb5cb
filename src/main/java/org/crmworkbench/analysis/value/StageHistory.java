package org.crmworkbench.analysis.value;

import java.time.LocalDate;
import java.util.List;

/**
 * Lifecycle stage sizes at a series of dates (period ends up to the calibration end).
 *
 * @param dates  the dates, ascending
 * @param counts counts[i][stage.ordinal()] = customers in that stage at dates[i] (customers who had bought by then)
 */
public record StageHistory(List<LocalDate> dates, int[][] counts) {
    public StageHistory {
        dates = List.copyOf(dates);
        if (counts.length != dates.size()) {
            throw new IllegalArgumentException("one row of counts per date");
        }
    }
}

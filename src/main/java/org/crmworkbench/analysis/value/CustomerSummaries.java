package org.crmworkbench.analysis.value;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Every customer's summary at one calibration end, in a fixed order (by customer id), with the dates and unit they
 * were measured in.
 *
 * @param customers      one summary per customer who bought on or before the calibration end
 * @param calibrationEnd the last day of the calibration window (included)
 * @param holdoutEnd     the last day of the holdout window (included), or null when there is none
 * @param unit           the unit of recency, age and the holdout length
 */
public record CustomerSummaries(List<CustomerSummary> customers, LocalDate calibrationEnd, LocalDate holdoutEnd,
                                PeriodUnit unit) {
    public CustomerSummaries {
        customers = List.copyOf(customers);
        Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        Objects.requireNonNull(unit, "unit");
    }

    public boolean hasHoldout() {
        return holdoutEnd != null;
    }

    /** The holdout window's length in periods; 0 without a holdout. */
    public double holdoutLength() {
        return holdoutEnd == null ? 0 : unit.between(calibrationEnd, holdoutEnd);
    }

    public int size() {
        return customers.size();
    }

    /** The frequencies x as an array, in the customers' order. */
    public int[] frequencies() {
        return customers.stream().mapToInt(CustomerSummary::frequency).toArray();
    }

    /** The recencies t_x, in the customers' order. */
    public double[] recencies() {
        return customers.stream().mapToDouble(CustomerSummary::recency).toArray();
    }

    /** The ages T, in the customers' order. */
    public double[] ages() {
        return customers.stream().mapToDouble(CustomerSummary::age).toArray();
    }

    /** The monetary values, in the customers' order. */
    public double[] monetaryValues() {
        return customers.stream().mapToDouble(CustomerSummary::monetaryValue).toArray();
    }
}

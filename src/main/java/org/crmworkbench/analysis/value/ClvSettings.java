package org.crmworkbench.analysis.value;

import org.crmworkbench.work.DoubleRange;
import org.crmworkbench.work.IntRange;

/**
 * How customer lifetime value is counted: CLV = sum over the periods i = 1..horizon of the purchases expected in
 * period i, times the expected spend per purchase, times the margin, discounted by (1 + d)^i, where d is the per-period
 * rate equivalent to the annual discount rate. Changing these does not refit any model.
 *
 * @param horizon            periods ahead (in the analysis' unit), within {@link #HORIZON}
 * @param annualDiscountRate yearly discount rate, within {@link #DISCOUNT} (0.1 = 10% a year)
 * @param margin             the share of spend that is profit, within {@link #MARGIN} (1 = value the revenue)
 */
public record ClvSettings(int horizon, double annualDiscountRate, double margin) {
    public static final IntRange HORIZON = new IntRange("horizon", 1, 520);
    public static final DoubleRange DISCOUNT = new DoubleRange("discount-rate", 0.0, 1.0, 0.01);
    public static final DoubleRange MARGIN = new DoubleRange("margin", 0.01, 1.0, 0.01);

    public ClvSettings {
        HORIZON.check(horizon);
        DISCOUNT.check(annualDiscountRate);
        MARGIN.check(margin);
    }

    /** The per-period discount rate equivalent to the annual one, for periods of {@code unit}. */
    public double periodRate(PeriodUnit unit) {
        return Math.pow(1 + annualDiscountRate, unit.days() / 365.25) - 1;
    }
}

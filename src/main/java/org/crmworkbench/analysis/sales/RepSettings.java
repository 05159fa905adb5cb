package org.crmworkbench.analysis.sales;

import java.util.List;
import java.util.Objects;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.IntRange;

/**
 * What a sales-team analysis is asked.
 *
 * @param outcome         what the fair comparison explains
 * @param adjustFor       the factors (names among {@code RepOrders.factorNames()}) the rep does not control, entered as
 *                        fixed effects (dummy coded, the most common level as the reference)
 * @param season          also adjust for the month of the year (fixed effects)
 * @param period          the scorecards' period
 * @param churnWindowDays a customer is lost when they place no order in this many days after a period (or, for
 *                        {@link RepOutcome#RETENTION}, after the cutoff this many days before the last order date)
 * @param horizon         months of each rep's revenue forecast
 */
public record RepSettings(RepOutcome outcome, List<String> adjustFor, boolean season, RepPeriod period,
                          int churnWindowDays, int horizon) {
    public static final IntRange CHURN_WINDOW = new IntRange("churn-window", 30, 730);
    public static final IntRange HORIZON = new IntRange("horizon", 1, 24);

    public RepSettings {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(period, "period");
        adjustFor = List.copyOf(adjustFor);
        CHURN_WINDOW.check(churnWindowDays);
        HORIZON.check(horizon);
        if (adjustFor.stream().distinct().count() != adjustFor.size()) {
            throw new BadParameterException("adjust-for", "sales.param.adjustForTwice",
                    "names a factor twice: " + adjustFor, String.join(",", adjustFor));
        }
    }

    /** Order value adjusted for region and channel with the season, quarterly scorecards, a 180-day churn window. */
    public static RepSettings defaults() {
        return new RepSettings(RepOutcome.ORDER_VALUE, List.of("region", "channel"), true, RepPeriod.QUARTER, 180, 6);
    }
}

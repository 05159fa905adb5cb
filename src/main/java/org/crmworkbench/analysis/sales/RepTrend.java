package org.crmworkbench.analysis.sales;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A rep's monthly revenue with a forecast from the Forecast workspace's models (chosen by backtest), and the last
 * months' actual revenue against what was forecast for them from before they happened.
 *
 * @param repId     the rep's id
 * @param months    first day of each month of history, oldest first
 * @param revenue   the rep's revenue in each month
 * @param model     the forecast model's command-line name
 * @param ahead     first day of each forecast month
 * @param forecast  the point forecast per month ahead
 * @param lower95   lower 95% bound per month ahead
 * @param upper95   upper 95% bound per month ahead
 * @param checked   the last months held out: their actual revenue is {@code revenue}'s tail, this their forecast
 */
public record RepTrend(String repId, List<LocalDate> months, double[] revenue, String model, List<LocalDate> ahead,
                       double[] forecast, double[] lower95, double[] upper95, double[] checked) {
    public RepTrend {
        Objects.requireNonNull(repId, "repId");
        months = List.copyOf(months);
        revenue = revenue.clone();
        ahead = List.copyOf(ahead);
        forecast = forecast.clone();
        lower95 = lower95.clone();
        upper95 = upper95.clone();
        checked = checked.clone();
    }
}

package org.crmworkbench.analysis.forecast;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.crmworkbench.work.BadParameterException;

/** The forecasting models the workbench offers. */
public enum ForecastModel {
    /** Chooses among the others by their rolling-origin backtest error (MASE). */
    AUTO("auto"),
    /** Each period repeats the same period one season earlier. */
    SEASONAL_NAIVE("snaive"),
    /** Least squares on a linear trend and one term per season. */
    TREND_SEASON("trend"),
    /** Holt-Winters with additive trend and additive seasonality. */
    HOLT_WINTERS_ADDITIVE("hw-add"),
    /** Holt-Winters with additive trend and multiplicative seasonality (for positive series). */
    HOLT_WINTERS_MULTIPLICATIVE("hw-mult"),
    /** A seasonal ARIMA model whose orders are chosen by AICc. */
    ARIMA("arima");

    private final String key;

    ForecastModel(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static ForecastModel fromKey(String key) {
        for (ForecastModel m : values()) {
            if (m.key.equalsIgnoreCase(key.trim())) {
                return m;
            }
        }
        String keys = Arrays.stream(values()).map(ForecastModel::key).collect(Collectors.joining(", "));
        throw new BadParameterException("model", "forecast.error.model", "expected one of " + keys + ", got " + key,
                key, keys);
    }
}

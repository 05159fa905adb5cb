package org.crmworkbench.analysis.forecast;

import java.util.Arrays;
import java.util.Objects;
import org.crmworkbench.work.BadParameterException;

/**
 * What to forecast and how to check it.
 *
 * @param model           the model, or {@link ForecastModel#AUTO}
 * @param horizon         periods to forecast, 1..120
 * @param levels          prediction interval levels in percent, ascending, each 50..99 ({@code 80, 95})
 * @param backtestOrigins rolling origins of the backtest, 1..60 (the last ones the history allows)
 * @param seed            seed of any simulation (intervals of the multiplicative model)
 */
public record ForecastSettings(ForecastModel model, int horizon, int[] levels, int backtestOrigins, long seed) {
    public static final int[] DEFAULT_LEVELS = {80, 95};
    public static final int DEFAULT_ORIGINS = 12;
    public static final long DEFAULT_SEED = 20261123L;

    public ForecastSettings {
        Objects.requireNonNull(model, "model");
        if (horizon < 1 || horizon > 120) {
            throw new BadParameterException("horizon", "forecast.error.horizon",
                    "the horizon must be between 1 and 120 periods", horizon);
        }
        levels = levels.clone();
        if (levels.length == 0) {
            throw new BadParameterException("level", "forecast.error.level", "levels must be between 50 and 99",
                    "");
        }
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] < 50 || levels[i] > 99 || (i > 0 && levels[i] <= levels[i - 1])) {
                throw new BadParameterException("level", "forecast.error.level",
                        "levels must be between 50 and 99, ascending", Arrays.toString(levels));
            }
        }
        if (backtestOrigins < 1 || backtestOrigins > 60) {
            throw new BadParameterException("origins", "forecast.error.origins",
                    "backtest origins must be between 1 and 60", backtestOrigins);
        }
    }

    public static ForecastSettings of(ForecastModel model, int horizon) {
        return new ForecastSettings(model, horizon, DEFAULT_LEVELS, DEFAULT_ORIGINS, DEFAULT_SEED);
    }

    @Override
    public int[] levels() {
        return levels.clone();
    }
}

package org.crmworkbench.analysis.forecast;

import java.util.Arrays;
import java.util.Objects;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.IntRange;

/**
 * What to forecast and how to check it.
 *
 * @param model           the model, or {@link ForecastModel#AUTO}
 * @param horizon         periods to forecast, within {@link #HORIZON}
 * @param levels          prediction interval levels in percent, ascending, each within {@link #LEVEL}
 *                        ({@code 80, 95})
 * @param backtestOrigins rolling origins of the backtest, within {@link #ORIGINS} (the last ones the history allows)
 * @param seed            seed of any simulation (intervals of the multiplicative model)
 */
public record ForecastSettings(ForecastModel model, int horizon, int[] levels, int backtestOrigins, long seed) {
    /** Periods to forecast. */
    public static final IntRange HORIZON = new IntRange("horizon", 1, 120);
    /** One prediction interval level, in percent. */
    public static final IntRange LEVEL = new IntRange("level", 50, 99);
    /** Rolling origins of the backtest. */
    public static final IntRange ORIGINS = new IntRange("origins", 1, 60);
    public static final int[] DEFAULT_LEVELS = {80, 95};
    public static final int DEFAULT_ORIGINS = 12;
    public static final long DEFAULT_SEED = 20261123L;

    public ForecastSettings {
        Objects.requireNonNull(model, "model");
        if (!HORIZON.contains(horizon)) {
            throw new BadParameterException("horizon", "forecast.error.horizon", "the horizon must be between "
                    + HORIZON.min() + " and " + HORIZON.max() + " periods", horizon, HORIZON.min(), HORIZON.max());
        }
        levels = levels.clone();
        String levelRange = "levels must be between " + LEVEL.min() + " and " + LEVEL.max();
        if (levels.length == 0) {
            throw new BadParameterException("level", "forecast.error.level", levelRange, "", LEVEL.min(),
                    LEVEL.max());
        }
        for (int i = 0; i < levels.length; i++) {
            if (!LEVEL.contains(levels[i]) || (i > 0 && levels[i] <= levels[i - 1])) {
                throw new BadParameterException("level", "forecast.error.level", levelRange + ", ascending",
                        Arrays.toString(levels), LEVEL.min(), LEVEL.max());
            }
        }
        if (!ORIGINS.contains(backtestOrigins)) {
            throw new BadParameterException("origins", "forecast.error.origins", "backtest origins must be between "
                    + ORIGINS.min() + " and " + ORIGINS.max(), backtestOrigins, ORIGINS.min(), ORIGINS.max());
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

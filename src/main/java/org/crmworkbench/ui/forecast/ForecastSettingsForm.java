package org.crmworkbench.ui.forecast;

import java.util.Arrays;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crmworkbench.analysis.forecast.ForecastModel;
import org.crmworkbench.analysis.forecast.ForecastSettings;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.IntRange;

/** The values of the Forecast workspace's model panel: model, horizon, interval levels and backtest origins. */
public final class ForecastSettingsForm {
    private final ObjectProperty<ForecastModel> model = new SimpleObjectProperty<>(this, "model", ForecastModel.AUTO);
    private final IntegerProperty horizon = new SimpleIntegerProperty(this, "horizon", 12);
    private final StringProperty levels = new SimpleStringProperty(this, "levels", "80, 95");
    private final IntegerProperty origins = new SimpleIntegerProperty(this, "origins",
            ForecastSettings.DEFAULT_ORIGINS);

    /**
     * The forecast the form asks for.
     *
     * @throws BadParameterException naming {@code level}, {@code horizon} or {@code origins} when one is out of range
     */
    public ForecastSettings settings() {
        return new ForecastSettings(model.get(), horizon.get(), parseLevels(levels.get()), origins.get(),
                ForecastSettings.DEFAULT_SEED);
    }

    /** {@code "80, 95"} as {@code {80, 95}}, sorted. */
    static int[] parseLevels(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new BadParameterException("level", "forecast.ws.error.levels",
                    "expected levels in percent such as 80, 95, got nothing", "");
        }
        try {
            return Arrays.stream(trimmed.split("[,;，\\s]+")).filter(s -> !s.isEmpty())
                    .mapToInt(s -> Integer.parseInt(s.replace("%", ""))).sorted().distinct().toArray();
        } catch (NumberFormatException e) {
            throw new BadParameterException("level", "forecast.ws.error.levels",
                    "expected levels in percent such as 80, 95, got " + trimmed, trimmed);
        }
    }

    public ObjectProperty<ForecastModel> modelProperty() {
        return model;
    }

    /** Periods to forecast; set to one season whenever the series' frequency changes. */
    public IntegerProperty horizonProperty() {
        return horizon;
    }

    /** Interval levels in percent, as typed ({@code 80, 95}). */
    public StringProperty levelsProperty() {
        return levels;
    }

    public IntegerProperty originsProperty() {
        return origins;
    }

    /** The horizons a forecast accepts (the spinner's limits). */
    public IntRange horizonRange() {
        return ForecastSettings.HORIZON;
    }

    /** The backtest origins a forecast accepts (the spinner's limits). */
    public IntRange originsRange() {
        return ForecastSettings.ORIGINS;
    }
}

package org.crmworkbench.present.forecast;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.crmworkbench.analysis.forecast.ForecastModel;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SeriesFrequency;

/**
 * Names of forecasting things as an analyst reads them, in the current language: models, units and periods
 * ({@code 2026-03} for a month, {@code week of 2026-03-02} for a week, {@code 2026-Q1} for a quarter).
 */
public final class ForecastLabels {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);

    private final Messages messages;

    public ForecastLabels(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The model's name ({@code Holt-Winters additive}); its key for a model the bundle does not name. */
    public String model(String key) {
        String bundleKey = "forecast.name." + key;
        return messages.has(bundleKey) ? messages.get(bundleKey) : key;
    }

    public String model(ForecastModel model) {
        return model(model.key());
    }

    /** What a value counts: {@code revenue} and {@code orders} translated, a file's column as it is. */
    public String unit(String unit) {
        String bundleKey = "forecast.unit." + unit;
        return unit != null && messages.has(bundleKey) ? messages.get(bundleKey) : Objects.toString(unit, "");
    }

    /** One period as the frequency names it. */
    public String period(LocalDate start, SeriesFrequency frequency) {
        return switch (frequency) {
            case DAY -> start.toString();
            case WEEK -> messages.get("forecast.period.week", start.toString());
            case MONTH -> MONTH.format(start);
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
        };
    }

    /** The frequency's name ({@code month}). */
    public String frequency(SeriesFrequency frequency) {
        return messages.get("forecast.frequency." + frequency.key());
    }
}

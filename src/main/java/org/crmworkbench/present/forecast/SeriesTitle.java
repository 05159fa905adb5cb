package org.crmworkbench.present.forecast;

import java.util.Objects;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SeriesBreakdown;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.SeriesMeasure;

/**
 * A series' name in words. The sales series reader names a series with a language-neutral key,
 * {@code <measure>/<frequency>[/<breakdown>=<group>][/dropped=<periods>]} ({@code revenue/month/region=North}); this
 * says it in the reader's language ("Revenue by month, region North"). Any other name (a file's value column) is
 * shown as it is.
 */
public final class SeriesTitle {
    private final Messages messages;

    public SeriesTitle(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public String of(String name) {
        String[] parts = name.split("/");
        if (parts.length < 2) {
            return name;
        }
        SeriesMeasure measure = SeriesMeasure.fromKeyOrNull(parts[0]);
        SeriesFrequency frequency = SeriesFrequency.fromKeyOrNull(parts[1]);
        if (measure == null || frequency == null) {
            return name;
        }
        String title = messages.get("forecast.series.by." + frequency.key(),
                messages.get("forecast.unit." + measure.key()));
        String dropped = null;
        for (int i = 2; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq < 0) {
                return name;
            }
            String key = parts[i].substring(0, eq);
            String value = parts[i].substring(eq + 1);
            SeriesBreakdown breakdown = SeriesBreakdown.fromKeyOrNull(key);
            if (key.equals("dropped")) {
                dropped = value.replace(",", ", ");
            } else if (breakdown != null && breakdown != SeriesBreakdown.OVERALL) {
                title = messages.get("forecast.series.group", title,
                        messages.get("forecast.series.breakdown." + breakdown.key()), value);
            } else {
                return name;
            }
        }
        return dropped == null ? title : messages.get("forecast.series.dropped", title, dropped);
    }
}

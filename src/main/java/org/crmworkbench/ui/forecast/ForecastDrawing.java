package org.crmworkbench.ui.forecast;

import java.util.Objects;
import org.crmworkbench.analysis.forecast.ForecastBand;
import org.crmworkbench.analysis.forecast.ForecastResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.forecast.ForecastCharts;
import org.jfree.chart.JFreeChart;

/**
 * What the Forecast view draws of the forecast shown: its charts, each made new for the view that asks (so the
 * long-lived view model holds no chart a viewer listens to), and the interval levels the period table has columns
 * for. Made again when the language changes.
 */
public final class ForecastDrawing {
    private final ForecastResult result;
    private final Messages messages;

    ForecastDrawing(ForecastResult result, Messages messages) {
        this.result = Objects.requireNonNull(result, "result");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The series with the forecast and its 80% / 95% bands. */
    public JFreeChart forecastChart() {
        return new ForecastCharts(messages).forecast(result);
    }

    /** The backtest: each origin's forecasts against what happened. */
    public JFreeChart backtestChart() {
        return new ForecastCharts(messages).backtest(result);
    }

    /** The interval levels in percent, ascending. */
    public int[] levels() {
        return result.forecast().bands().stream().mapToInt(ForecastBand::level).toArray();
    }
}

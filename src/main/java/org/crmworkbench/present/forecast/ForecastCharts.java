package org.crmworkbench.present.forecast;

import java.util.Map;
import java.util.Objects;
import org.crmworkbench.analysis.forecast.ForecastResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.ForecastRunRecord;
import org.jfree.chart.JFreeChart;

/** The charts of the Forecast workspace, for the window and for files. */
public final class ForecastCharts {
    private final Messages messages;

    public ForecastCharts(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** History, one-step fitted values, backtest forecasts, and the forecast with its bands. */
    public JFreeChart forecast(ForecastResult result) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** The same chart drawn again from a saved run (history, fitted values, forecast and bands). */
    public JFreeChart forecast(ForecastRunRecord run) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** Backtest errors (MASE) of the models compared. */
    public JFreeChart backtest(ForecastResult result) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** The charts by file name: {@code forecast}, {@code backtest}. */
    public Map<String, JFreeChart> charts(ForecastResult result) {
        throw new UnsupportedOperationException("not yet built");
    }
}

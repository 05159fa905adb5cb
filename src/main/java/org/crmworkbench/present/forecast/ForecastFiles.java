package org.crmworkbench.present.forecast;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.crmworkbench.analysis.forecast.ForecastResult;
import org.crmworkbench.model.ForecastRunRecord;

/** The Forecast workspace's files and saved runs. Column names and JSON keys are fixed English identifiers. */
public final class ForecastFiles {

    /** {@code forecast.csv}: {@code period,forecast,lo80,hi80,lo95,hi95} (one pair per level asked for). */
    public void writeForecast(Path file, ForecastResult result) throws IOException {
        throw new UnsupportedOperationException("not yet built");
    }

    /**
     * {@code backtest.csv}: {@code model,origin,step,period,actual,forecast,error} for every model compared, then
     * the errors per model are in {@link #parameters}.
     */
    public void writeBacktest(Path file, ForecastResult result) throws IOException {
        throw new UnsupportedOperationException("not yet built");
    }

    /**
     * {@code parameters.json}: series, frequency, periods, model (and the one asked for), description, fitted
     * parameters, initial states, {@code sse} of the one-step errors and the observations it sums over, horizon,
     * levels, seed, and the backtest errors of each model compared.
     */
    public String parameters(ForecastResult result) {
        throw new UnsupportedOperationException("not yet built");
    }

    public void writeParameters(Path file, ForecastResult result) throws IOException {
        throw new UnsupportedOperationException("not yet built");
    }

    /** The forecast as a run to save. */
    public ForecastRunRecord record(ForecastResult result, Instant startedAt, String appVersion) {
        throw new UnsupportedOperationException("not yet built");
    }
}

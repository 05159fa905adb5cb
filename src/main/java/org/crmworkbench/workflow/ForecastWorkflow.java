package org.crmworkbench.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.crmworkbench.analysis.forecast.ForecastResult;
import org.crmworkbench.analysis.forecast.ForecastSettings;
import org.crmworkbench.analysis.forecast.SalesForecaster;
import org.crmworkbench.data.Database;
import org.crmworkbench.model.ForecastRunRecord;
import org.crmworkbench.data.runs.ForecastRunStore;
import org.crmworkbench.data.series.SalesSeriesReader;
import org.crmworkbench.data.series.SeriesFileReader;
import org.crmworkbench.model.SeriesBreakdown;
import org.crmworkbench.model.SeriesRequest;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.present.forecast.ForecastFiles;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * Forecasting a sales series, for {@code workbench forecast} and the Forecast workspace: the series is read from the
 * stored orders ({@link SalesSeriesReader}) or from a CSV/XLSX file ({@link SeriesFileReader}); the model (or the
 * automatic choice) is backtested on rolling origins and fitted, with its prediction intervals
 * ({@link SalesForecaster}); a forecast can be saved as a run ({@link ForecastRunStore}, stamped with
 * {@link AppVersion#current()}).
 */
public final class ForecastWorkflow {
    private final Database database;

    /** A workflow over {@code database}; null when only file series are read and nothing is saved. */
    public ForecastWorkflow(Database database) {
        this.database = database;
    }

    /** The groups of {@code breakdown} in the stored orders (regions, categories, ...), sorted. */
    public List<String> groups(SeriesBreakdown breakdown) {
        return new SalesSeriesReader(database()).groups(breakdown);
    }

    /** The series {@code request} asks for, built from the stored orders. */
    public TimeSeries read(SeriesRequest request, Progress progress) {
        return new SalesSeriesReader(database()).read(request, progress);
    }

    /**
     * The series {@code request} asks for, after checking that its group is one the orders have.
     *
     * @throws BadParameterException naming {@code group} (with the groups there are) when it is missing or unknown
     */
    public TimeSeries readChecked(SeriesRequest request, Progress progress) {
        if (request.breakdown() != SeriesBreakdown.OVERALL) {
            List<String> groups = groups(request.breakdown());
            if (!groups.contains(request.group())) {
                String key = request.group().isEmpty() ? "cli.forecast.groupNeeded" : "cli.forecast.groupUnknown";
                throw new BadParameterException("group", key, "expected one of " + groups, request.group(),
                        request.breakdown().key(), String.join(", ", groups));
            }
        }
        return read(request, progress);
    }

    /** The series in {@code file}: dates in {@code dateColumn}, values in {@code valueColumn}. */
    public TimeSeries readFile(Path file, String dateColumn, String valueColumn, Progress progress)
            throws IOException {
        return new SeriesFileReader().read(file, dateColumn, valueColumn, progress);
    }

    /** Backtests, chooses (for {@code auto}) and fits the model, and forecasts with the settings' intervals. */
    public ForecastResult forecast(TimeSeries series, ForecastSettings settings, Progress progress) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(settings, "settings");
        return new SalesForecaster().run(series, settings, progress);
    }

    /** Saves {@code result} as a forecast run begun at {@code startedAt}; returns the stored run with its id. */
    public ForecastRunRecord save(ForecastResult result, Instant startedAt) {
        return new ForecastRunStore(database()).save(new ForecastFiles().record(result, startedAt,
                AppVersion.current()));
    }

    private Database database() {
        if (database == null) {
            throw new IllegalStateException("no database is open");
        }
        return database;
    }
}

package org.crmworkbench.present.forecast;

import static org.crmworkbench.present.OutputFiles.cell;
import static org.crmworkbench.present.OutputFiles.number;
import static org.crmworkbench.present.OutputFiles.numbers;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.analysis.forecast.Backtest;
import org.crmworkbench.analysis.forecast.BacktestErrors;
import org.crmworkbench.analysis.forecast.BacktestPoint;
import org.crmworkbench.analysis.forecast.FittedParameters;
import org.crmworkbench.analysis.forecast.Forecast;
import org.crmworkbench.analysis.forecast.ForecastBand;
import org.crmworkbench.analysis.forecast.ForecastResult;
import org.crmworkbench.model.ForecastRunRecord;
import org.crmworkbench.model.ForecastRunRecord.ForecastPoint;
import org.crmworkbench.model.ForecastRunRecord.HistoryPoint;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.present.OutputFiles;

/**
 * The Forecast workspace's files and saved runs. Column names and JSON keys are fixed English identifiers; numbers
 * are written with full precision, an unknown number (NaN) as an empty CSV cell or a JSON {@code null}; periods are
 * ISO dates (the first day of the period).
 */
public final class ForecastFiles {

    /** {@code forecast.csv}: {@code period,forecast,lo80,hi80,lo95,hi95} (one pair per level asked for). */
    public void writeForecast(Path file, ForecastResult result) throws IOException {
        Forecast f = result.forecast();
        OutputFiles.writeCsv(file, csv -> {
            List<String> header = new ArrayList<>(List.of("period", "forecast"));
            for (ForecastBand band : f.bands()) {
                header.add("lo" + band.level());
                header.add("hi" + band.level());
            }
            csv.writeRecord(header);
            for (int h = 0; h < f.horizon(); h++) {
                List<String> row = new ArrayList<>(header.size());
                row.add(f.periods().get(h).toString());
                row.add(cell(f.mean()[h]));
                for (ForecastBand band : f.bands()) {
                    row.add(cell(band.lower()[h]));
                    row.add(cell(band.upper()[h]));
                }
                csv.writeRecord(row);
            }
        });
    }

    /**
     * {@code backtest.csv}: {@code model,origin,step,period,actual,forecast,error} for every model compared, then
     * the errors per model are in {@link #parameters}. {@code error} is actual minus forecast.
     */
    public void writeBacktest(Path file, ForecastResult result) throws IOException {
        OutputFiles.writeCsv(file, csv -> {
            csv.writeRecord("model", "origin", "step", "period", "actual", "forecast", "error");
            for (Backtest b : compared(result)) {
                for (BacktestPoint p : b.points()) {
                    csv.writeRecord(b.model().key(), p.origin().toString(), Integer.toString(p.step()),
                            p.period().toString(), cell(p.actual()), cell(p.forecast()),
                            cell(p.actual() - p.forecast()));
                }
            }
        });
    }

    /**
     * {@code parameters.json}: series, frequency, periods, model (and the one asked for), description, fitted
     * parameters, initial states, {@code sse} of the one-step errors and the observations it sums over, horizon,
     * levels, seed, and the backtest errors of each model compared.
     *
     * <p>Keys: {@code series, source, unit, frequency, periods, first_period, last_period, model, requested,
     * description}, {@code parameters} (an object, name to value, in the model's order), {@code initial_states} (an
     * object, name to an array of values: one for level and trend, one per season for the seasonal state),
     * {@code sse, observations, horizon, levels, origins, seed}, {@code backtest} (the model's {@code horizon,
     * points, mae, rmse, mape, mase}), {@code candidates} (the same errors for every model compared, best first, all
     * over the same origins) and {@code left_out} (models the automatic choice did not compare, with the reason).
     */
    public String parameters(ForecastResult result) {
        TimeSeries s = result.series();
        FittedParameters p = result.parameters();
        return OutputFiles.json(json -> {
            json.writeStartObject();
            json.writeStringField("series", s.name());
            json.writeStringField("source", s.source());
            json.writeStringField("unit", s.unit());
            json.writeStringField("frequency", s.frequency().key());
            json.writeNumberField("periods", s.size());
            if (s.size() > 0) {
                json.writeStringField("first_period", s.periods().get(0).toString());
                json.writeStringField("last_period", s.periods().get(s.size() - 1).toString());
            }
            json.writeStringField("model", result.model().key());
            json.writeStringField("requested", result.settings().model().key());
            json.writeStringField("description", p.description());
            json.writeObjectFieldStart("parameters");
            for (FittedParameters.Parameter parameter : p.parameters()) {
                number(json, parameter.name(), parameter.value());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("initial_states");
            for (FittedParameters.State state : p.initialStates()) {
                numbers(json, state.name(), state.values());
            }
            json.writeEndObject();
            number(json, "sse", p.sse());
            json.writeNumberField("observations", p.observations());
            json.writeNumberField("horizon", result.settings().horizon());
            json.writeArrayFieldStart("levels");
            for (int level : result.settings().levels()) {
                json.writeNumber(level);
            }
            json.writeEndArray();
            json.writeNumberField("origins", result.settings().backtestOrigins());
            json.writeNumberField("seed", result.settings().seed());
            json.writeFieldName("backtest");
            backtest(json, result.backtest(), false);
            json.writeArrayFieldStart("candidates");
            for (Backtest b : compared(result)) {
                backtest(json, b, true);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("left_out");
            for (ForecastResult.LeftOut left : result.leftOut()) {
                json.writeStartObject();
                json.writeStringField("model", left.model().key());
                json.writeStringField("reason", left.needsPositive() ? "values not all above 0"
                        : "history too short for the common backtest origins");
                if (!left.needsPositive()) {
                    json.writeNumberField("periods_needed", left.periodsNeeded());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    public void writeParameters(Path file, ForecastResult result) throws IOException {
        OutputFiles.writeText(file, parameters(result));
    }

    /**
     * The forecast as a run to save: the history with its one-step fitted values, the forecast with every level's
     * bounds, {@link #parameters} as the parameters JSON and the chosen model's backtest errors
     * ({@code {"mae":..,"rmse":..,"mape":..,"mase":..}}).
     */
    public ForecastRunRecord record(ForecastResult result, Instant startedAt, String appVersion) {
        TimeSeries s = result.series();
        List<HistoryPoint> history = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            history.add(new HistoryPoint(s.periods().get(i), s.values()[i], result.fitted()[i]));
        }
        Forecast f = result.forecast();
        int[] levels = f.bands().stream().mapToInt(ForecastBand::level).toArray();
        List<ForecastPoint> points = new ArrayList<>(f.horizon());
        for (int h = 0; h < f.horizon(); h++) {
            double[] lower = new double[levels.length];
            double[] upper = new double[levels.length];
            for (int b = 0; b < levels.length; b++) {
                lower[b] = f.bands().get(b).lower()[h];
                upper[b] = f.bands().get(b).upper()[h];
            }
            points.add(new ForecastPoint(f.periods().get(h), f.mean()[h], levels, lower, upper));
        }
        BacktestErrors e = result.backtest().errors();
        String backtest = OutputFiles.json(json -> {
            json.writeStartObject();
            errors(json, e);
            json.writeEndObject();
        });
        return new ForecastRunRecord(0, s.name(), s.unit(), s.frequency(), result.model().key(),
                result.settings().model().key(), parameters(result), result.parameters().sse(), backtest,
                result.settings().seed(), s.source(), startedAt, appVersion, history, points);
    }

    private static List<Backtest> compared(ForecastResult result) {
        return result.candidates().isEmpty() ? List.of(result.backtest()) : result.candidates();
    }

    private static void backtest(JsonGenerator json, Backtest b, boolean named) throws IOException {
        json.writeStartObject();
        if (named) {
            json.writeStringField("model", b.model().key());
        }
        json.writeNumberField("horizon", b.horizon());
        json.writeNumberField("points", b.points().size());
        errors(json, b.errors());
        json.writeEndObject();
    }

    private static void errors(JsonGenerator json, BacktestErrors e) throws IOException {
        number(json, "mae", e.mae());
        number(json, "rmse", e.rmse());
        number(json, "mape", e.mape());
        number(json, "mase", e.mase());
    }
}

package org.crmworkbench.ui.forecast;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.analysis.forecast.Backtest;
import org.crmworkbench.analysis.forecast.FittedParameters;
import org.crmworkbench.analysis.forecast.Forecast;
import org.crmworkbench.analysis.forecast.ForecastResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.forecast.ForecastLabels;

/** The rows of the Forecast workspace's tables, made from a result; numbers stay numbers so the tables sort. */
public final class ForecastRows {
    private ForecastRows() {
    }

    /** One model of the backtest comparison. */
    public record ModelRow(String model, boolean chosen, double mae, double rmse, double mape, double mase) {
    }

    /** One fitted parameter, initial state or summary figure of the model. */
    public record ParameterRow(String name, String value) {
    }

    /** One forecast period: the forecast and its bounds per level (parallel to the result's bands). */
    public record PeriodRow(String period, double forecast, double[] lower, double[] upper) {
    }

    /**
     * Every model compared, best first as the forecaster listed them, the chosen one marked; then the models the
     * automatic choice left out, with the reason and no errors.
     */
    static List<ModelRow> models(ForecastResult result, ForecastLabels labels, Messages messages) {
        List<ModelRow> rows = new ArrayList<>();
        for (Backtest b : result.candidates()) {
            var e = b.errors();
            rows.add(new ModelRow(labels.model(b.model()), b.model() == result.model(), e.mae(), e.rmse(), e.mape(),
                    e.mase()));
        }
        for (ForecastResult.LeftOut left : result.leftOut()) {
            String name = left.needsPositive()
                    ? messages.get("forecast.leftOut.positive", labels.model(left.model()))
                    : messages.get("forecast.leftOut.short", labels.model(left.model()), left.periodsNeeded(),
                            result.series().size());
            rows.add(new ModelRow(name, false, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        }
        return rows;
    }

    /** The description, parameters, initial states, SSE and observations, numbers in the reader's format. */
    static List<ParameterRow> parameters(ForecastResult result, Messages messages) {
        FittedParameters p = result.parameters();
        NumberFormat number = numberFormat(messages.locale(), 4);
        List<ParameterRow> rows = new ArrayList<>();
        rows.add(new ParameterRow(messages.get("forecast.ws.parameter.model"), p.description()));
        for (FittedParameters.Parameter parameter : p.parameters()) {
            rows.add(new ParameterRow(parameter.name(), number.format(parameter.value())));
        }
        for (FittedParameters.State state : p.initialStates()) {
            List<String> values = new ArrayList<>();
            for (double v : state.values()) {
                values.add(number.format(v));
            }
            rows.add(new ParameterRow(messages.get("forecast.ws.parameter.initial", state.name()),
                    String.join("; ", values)));
        }
        rows.add(new ParameterRow(messages.get("forecast.ws.parameter.sse"), number.format(p.sse())));
        rows.add(new ParameterRow(messages.get("forecast.ws.parameter.observations"),
                NumberFormat.getIntegerInstance(messages.locale()).format(p.observations())));
        return rows;
    }

    static List<PeriodRow> periods(ForecastResult result, ForecastLabels labels) {
        Forecast f = result.forecast();
        List<PeriodRow> rows = new ArrayList<>();
        for (int i = 0; i < f.horizon(); i++) {
            double[] lower = new double[f.bands().size()];
            double[] upper = new double[f.bands().size()];
            for (int b = 0; b < lower.length; b++) {
                lower[b] = f.bands().get(b).lower()[i];
                upper[b] = f.bands().get(b).upper()[i];
            }
            rows.add(new PeriodRow(labels.period(f.periods().get(i), result.series().frequency()), f.mean()[i],
                    lower, upper));
        }
        return rows;
    }

    /** Grouped digits with at most {@code decimals} decimals, in the reader's format. */
    static NumberFormat numberFormat(Locale locale, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(0);
        return format;
    }
}

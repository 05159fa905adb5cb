package org.crmworkbench.analysis.forecast;

import java.util.List;

/**
 * What a forecasting model learnt from the history.
 *
 * @param description   the model in the usual notation ({@code Holt-Winters multiplicative},
 *                      {@code ARIMA(1,1,1)(0,1,1)[12]})
 * @param parameters    fitted parameters in a fixed order ({@code alpha}, {@code beta}, {@code gamma}, ...)
 * @param initialStates initial states ({@code level}, {@code trend}, {@code season} with one value per season)
 * @param sse           sum of squared one-step errors over the fitted period
 * @param observations  periods whose one-step error counts in {@code sse}
 */
public record FittedParameters(String description, List<Parameter> parameters, List<State> initialStates, double sse,
                               int observations) {
    public FittedParameters {
        parameters = List.copyOf(parameters);
        initialStates = List.copyOf(initialStates);
    }

    /** One named parameter. */
    public record Parameter(String name, double value) {
    }

    /** One named initial state (several values for the seasonal state). */
    public record State(String name, double[] values) {
    }
}

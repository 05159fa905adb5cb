package org.crmworkbench.analysis.forecast;

/**
 * A fitted forecaster that keeps the one-step fitted values and the parameters it learnt from one history; the
 * method adds its forecasts and intervals.
 */
abstract class FittedHistory implements FittedForecaster {
    private final double[] fitted;
    private final FittedParameters parameters;

    FittedHistory(double[] fitted, FittedParameters parameters) {
        this.fitted = fitted;
        this.parameters = parameters;
    }

    @Override
    public final double[] fitted() {
        return fitted.clone();
    }

    @Override
    public final FittedParameters parameters() {
        return parameters;
    }
}

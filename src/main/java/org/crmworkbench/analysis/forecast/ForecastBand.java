package org.crmworkbench.analysis.forecast;

/** A prediction interval around a forecast: per forecast period, the bounds at {@code level} percent. */
public record ForecastBand(int level, double[] lower, double[] upper) {
    public ForecastBand {
        if (lower.length != upper.length) {
            throw new IllegalArgumentException("one upper bound per lower bound");
        }
    }
}

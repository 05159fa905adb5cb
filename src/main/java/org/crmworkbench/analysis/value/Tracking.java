package org.crmworkbench.analysis.value;

import java.time.LocalDate;

/**
 * Cumulative repeat purchases over time, actual against what the model expects (each customer's E[X(t)] from their
 * first purchase, summed), period by period through calibration and holdout.
 *
 * @param periodEnds         the end of each period, ascending
 * @param actual             cumulative actual repeat purchases at each period end
 * @param expected           cumulative expected repeat purchases at each period end
 * @param calibrationPeriods the periods that lie in the calibration window (the rest are holdout)
 */
public record Tracking(java.util.List<LocalDate> periodEnds, double[] actual, double[] expected,
                       int calibrationPeriods) {
    public Tracking {
        periodEnds = java.util.List.copyOf(periodEnds);
        if (actual.length != periodEnds.size() || expected.length != periodEnds.size()) {
            throw new IllegalArgumentException("one value per period");
        }
    }
}

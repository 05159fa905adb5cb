package org.crmworkbench.analysis.predict;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A classifier refitted on all rows: a scoring function that keeps no state between calls (a logistic regression's
 * coefficients or a Smile tree ensemble, both read-only once fitted), so it is immutable and safe from any thread.
 */
final class FittedChurnModel implements FittedClassifier {
    private final ToDoubleFunction<double[]> scorer;
    private final ScoreFactors factors;
    private final int columns;

    FittedChurnModel(ToDoubleFunction<double[]> scorer, ScoreFactors factors, int columns) {
        this.scorer = scorer;
        this.factors = factors;
        this.columns = columns;
    }

    @Override
    public double score(double[] row) {
        if (row.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " encoded columns, got " + row.length);
        }
        return scorer.applyAsDouble(row);
    }

    @Override
    public List<ScoreFactor> factors(double[] row, int top) {
        return factors.factors(this::score, row, top);
    }
}

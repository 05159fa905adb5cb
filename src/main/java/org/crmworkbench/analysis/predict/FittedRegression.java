package org.crmworkbench.analysis.predict;

/** A regression model fitted on all rows, ready to predict encoded rows. Safe to use from several threads. */
public interface FittedRegression {

    /** The prediction for one row encoded as {@link PredictorEncoding#columns()}. */
    double predict(double[] row);

    default double[] predict(double[][] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = predict(rows[i]);
        }
        return out;
    }
}

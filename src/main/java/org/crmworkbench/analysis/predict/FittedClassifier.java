package org.crmworkbench.analysis.predict;

import java.util.List;

/** A classifier fitted on all rows, ready to score encoded rows. Safe to use from several threads. */
public interface FittedClassifier {

    /** The probability that the row is positive (1), for a row encoded as {@link PredictorEncoding#columns()}. */
    double score(double[] row);

    /** The {@code top} factors that move this row's score most, strongest first. */
    List<ScoreFactor> factors(double[] row, int top);

    default double[] score(double[][] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = score(rows[i]);
        }
        return out;
    }
}

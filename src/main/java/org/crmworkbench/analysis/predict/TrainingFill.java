package org.crmworkbench.analysis.predict;

import java.util.Arrays;

/**
 * Fills missing numbers (NaN) of encoded rows with the medians of a training part, so that a model is never
 * evaluated on rows whose filled-in values were computed with their own help.
 */
final class TrainingFill {

    private TrainingFill() {
    }

    /** Per column, the median of the non-missing values among {@code rows} (all rows when null); 0 if none. */
    static double[] medians(double[][] x, int[] rows) {
        int width = x.length == 0 ? 0 : x[0].length;
        int n = rows == null ? x.length : rows.length;
        double[] out = new double[width];
        double[] column = new double[n];
        for (int j = 0; j < width; j++) {
            int present = 0;
            for (int k = 0; k < n; k++) {
                double v = x[rows == null ? k : rows[k]][j];
                if (!Double.isNaN(v)) {
                    column[present++] = v;
                }
            }
            if (present > 0) {
                Arrays.sort(column, 0, present);
                out[j] = PredictorPreparation.median(Arrays.copyOf(column, present));
            }
        }
        return out;
    }

    /** Copies of {@code rows} of {@code x} (all rows when null) with every NaN set to its column's value. */
    static double[][] withValues(double[][] x, int[] rows, double[] values) {
        int n = rows == null ? x.length : rows.length;
        double[][] out = new double[n][];
        for (int k = 0; k < n; k++) {
            double[] row = x[rows == null ? k : rows[k]].clone();
            for (int j = 0; j < row.length; j++) {
                if (Double.isNaN(row[j])) {
                    row[j] = values[j];
                }
            }
            out[k] = row;
        }
        return out;
    }

    /** A training part and the rows it is tested on, both filled with the training part's medians. */
    record Split(double[][] train, double[][] test) {
        static Split of(double[][] x, int[] trainRows, int[] testRows) {
            double[] medians = medians(x, trainRows);
            return new Split(withValues(x, trainRows, medians), withValues(x, testRows, medians));
        }
    }
}

package org.crmworkbench.analysis.predict;

/**
 * Column means and standard deviations of training rows, to put features on one scale (z-scores) and back. The
 * deviation divides by n (as glmnet and scikit-learn's scaler do); a column with no spread keeps scale 1 so it maps
 * to 0. Immutable.
 */
final class Standardiser {
    private final double[] mean;
    private final double[] sd;

    private Standardiser(double[] mean, double[] sd) {
        this.mean = mean;
        this.sd = sd;
    }

    static Standardiser of(double[][] x) {
        int p = x.length == 0 ? 0 : x[0].length;
        double[] mean = new double[p];
        double[] sd = new double[p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= x.length;
        }
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                double d = row[j] - mean[j];
                sd[j] += d * d;
            }
        }
        for (int j = 0; j < p; j++) {
            sd[j] = Math.sqrt(sd[j] / x.length);
            if (!(sd[j] > 0)) {
                sd[j] = 1.0;
            }
        }
        return new Standardiser(mean, sd);
    }

    /** Mean and deviation of one column of values. */
    static Standardiser of(double[] values) {
        double[][] rows = new double[values.length][1];
        for (int i = 0; i < values.length; i++) {
            rows[i][0] = values[i];
        }
        return of(rows);
    }

    double[] apply(double[] row) {
        double[] z = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            z[j] = (row[j] - mean[j]) / sd[j];
        }
        return z;
    }

    double[][] apply(double[][] rows) {
        double[][] z = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            z[i] = apply(rows[i]);
        }
        return z;
    }

    double mean(int column) {
        return mean[column];
    }

    double sd(int column) {
        return sd[column];
    }
}
